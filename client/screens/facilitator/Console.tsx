import { LanguageSwitch } from '../../components/LanguageSwitch.js';
import { PhaseSteps } from '../../components/PhaseSteps.js';
import { PhaseTimer } from '../../components/PhaseTimer.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';
import { ConsoleVoice, SkipLink } from './ConsoleA11y.js';
import { DecisionLog } from './DecisionLog.js';
import { DeleteSession } from './DeleteSession.js';
import { ExportsPanel } from './ExportsPanel.js';
import { GoalsPanel } from './goals/GoalsPanel.js';
import { ParticipantsPanel } from './ParticipantsPanel.js';
import { NextActionCard } from './NextActionCard.js';
import { nextAction } from './next-action.js';
import { PhaseControls } from './PhaseControls.js';
import { PhaseWork } from './PhaseWork.js';
import { RealignPanel } from './RealignPanel.js';
import { RoomPanel } from './RoomPanel.js';
import { TimerControls } from './TimerControls.js';
import { TablesFared, TablesSeatingCard } from '../tables/TablesOverview.js';
import { PreworkPanel } from './prework/PreworkPanel.js';
import { RatificationControls } from './prework/RatificationControls.js';

/** Everything on the display, plus the controls, laid out for a laptop beside the projector. */
export function Console() {
  const t = useT();
  const view = useAppStore((state) => state.facilitatorView?.view);
  if (!view) return null;
  const timer = view.timer?.phase === view.phase ? view.timer : null;
  // Before sharing, who is in (and who is done writing) is what the facilitator watches.
  const peopleFirst = view.phase === 'lobby' || view.phase === 'ideation';
  return (
    <main className="page console" data-phase={view.phase}>
      <SkipLink />
      <LanguageSwitch />
      <ConsoleVoice view={view} />
      <header className="console__header">
        <div>
          <p className="console__eyebrow">{t('host.eyebrow', { code: view.displayCode })}</p>
          <h1 className="console__title" dir="auto">
            {view.title}
          </h1>
        </div>
        <PhaseTimer timer={timer} />
      </header>
      <PhaseSteps phase={view.phase} settings={view.settings} />
      <div className="console__grid">
        <div className="console__main">
          <NextActionCard view={view} />
          <PhaseControls view={view} secondary={nextAction(view) !== null} />
          <PhaseWork view={view} />
          {view.settings.tables && view.phase === 'lobby' && <TablesSeatingCard view={view} />}
          {peopleFirst && <PreworkPanel view={view} />}
          {view.phase === 'results' && (
            <>
              <TablesFared view={view} />
              <RatificationControls view={view} />
              <GoalsPanel view={view} />
              <ExportsPanel code={view.code} />
              <RealignPanel view={view} />
            </>
          )}
          {peopleFirst && <ParticipantsPanel view={view} />}
        </div>
        <div className="console__side">
          <TimerControls view={view} />
          <RoomPanel view={view} />
          <DecisionLog view={view} />
          {!peopleFirst && <ParticipantsPanel view={view} />}
          <DeleteSession />
        </div>
      </div>
    </main>
  );
}
