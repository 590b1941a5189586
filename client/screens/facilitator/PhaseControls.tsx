import { useState } from 'react';
import type { Phase } from '../../../shared/session/phases.js';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { useT, type MessageKey, type Translate } from '../../i18n/index.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { steer } from '../../session/facilitator-actions.js';
import { CONTROLS_HEADING_ID } from './ConsoleA11y.js';
import { tablesAdvanceKey } from '../tables/table-phase.js';

const ADVANCE: Partial<Record<Phase, MessageKey>> = {
  lobby: 'host.advance.lobby',
  ideation: 'host.advance.ideation',
  sharing: 'host.advance.sharing',
  clarification: 'host.advance.clarification',
  ranking: 'host.advance.ranking',
  discussion: 'host.advance.discussion',
};

/** The one-line state of the room in this phase, as the facilitator needs it to decide to move on. */
function phaseSummary(t: Translate, view: FacilitatorView): string {
  switch (view.phase) {
    case 'lobby':
      return t('host.summary.lobby', { count: view.participantCount });
    case 'ideation':
      return t('host.summary.ideation', {
        done: view.participantsDone,
        count: view.participantCount,
        ideas: view.ideasSubmitted,
      });
    case 'sharing':
      return t('host.summary.sharing', { count: view.ideas.length, remaining: view.ideasUnshared });
    case 'clarification':
      return t('host.summary.clarification', { count: view.ideas.length });
    case 'ranking':
      return t('host.summary.ranking', { count: view.ballotsIn, total: view.participantCount });
    case 'discussion':
      return t('discussion.summary', { count: view.discussion?.preliminary.ballots ?? 0 });
    case 'results':
      return t('host.summary.results', { count: view.results?.ballots ?? 0 });
    case 'tables': {
      const tables = view.tables ?? [];
      const done = tables.filter((table) => table.shortlisted !== null).length;
      return t('tables.board.done', { done, total: tables.length });
    }
    default:
      return t('host.summary.clarification', { count: view.ideas.length });
  }
}

/** Who would be cut short by moving on now; moving on then asks for a confirmation. */
function stragglers(t: Translate, view: FacilitatorView): string | null {
  if (view.phase === 'ideation' && view.participantsDone < view.participantCount) {
    return t('host.confirm.ideation', { count: view.participantCount - view.participantsDone });
  }
  if (view.phase === 'sharing' && view.ideasUnshared > 0) {
    return t('host.confirm.sharing', { count: view.ideasUnshared });
  }
  if (view.phase === 'ranking' && view.ballotsIn < view.participantCount) {
    return t('host.confirm.ranking', { count: view.participantCount - view.ballotsIn });
  }
  return null;
}

/**
 * Advance, step back, and why moving on is blocked or deserves a second thought. `secondary` when
 * the console shows another next step first (the phase change is then not the primary button).
 */
export function PhaseControls({ view, secondary = false }: { view: FacilitatorView; secondary?: boolean }) {
  const t = useT();
  const [confirming, setConfirming] = useState<Phase | null>(null);
  const { busy, run } = useBusyAction();
  // In a two-round session the first close of voting leads to the discussion, not to the results.
  const preliminary = view.phase === 'ranking' && view.settings.twoRounds && view.round === 1;
  const inTables = view.settings.tables ? tablesAdvanceKey(view.phase) : undefined;
  const next = preliminary ? 'host.advance.rankingPreliminary' : (inTables ?? ADVANCE[view.phase]);
  const warning = stragglers(t, view);
  const needsBallots = view.phase === 'ranking' && view.ballotsIn < view.settings.minBallots;
  const noIdeas = view.phase === 'clarification' && view.ideas.length === 0;
  // The plenary starts once every table with people has sent its ideas (the server checks it too).
  const tablesWorking =
    view.phase === 'tables' && (view.tables ?? []).some((t) => t.members > 0 && t.shortlisted === null);

  async function advance() {
    if (warning && confirming !== view.phase) {
      setConfirming(view.phase);
      return;
    }
    await run(async () => {
      await steer('phase:advance', { from: view.phase });
      setConfirming(null);
    });
  }

  return (
    <section className="card phase-controls" aria-labelledby={CONTROLS_HEADING_ID}>
      <h2 id={CONTROLS_HEADING_ID} tabIndex={-1}>
        {t('host.phaseHeading', { phase: t(`phase.${view.phase}`) })}
      </h2>
      <p className="phase-controls__summary">{phaseSummary(t, view)}</p>
      {needsBallots && (
        <p className="callout callout--warning">
          {t('host.needBallots', { min: view.settings.minBallots, count: view.ballotsIn })}
        </p>
      )}
      {noIdeas && <p className="callout callout--warning">{t('host.noIdeas')}</p>}
      {confirming === view.phase && warning && (
        <p className="callout callout--warning" role="alert">
          {warning}
        </p>
      )}
      <div className="button-row">
        {next && (
          <BusyButton
            className={secondary ? 'button button--large' : 'button button--primary button--large'}
            inactive={busy || needsBallots || noIdeas || tablesWorking}
            onClick={() => void advance()}
          >
            {confirming === view.phase ? t('host.confirm.anyway', { action: t(next) }) : t(next)}
          </BusyButton>
        )}
        {confirming === view.phase && (
          <button type="button" className="button" onClick={() => setConfirming(null)}>
            {t('host.confirm.wait')}
          </button>
        )}
        {view.phase === 'clarification' && !view.tables && (
          <BusyButton
            className="button"
            inactive={busy}
            onClick={() => void run(() => steer('phase:back', { from: view.phase }))}
          >
            {t('host.back.clarification')}
          </BusyButton>
        )}
      </div>
    </section>
  );
}
