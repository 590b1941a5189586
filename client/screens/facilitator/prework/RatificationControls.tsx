import { useState } from 'react';
import type { FacilitatorView } from '../../../../shared/session/views.js';
import { BusyButton, useBusyAction } from '../../../components/BusyButton.js';
import { OutcomeList } from '../../../components/ratification/OutcomeList.js';
import { ruleText, votersText } from '../../../components/ratification/rule-text.js';
import { useT } from '../../../i18n/index.js';
import { steer } from '../../../session/facilitator-actions.js';

/** The goals to put next: the last round's if amended, else the decision rule's proposal. */
function startingPick(view: FacilitatorView): string[] {
  return view.ratification?.goals.map((g) => g.ideaId) ?? view.results?.proposedGoals ?? [];
}

/**
 * After the results: put the proposed goals (or an amended list) to the room, watch how many
 * answered (never who or what), close the round, and read the outcome the agreed rule gives.
 */
export function RatificationControls({ view }: { view: FacilitatorView }) {
  const t = useT();
  const [picked, setPicked] = useState<string[] | null>(null);
  const { busy, run } = useBusyAction();
  const settings = view.settings.ratification;
  if (!settings || settings.rule.kind === 'none' || !view.results) return null;
  const ratification = view.ratification;
  const open = ratification?.open === true;
  const selection = picked ?? startingPick(view);
  const numberOf = (ideaId: string) => view.ideas.find((idea) => idea.id === ideaId)?.number ?? 0;
  const toggle = (id: string) =>
    setPicked(selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id]);
  const nextRound = (ratification?.round ?? 0) + 1;

  return (
    <section className="card ratify-controls" aria-labelledby="ratify-controls-heading">
      <h2 id="ratify-controls-heading">{t('ratify.hostHeading')}</h2>
      <p>
        <strong>{t('ratify.ruleLabel')}</strong> {ruleText(t, settings)}
      </p>
      <p className="field__hint">{votersText(t, settings)}</p>
      {open && ratification ? (
        <>
          <p className="stat" role="status">
            {t('ratify.answersIn', { count: ratification.answersIn })}
          </p>
          <p className="field__hint">{t('ratify.floorHint', { floor: view.settings.minBallots })}</p>
          <BusyButton
            className="button button--primary"
            inactive={busy || ratification.answersIn < view.settings.minBallots}
            onClick={() => void run(() => steer('ratification:close', { round: ratification.round ?? 1 }))}
          >
            {t('ratify.close', { round: ratification.round ?? 1 })}
          </BusyButton>
        </>
      ) : (
        <>
          <fieldset className="field">
            <legend>{t('ratify.pickLegend')}</legend>
            {view.results.lines.map((line) => (
              <label key={line.ideaId} className="choice">
                <input type="checkbox" checked={selection.includes(line.ideaId)} onChange={() => toggle(line.ideaId)} />
                <span>
                  <span className="results__number">#{line.number}</span> <span dir="auto">{line.text}</span>
                  {view.results?.proposedGoals.includes(line.ideaId) && (
                    <span className="tag">{t('host.goals.proposedTag')}</span>
                  )}
                </span>
              </label>
            ))}
          </fieldset>
          <BusyButton
            className="button button--primary"
            inactive={busy || selection.length === 0}
            onClick={() =>
              void run(async () => {
                const outcome = await steer('ratification:open', { ideaIds: selection });
                if (outcome.ok) setPicked(null);
              })
            }
          >
            {t('ratify.open', { round: nextRound, count: selection.length })}
          </BusyButton>
        </>
      )}
      {ratification?.outcomes && (
        <>
          <h3>{t('ratify.outcomeHeading', { round: ratification.outcomesRound ?? 1 })}</h3>
          <OutcomeList outcomes={ratification.outcomes} numberOf={numberOf} />
        </>
      )}
    </section>
  );
}
