import { useDocumentTitle } from '../../components/hooks.js';
import { useT } from '../../i18n/index.js';
import { DemoButton } from './DemoButton.js';
import { JoinCodeForm } from './JoinCodeForm.js';
import { StartSessionForm } from './StartSessionForm.js';
import { Card } from '../../components/Card.js';

/** `/`: join with a code (most visitors), or start a session as a facilitator. */
export function LandingScreen() {
  const t = useT();
  useDocumentTitle(t('landing.documentTitle'));
  return (
    <main className="page landing">
      <header className="landing__header">
        <h1 className="landing__brand">{t('app.name')}</h1>
        <p className="landing__tagline">{t('landing.tagline')}</p>
      </header>
      <div className="landing__cards">
        <Card id="join" heading={t('landing.join.heading')}>
          <JoinCodeForm />
        </Card>
        <Card id="start" heading={t('landing.start.heading')}>
          <StartSessionForm />
        </Card>
        <section className="card card--quiet" aria-labelledby="demo-heading">
          <h2 id="demo-heading">{t('landing.demo.heading')}</h2>
          <p>{t('landing.demo.body')}</p>
          <DemoButton />
        </section>
      </div>
    </main>
  );
}
