import type { FacilitatorView } from '../../../shared/session/views.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { IdeaList } from '../../components/IdeaList.js';
import { ResultsChart } from '../../components/ResultsChart.js';
import { useT } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { ClarificationTools } from './ClarificationTools.js';
import { ResultsInsights } from '../../components/results/ResultsInsights.js';
import { SplitVotes } from '../../components/results/SplitVotes.js';
import { Card } from '../../components/Card.js';

function SharingTools({ view }: { view: FacilitatorView }) {
  const t = useT();
  const { busy, run } = useBusyAction();
  if (view.settings.sharingMode === 'named-turns') {
    return (
      <div className="button-row">
        <p className="turn">{view.turn ? t('sharing.turnOf', { name: view.turn.name }) : t('sharing.allShared')}</p>
        <BusyButton
          className="button"
          inactive={busy || !view.turn}
          onClick={() => void run(() => steer('sharing:skip-turn', {}))}
        >
          {t('host.skipTurn')}
        </BusyButton>
      </div>
    );
  }
  return (
    <div className="button-row">
      <BusyButton
        className="button button--primary"
        inactive={busy || view.ideasUnshared === 0}
        onClick={() => void run(() => steer('sharing:reveal-round', {}))}
      >
        {t('host.revealRound', { round: view.sharingRound + 1 })}
      </BusyButton>
      <p className="field__hint">{t('host.revealHint')}</p>
    </div>
  );
}

/** The working area of each phase: the ideas, and the tools the method allows at that point. */
export function PhaseWork({ view }: { view: FacilitatorView }) {
  const t = useT();
  switch (view.phase) {
    case 'lobby':
    case 'ideation':
      // Only a realignment session has ideas this early: the goals it was started from.
      if (view.ideas.length === 0) return null;
      return (
        <Card id="work" heading={t('host.carried.heading', { count: view.ideas.length })} hint={t('host.carried.hint')}>
          <IdeaList ideas={view.ideas} label={t('host.carried.label')} />
        </Card>
      );
    case 'sharing':
      return (
        <Card id="work" heading={t('sharing.listHeading', { count: view.ideas.length })}>
          <SharingTools view={view} />
          <IdeaList ideas={view.ideas} label={t('sharing.listLabel')} />
        </Card>
      );
    case 'clarification':
      return <ClarificationTools view={view} />;
    case 'ranking':
      return (
        <Card id="work" heading={t('ranking.allIdeas', { count: view.ideas.length })} hint={t('host.noLiveTally')}>
          <IdeaList ideas={view.ideas} label={t('ranking.allIdeasLabel')} />
        </Card>
      );
    case 'discussion':
      return (
        <>
          <Card id="work" heading={t('results.preliminaryHeading')} hint={t('results.discussionLead')}>
            {view.discussion && (
              <ResultsChart
                results={{
                  ...view.discussion.preliminary,
                  ballotSize: view.ballotSize,
                  weighting: view.settings.weighting,
                }}
                detailed
              />
            )}
          </Card>
          {view.discussion && (
            <div className="card">
              <SplitVotes discussion={view.discussion} />
            </div>
          )}
        </>
      );
    case 'results':
    default:
      return (
        <>
          <Card id="work" heading={view.results?.preliminary ? t('results.finalHeading') : t('results.heading')}>
            {view.results ? <ResultsChart results={view.results} detailed /> : <p>{t('results.none')}</p>}
          </Card>
          {view.results && (
            <ResultsInsights results={view.results} commonGroundK={view.settings.commonGroundK} className="card" />
          )}
        </>
      );
  }
}
