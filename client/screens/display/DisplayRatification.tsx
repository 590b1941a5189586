import type { PublicView } from '../../../shared/session/views.js';
import { OutcomeList } from '../../components/ratification/OutcomeList.js';
import { ruleText } from '../../components/ratification/rule-text.js';
import { useT } from '../../i18n/index.js';
import { ProgressMeter } from './ProgressMeter.js';

/** The ratification on the wall: the goals put and how many answered, then each goal's outcome. */
export function DisplayRatification({ view }: { view: PublicView }) {
  const t = useT();
  const ratification = view.ratification;
  if (!ratification) return null;
  const numberOf = (ideaId: string) => view.ideas.find((idea) => idea.id === ideaId)?.number ?? 0;
  return (
    <div className="display-phase display-ratify">
      <h2 className="display-subheading">{t('ratify.heading', { round: ratification.round ?? 1 })}</h2>
      <p className="display-lead">
        <strong>{t('ratify.ruleLabel')}</strong> {ruleText(t, ratification.settings)}
      </p>
      {ratification.open ? (
        <>
          <ProgressMeter
            value={ratification.answersIn}
            max={view.participantCount}
            text={t('ratify.answersIn', { count: ratification.answersIn })}
          />
          <ol className="bare-list display-ratify__goals">
            {ratification.goals.map((goal) => (
              <li key={goal.ideaId}>
                <span className="results__number">#{goal.number}</span> <span dir="auto">{goal.text}</span>
              </li>
            ))}
          </ol>
          <p className="insight__small">{t('ratify.displayHint')}</p>
        </>
      ) : (
        ratification.outcomes && <OutcomeList outcomes={ratification.outcomes} numberOf={numberOf} size="large" />
      )}
    </div>
  );
}
