import type { PublicView } from '../../../shared/session/views.js';
import { DisplayRatification } from './DisplayRatification.js';
import { FocusCard } from '../../components/FocusCard.js';
import { IdeaList } from '../../components/IdeaList.js';
import { PageTurner } from '../../components/fit/PageTurner.js';
import { useT } from '../../i18n/index.js';
import { DisplayDiscussion, DisplayResults } from './DisplayResults.js';
import { ProgressMeter } from './ProgressMeter.js';
import { userSentence } from '../../components/UserText.js';
import type { TableView } from '../../../shared/session/tables/table-view.js';
import { TableShortlist } from '../tables/TableShortlist.js';
import { TablesBoard } from '../tables/TablesBoard.js';

/** What the wall shows in each phase: progress, never anyone's private ideas or votes. */
export function DisplayPhase({ view }: { view: PublicView }) {
  const t = useT();
  switch (view.phase) {
    case 'lobby':
      return (
        <div className="display-phase display-phase--lobby">
          <p className="display-big">{t('display.joined', { count: view.participantCount })}</p>
          <p className="display-lead">{t('display.lobbyLead')}</p>
        </div>
      );
    case 'ideation':
      return (
        <div className="display-phase">
          <p className="display-lead">{t('display.ideationLead')}</p>
          <ProgressMeter
            value={view.participantsDone}
            max={view.participantCount}
            text={t('display.doneProgress', { count: view.participantsDone, total: view.participantCount })}
          />
          <p className="display-big">{t('display.ideasWritten', { count: view.ideasSubmitted })}</p>
        </div>
      );
    case 'sharing':
      return (
        <div className="display-phase">
          {view.settings.sharingMode === 'named-turns' && (
            <p className="display-lead display-lead--strong">
              {view.turn ? userSentence(t, 'display.turnOf', { name: view.turn.name }) : t('sharing.allShared')}
            </p>
          )}
          <p className="display-lead">
            {t('display.sharedProgress', { count: view.ideas.length, remaining: view.ideasUnshared })}
          </p>
          <PageTurner>
            <IdeaList ideas={view.ideas} label={t('sharing.listLabel')} size="large" />
          </PageTurner>
        </div>
      );
    case 'clarification': {
      const focused = view.ideas.find((idea) => idea.id === view.focusId);
      // A long idea in discussion has the wall to itself (the list stays on the phones), so it never
      // squeezes the list into slivers; a short one shares the wall with the list.
      if (focused && focused.text.length > 120) {
        return (
          <div className="display-phase">
            <FocusCard idea={focused} huge />
          </div>
        );
      }
      return (
        <div className="display-phase">
          {focused ? <FocusCard idea={focused} huge /> : <p className="display-lead">{t('clarification.lead')}</p>}
          <PageTurner>
            <IdeaList ideas={view.ideas} focusId={view.focusId} label={t('clarification.listLabel')} size="large" />
          </PageTurner>
        </div>
      );
    }
    case 'ranking':
      return (
        <div className="display-phase">
          <p className="display-lead">{t('display.rankingLead', { count: view.ballotSize })}</p>
          <ProgressMeter
            value={view.ballotsIn}
            max={view.participantCount}
            text={t('display.ballotsIn', { count: view.ballotsIn, total: view.participantCount })}
          />
          <PageTurner>
            <IdeaList ideas={view.ideas} label={t('ranking.allIdeasLabel')} size="large" />
          </PageTurner>
        </div>
      );
    case 'tables':
      return <TablesBoard tables={view.tables ?? []} />;
    case 'discussion':
      return <DisplayDiscussion view={view} />;
    case 'results':
    default:
      // A table's screen once its table has sent its ideas: which went forward, never its points.
      if ('table' in view) return <TableShortlist ideas={(view as TableView).shortlist} size="large" />;
      // A ratification round under way, or just closed, is what the room looks at.
      if (
        view.ratification &&
        (view.ratification.open || view.ratification.outcomesRound === view.ratification.round)
      ) {
        return <DisplayRatification view={view} />;
      }
      return <DisplayResults view={view} />;
  }
}
