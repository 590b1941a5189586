import type { ReactNode } from 'react';
import type { FacilitatorView } from '../../../shared/session/views.js';
import { BusyButton, useBusyAction } from '../../components/BusyButton.js';
import { IdeaList } from '../../components/IdeaList.js';
import { ResultsChart } from '../../components/ResultsChart.js';
import { useT, type MessageKey } from '../../i18n/index.js';
import { steer } from '../../session/facilitator-actions.js';
import { ClarificationTools } from './ClarificationTools.js';
import { ResultsInsights } from '../../components/results/ResultsInsights.js';
import { SplitVotes } from '../../components/results/SplitVotes.js';
import { Card } from '../../components/Card.js';
import { userSentence } from '../../components/UserText.js';
import { TablesOverview } from '../tables/TablesOverview.js';

function SharingTools({ view }: { view: FacilitatorView }) {
  const t = useT();
  const { busy, run } = useBusyAction();
  if (view.settings.sharingMode === 'named-turns') {
    return (
      <div className="button-row">
        <p className="turn">
          {view.turn ? userSentence(t, 'sharing.turnOf', { name: view.turn.name }) : t('sharing.allShared')}
        </p>
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
  // The reveal button itself is the console's next step (NextActionCard), at the top.
  return view.ideasUnshared > 0 ? <p className="field__hint">{t('host.revealHint')}</p> : null;
}

/** The words of a card holding the shared list: its heading (given the count), hint and list label. */
interface ListTexts {
  heading: MessageKey;
  hint?: MessageKey;
  label: MessageKey;
}

const CARRIED: ListTexts = { heading: 'host.carried.heading', hint: 'host.carried.hint', label: 'host.carried.label' };
const SHARED: ListTexts = { heading: 'sharing.listHeading', label: 'sharing.listLabel' };
const VOTING: ListTexts = { heading: 'ranking.allIdeas', hint: 'host.noLiveTally', label: 'ranking.allIdeasLabel' };

/** The shared list in the working area, under the phase's tools. */
function IdeasCard(props: { ideas: FacilitatorView['ideas']; texts: ListTexts; children?: ReactNode }) {
  const { ideas, texts, children } = props;
  const t = useT();
  return (
    <Card id="work" heading={t(texts.heading, { count: ideas.length })} hint={texts.hint && t(texts.hint)}>
      {children}
      <IdeaList ideas={ideas} label={t(texts.label)} />
    </Card>
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
      return <IdeasCard ideas={view.ideas} texts={CARRIED} />;
    case 'sharing':
      return (
        <IdeasCard ideas={view.ideas} texts={SHARED}>
          <SharingTools view={view} />
        </IdeasCard>
      );
    case 'clarification':
      return <ClarificationTools view={view} />;
    case 'tables':
      return <TablesOverview view={view} />;
    case 'ranking':
      return <IdeasCard ideas={view.ideas} texts={VOTING} />;
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
