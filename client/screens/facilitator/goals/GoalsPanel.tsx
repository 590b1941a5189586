import { useState } from 'react';
import { announce } from '../../../components/announcer.js';
import { BusyButton, useBusyAction } from '../../../components/BusyButton.js';
import type { FacilitatorView } from '../../../../shared/session/views.js';
import { useT, type Translate } from '../../../i18n/index.js';
import { steer } from '../../../session/facilitator-actions.js';
import { GoalDetailsForm } from './GoalDetailsForm.js';
import { inResultsOrder, sameSelection, startingSelection } from './goal-selection.js';

function ruleText(t: Translate, rule: NonNullable<FacilitatorView['results']>['decisionRule']): string {
  return rule.kind === 'top-k' ? t('rule.topK', { count: rule.k }) : t('rule.minShare', { percent: rule.percent });
}

/** The organizations a goal can belong to: the predefined ones and any a participant typed in. */
function ownerOrganizations(view: FacilitatorView): string[] {
  const typed = view.participants.map((p) => p.organization).filter((name): name is string => Boolean(name));
  return [...new Set([...view.organizations, ...typed])];
}

/**
 * The decision rule proposes; the facilitator confirms, or amends and confirms again (the log
 * keeps both). Then each goal gets an owner, an indicator, a target date and a rationale.
 */
export function GoalsPanel({ view }: { view: FacilitatorView }) {
  const t = useT();
  const results = view.results;
  const [picked, setPicked] = useState<string[] | null>(null);
  const { busy, run } = useBusyAction();
  if (!results) return null;
  const ratified = (view.settings.ratification?.rule.kind ?? 'none') !== 'none';
  const adopted = view.goals?.map((goal) => goal.ideaId) ?? null;
  // Under a ratification rule, goals exist once a round adopted some; until then there is nothing to record.
  if (ratified && adopted === null) return null;
  const selection = inResultsOrder(results, picked ?? startingSelection(results, view.goals));
  const unchanged = adopted !== null && sameSelection(selection, adopted);
  const proposed = new Set(results.proposedGoals);
  const common = new Set(results.commonGround?.ideaIds ?? []);

  function toggle(ideaId: string) {
    setPicked(selection.includes(ideaId) ? selection.filter((id) => id !== ideaId) : [...selection, ideaId]);
  }

  async function confirm() {
    await run(async () => {
      const outcome = await steer('goals:adopt', { ideaIds: selection });
      if (!outcome.ok) return;
      setPicked(null);
      announce(t('a11y.goalsAdopted', { count: selection.length }));
    });
  }

  return (
    <section className="card goals-panel" aria-labelledby="goals-panel-heading">
      <h2 id="goals-panel-heading">{t('host.goals.heading')}</h2>
      {/* Under a ratification rule the room adopts the goals (RatificationControls), not this list. */}
      {!ratified && (
        <>
          <p>{ruleText(t, results.decisionRule)}</p>
          <p className="field__hint">
            {adopted === null
              ? t('host.goals.proposed', { count: results.proposedGoals.length })
              : t('host.goals.adoptedStatus', { count: adopted.length })}
          </p>
          <fieldset className="field">
            <legend className="visually-hidden">{t('host.goals.selectLabel')}</legend>
            {results.lines.map((line) => (
              <label key={line.ideaId} className="choice goal-choice">
                <input type="checkbox" checked={selection.includes(line.ideaId)} onChange={() => toggle(line.ideaId)} />
                <span>
                  <span className="goal-choice__rank">{t('host.goals.rankOf', { rank: line.rank })}</span> {line.text}{' '}
                  <span className="results__number">#{line.number}</span>
                  {proposed.has(line.ideaId) && <span className="tag">{t('host.goals.proposedTag')}</span>}
                  {common.has(line.ideaId) && <span className="tag tag--done">{t('host.goals.commonTag')}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          <div className="button-row">
            <BusyButton className="button button--primary" inactive={busy || unchanged} onClick={() => void confirm()}>
              {adopted === null
                ? t('host.goals.confirm', { count: selection.length })
                : t('host.goals.amend', { count: selection.length })}
            </BusyButton>
            {unchanged && <p className="field__hint">{t('host.goals.unchanged')}</p>}
          </div>
        </>
      )}
      {view.goals && view.goals.length > 0 && (
        <section aria-labelledby="goal-details-heading">
          <h3 id="goal-details-heading">{t('host.goals.detailsHeading')}</h3>
          <p className="field__hint">{t('host.goals.detailsHint')}</p>
          {view.goals.map((goal) => (
            <GoalDetailsForm key={goal.ideaId} goal={goal} organizations={ownerOrganizations(view)} />
          ))}
        </section>
      )}
    </section>
  );
}
