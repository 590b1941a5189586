import '../../styles/display-screen.css';
import { useEffect } from 'react';
import { formatRoomCode } from '../../../shared/session/room-code.js';
import { useDocumentTitle } from '../../components/hooks.js';
import { LoadingPage } from '../../components/LoadingPage.js';
import { PhaseSteps } from '../../components/PhaseSteps.js';
import { useFocusedIdeaAnnouncement, useRevealAnnouncements } from '../../components/live-announcements.js';
import { PhaseTimer } from '../../components/PhaseTimer.js';
import { useT } from '../../i18n/index.js';
import { openDisplay } from '../../session/room-actions.js';
import { useAppStore } from '../../store/app-store.js';
import { DisplayPhase } from './DisplayPhase.js';
import { JoinCard } from './JoinCard.js';
import type { TableView } from '../../../shared/session/tables/table-view.js';
import { tablePhaseLabel } from '../tables/table-phase.js';

const NO_IDEAS: never[] = [];

/** `/display/CODE`: the projector. Big, calm, readable from the back of the room. */
export function DisplayScreen({ code }: { code: string }) {
  const t = useT();
  const view = useAppStore((state) => state.publicView?.view ?? null);
  const attachError = useAppStore((state) => state.attachError);
  // `?table=N`: the shared screen of one table, showing that table as the projector shows the room.
  const table = Number(new URLSearchParams(window.location.search).get('table')) || undefined;
  useEffect(() => {
    openDisplay(code, table);
  }, [code, table]);
  useDocumentTitle(view ? `${view.title} · ${t('display.documentTitle')}` : t('display.documentTitle'));
  // The wall speaks what appears on it, for anyone following the room with a screen reader.
  useRevealAnnouncements(view?.ideas ?? NO_IDEAS, view?.phase);
  useFocusedIdeaAnnouncement(view?.ideas ?? NO_IDEAS, view?.phase === 'clarification' ? view.focusId : null);

  if (attachError === 'NOT_FOUND') {
    return (
      <main className="page page--narrow">
        <h1>{t('join.notFound', { code: formatRoomCode(code) })}</h1>
      </main>
    );
  }
  if (!view) {
    return <LoadingPage className="page display" />;
  }
  // From clarification on the ideas need the width: latecomers find the code in the footer.
  const joinCard = !view.locked && ['lobby', 'ideation', 'sharing'].includes(view.phase);
  const codeInFooter = !view.locked && !joinCard && view.phase !== 'results';
  const timer = view.timer?.phase === view.phase ? view.timer : null;
  return (
    <main className={`display display--${view.phase}`} data-phase={view.phase}>
      <header className="display__header">
        <div className="display__headings">
          <h1 className="display__title" dir="auto">
            {view.title}
          </h1>
          {/* The phase is what the room is doing now: a heading, shown above the title. */}
          <h2 className="display__phase">
            {'table' in view && `${t('tables.number', { number: (view as TableView).table.number })} · `}
            {'table' in view ? tablePhaseLabel(t, view.phase) : t(`phase.${view.phase}`)}
          </h2>
        </div>
        <PhaseTimer timer={timer} size="huge" />
      </header>
      <div className={view.phase === 'lobby' ? 'display__body display__body--lobby' : 'display__body'}>
        <div className="display__main">
          <DisplayPhase view={view} />
        </div>
        {joinCard && (
          <aside className="display__aside" aria-label={t('display.joinAside')}>
            <JoinCard displayCode={view.displayCode} size={view.phase === 'lobby' ? 'hero' : 'corner'} />
          </aside>
        )}
      </div>
      <footer className="display__footer">
        <p className="display__count">{t('display.participants', { count: view.participantCount })}</p>
        {codeInFooter && <p className="display__count">{t('display.codeLabel', { code: view.displayCode })}</p>}
        {view.locked && <p className="display__locked">{t('display.locked')}</p>}
        <PhaseSteps phase={view.phase} settings={view.settings} atTable={'table' in view} />
      </footer>
    </main>
  );
}
