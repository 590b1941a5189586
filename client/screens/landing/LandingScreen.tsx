import { useDocumentTitle } from '../../components/hooks.js';
import { useT } from '../../i18n/index.js';
import { DemoButton } from './DemoButton.js';
import { JoinCodeForm } from './JoinCodeForm.js';
import { StartSessionForm } from './StartSessionForm.js';

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
        <section className="card" aria-labelledby="join-heading">
          <h2 id="join-heading">{t('landing.join.heading')}</h2>
          <JoinCodeForm />
        </section>
        <section className="card" aria-labelledby="start-heading">
          <h2 id="start-heading">{t('landing.start.heading')}</h2>
          <StartSessionForm />
        </section>
        <section className="card card--quiet" aria-labelledby="demo-heading">
          <h2 id="demo-heading">{t('landing.demo.heading')}</h2>
          <p>{t('landing.demo.body')}</p>
          <DemoButton />
        </section>
      </div>
    </main>
  );
}
