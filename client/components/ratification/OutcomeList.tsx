import '../../styles/prework.css';
import type { GoalOutcome } from '../../../shared/session/ratification/ratification-types.js';
import { useT, type Translate } from '../../i18n/index.js';

function verdictText(t: Translate, outcome: GoalOutcome): string {
  const { verdict } = outcome;
  if (verdict.adopted) return t('ratify.adopted');
  if (verdict.reason === 'veto') return t('ratify.vetoed', { organizations: verdict.vetoedBy.join(', ') });
  return t(`ratify.reason.${verdict.reason}`);
}

/**
 * A closed round's outcome per goal: the counts, what the rule made of them, and the reasons
 * given (never who gave them). Organizations appear only where the floors let them.
 */
export function OutcomeList(props: { outcomes: GoalOutcome[]; numberOf: (ideaId: string) => number; size?: 'large' }) {
  const { outcomes, numberOf, size } = props;
  const t = useT();
  return (
    <ul className={`bare-list ratify-outcomes${size ? ` ratify-outcomes--${size}` : ''}`}>
      {outcomes.map((outcome) => (
        <li
          key={outcome.ideaId}
          className={`ratify-outcome ratify-outcome--${outcome.verdict.adopted ? 'adopted' : 'not'}`}
        >
          <p className="ratify-outcome__goal">
            <span className="results__number">#{numberOf(outcome.ideaId)}</span> <span dir="auto">{outcome.text}</span>
          </p>
          <p className="ratify-outcome__verdict">
            <strong>{verdictText(t, outcome)}</strong>
            {' · '}
            {t('ratify.counts', {
              support: outcome.counts.support,
              live: outcome.counts.live,
              object: outcome.counts.object,
            })}
          </p>
          {outcome.byOrganization.length > 0 && (
            <p className="ratify-outcome__orgs">
              {outcome.byOrganization
                .map((o) =>
                  t('ratify.byOrganization', {
                    organization: o.name,
                    support: o.support,
                    live: o.live,
                    object: o.object,
                  }),
                )
                .join(' · ')}
            </p>
          )}
          {outcome.reasons.length > 0 && (
            <ul className="ratify-reasons">
              {outcome.reasons.map((reason, index) => (
                <li key={index} dir="auto">
                  {t(`ratify.answer.${reason.answer}`)}: {reason.text}
                </li>
              ))}
            </ul>
          )}
        </li>
      ))}
    </ul>
  );
}
