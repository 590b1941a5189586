import { useEffect, useRef, type ReactElement } from 'react';
import { sessionPhases, type Phase } from '../../../shared/session/phases.js';
import { useShallow } from 'zustand/react/shallow';
import { useDocumentTitle } from '../../components/hooks.js';
import { LoadingPage } from '../../components/LoadingPage.js';
import { PhaseTimer } from '../../components/PhaseTimer.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';
import { ClarificationPanel } from './ClarificationPanel.js';
import { DiscussionPanel } from './DiscussionPanel.js';
import { IdeationPanel } from './IdeationPanel.js';
import { LeftoverDrafts } from './LeftoverDrafts.js';
import { LobbyPanel } from './LobbyPanel.js';
import { RankingPanel, ResultsPanel } from './LazyPanels.js';
import { SharingPanel } from './SharingPanel.js';
import { userSentence } from '../../components/UserText.js';
import { HostBar, TableSentPanel } from '../tables/phone-table.js';

/** One panel per phase: the compiler asks for a panel when a phase is added. */
const PANELS: Record<Phase, () => ReactElement | null> = {
  lobby: LobbyPanel,
  // Shown only until a seat is found: a seated phone holds its table's view, whose phase is the table's.
  tables: LobbyPanel,
  ideation: IdeationPanel,
  sharing: SharingPanel,
  clarification: ClarificationPanel,
  ranking: RankingPanel,
  discussion: DiscussionPanel,
  results: ResultsPanel,
};

function PhasePanel() {
  const phase = useAppStore((state) => state.publicView?.view.phase);
  const atTable = useAppStore((state) => state.publicView !== null && 'table' in state.publicView.view);
  if (phase === undefined) return null;
  if (atTable && phase === 'results') return <TableSentPanel />;
  // A phase this client does not know in detail: the shared list and any results still make sense.
  const Panel = PANELS[phase] ?? ResultsPanel;
  return <Panel />;
}

/**
 * When the phase changes, the controls someone was using vanish and focus falls back to the page;
 * the same when the join form gives way to the session. Then (and only then) focus goes to the
 * phase's heading, so keyboard and screen reader users carry on from the top of the task instead
 * of from nowhere.
 */
function useRecoverFocusOnPhaseChange(phase: string | null): void {
  const previous = useRef<string | null>(null);
  useEffect(() => {
    const changed = phase !== null && previous.current !== phase;
    previous.current = phase;
    if (!changed) return;
    const active = document.activeElement;
    if (active && active !== document.body) return;
    document.querySelector<HTMLElement>('main h1')?.focus();
  }, [phase]);
}

/** The phone: one clear task per phase, under the session's title, the step and the time left. */
export function ParticipantScreen() {
  const t = useT();
  const header = useAppStore(
    useShallow((state) => ({
      title: state.publicView?.view.title ?? null,
      phase: state.publicView?.view.phase ?? null,
      timer: state.publicView?.view.timer ?? null,
      settings: state.publicView?.view.settings ?? null,
      name: state.privateView?.view.name ?? null,
      table: state.privateView?.view.table ?? null,
      atTable: state.publicView !== null && 'table' in state.publicView.view,
    })),
  );
  useRecoverFocusOnPhaseChange(header.phase);
  useDocumentTitle(header.phase ? `${t(`phase.${header.phase}`)} · ${t('app.name')}` : t('app.name'));
  if (!header.phase || !header.title || !header.settings) {
    return <LoadingPage className="page page--narrow" />;
  }
  const timer = header.timer?.phase === header.phase ? header.timer : null;
  // At a table, the table's own steps; otherwise the session's.
  const steps =
    header.table && header.atTable
      ? sessionPhases(false)
      : sessionPhases(header.settings.twoRounds, header.settings.tables !== null);
  return (
    <main className="page page--phone participant" data-phase={header.phase}>
      <header className="participant__header">
        <p className="participant__title" dir="auto">
          {header.title}
        </p>
        <p className="participant__step">
          {t('participant.step', {
            step: steps.indexOf(header.phase) + 1,
            total: steps.length,
            phase: t(`phase.${header.phase}`),
          })}
          {header.name && (
            <span className="participant__me"> · {userSentence(t, 'participant.you', { name: header.name })}</span>
          )}
          {header.table && <strong> · {t('participant.table', { number: header.table.number })}</strong>}
        </p>
      </header>
      {/* Kept in view while the page scrolls: nobody should be surprised by the end of a phase. Always
          mounted, so a timer that goes away still says "time is up" and takes back its warning. */}
      <div className="participant__timer">
        <PhaseTimer timer={timer} />
      </div>
      <LeftoverDrafts />
      <PhasePanel />
      {header.table?.host && header.atTable && <HostBar />}
    </main>
  );
}
