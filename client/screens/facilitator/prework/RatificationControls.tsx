import { useState } from 'react';
import type { FacilitatorView } from '../../../../shared/session/views.js';
import type { RatificationView } from '../../../../shared/session/ratification/ratification-view.js';
import { BusyButton, useBusyAction } from '../../../components/BusyButton.js';
import { OutcomeList } from '../../../components/ratification/OutcomeList.js';
import { ruleText, votersText } from '../../../components/ratification/rule-text.js';
import { useT } from '../../../i18n/index.js';
import { steer } from '../../../session/facilitator-actions.js';

/** The goals to put next: the last round's if amended, else the decision rule's proposal. */
function startingPick(view: FacilitatorView): string[] {
  return view.ratification?.goals.map((g) => g.ideaId) ?? view.results?.proposedGoals ?? [];
}

/** A round taking answers: how many are in (never who or what), and closing it once the floor is met. */
function OpenRound({ ratification, floor }: { ratification: RatificationView; floor: number }) {
  const t = useT();
  const { busy, run } = useBusyAction();
  const round = ratification.round ?? 1;
  return (
    <>
      <p className="stat" role="status">
        {t('ratify.answersIn', { count: ratification.answersIn })}
      </p>
      <p className="field__hint">{t('ratify.floorHint', { floor })}</p>
      <BusyButton
        className="button button--primary"
        inactive={busy || ratification.answersIn < floor}
        onClick={() => void run(() => steer('ratification:close', { round }))}
      >
        {t('ratify.close', { round })}
      </BusyButton>
    </>
  );
}

/** Picking the goals to put to the room (the proposal, or an amended list), then opening the round. */
function NextRound({ view }: { view: FacilitatorView }) {
  const t = useT();
  const [picked, setPicked] = useState<string[] | null>(null);
  const { busy, run } = useBusyAction();
  const selection = picked ?? startingPick(view);
  const lines = view.results?.lines ?? [];
  const proposed = new Set(view.results?.proposedGoals ?? []);
  const toggle = (id: string) =>
    setPicked(selection.includes(id) ? selection.filter((x) => x !== id) : [...selection, id]);
  async function open() {
    const outcome = await steer('ratification:open', { ideaIds: selection });
    if (outcome.ok) setPicked(null);
  }
  return (
    <>
      <fieldset className="field">
        <legend>{t('ratify.pickLegend')}</legend>
        {lines.map((line) => (
          <label key={line.ideaId} className="choice">
            <input type="checkbox" checked={selection.includes(line.ideaId)} onChange={() => toggle(line.ideaId)} />
            <span>
              <span className="results__number">#{line.number}</span> <span dir="auto">{line.text}</span>
              {proposed.has(line.ideaId) && <span className="tag">{t('host.goals.proposedTag')}</span>}
            </span>
          </label>
        ))}
      </fieldset>
      <BusyButton
        className="button button--primary"
        inactive={busy || selection.length === 0}
        onClick={() => void run(open)}
      >
        {t('ratify.open', { round: (view.ratification?.round ?? 0) + 1, count: selection.length })}
      </BusyButton>
    </>
  );
}

/**
 * After the results: put the proposed goals (or an amended list) to the room, watch how many
 * answered, close the round, and read the outcome the agreed rule gives.
 */
export function RatificationControls({ view }: { view: FacilitatorView }) {
  const t = useT();
  const settings = view.settings.ratification;
  if (!settings || settings.rule.kind === 'none' || !view.results) return null;
  const ratification = view.ratification;
  const numberOf = (ideaId: string) => view.ideas.find((idea) => idea.id === ideaId)?.number ?? 0;
  return (
    <section className="card ratify-controls" aria-labelledby="ratify-controls-heading">
      <h2 id="ratify-controls-heading">{t('ratify.hostHeading')}</h2>
      <p>
        <strong>{t('ratify.ruleLabel')}</strong> {ruleText(t, settings)}
      </p>
      <p className="field__hint">{votersText(t, settings)}</p>
      {ratification?.open ? (
        <OpenRound ratification={ratification} floor={view.settings.minBallots} />
      ) : (
        <NextRound view={view} />
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
