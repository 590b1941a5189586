import type { FacilitatorView } from '../../../shared/session/views.js';
import { useLocale, useT } from '../../i18n/index.js';
import { decisionText } from './decision-text.js';
import { Card } from '../../components/Card.js';
import { isolatesAsElements } from '../../components/UserText.js';

/** The session's decisions as a timeline, the same record the exports carry. */
export function DecisionLog({ view }: { view: FacilitatorView }) {
  const t = useT();
  const locale = useLocale();
  const ideas = new Map(view.ideas.map((idea) => [idea.id, idea]));
  const time = new Intl.DateTimeFormat(locale, { hour: '2-digit', minute: '2-digit' });
  return (
    <Card id="log" heading={t('host.log.heading')} hint={t('host.log.hint')}>
      {view.decisions.length === 0 ? (
        <p className="empty">{t('host.log.empty')}</p>
      ) : (
        <ol className="stack-list log" aria-label={t('host.log.label')}>
          {view.decisions.map((decision, index) => (
            <li key={`${decision.at}-${index}`} className="log__entry">
              <time className="log__time" dateTime={new Date(decision.at).toISOString()}>
                {time.format(decision.at)}
              </time>
              <span className="log__text">{isolatesAsElements(decisionText(t, decision, (id) => ideas.get(id)))}</span>
            </li>
          ))}
        </ol>
      )}
    </Card>
  );
}
