import { useShallow } from 'zustand/react/shallow';
import { SETTING_LIMITS } from '../../../shared/session/limits.js';
import { ResultsChart } from '../../components/ResultsChart.js';
import { GoalsList } from '../../components/results/GoalsList.js';
import { ResultsInsights } from '../../components/results/ResultsInsights.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';
import { countedBallot } from './ranking-model.js';
import { Panel } from './Panel.js';
import { LazyRatificationPanel } from './ratification/LazyRatification.js';

/** The alliance's goals once adopted, the group's ranked list, what explains it, and one's own ballot. */
export function ResultsPanel() {
  const t = useT();
  const { results, ideas, myBallot, goals, commonGroundK } = useAppStore(
    useShallow((state) => ({
      results: state.publicView?.view.results ?? null,
      ideas: state.publicView?.view.ideas ?? [],
      // Only a ballot of the round the results count; one of the preliminary vote is not in them.
      myBallot: countedBallot(state.privateView?.view.myBallot ?? null, state.publicView?.view.round ?? 1),
      goals: state.publicView?.view.goals ?? null,
      commonGroundK: state.publicView?.view.settings.commonGroundK ?? SETTING_LIMITS.commonGroundK.default,
    })),
  );
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  return (
    <Panel id="results" heading={t('results.heading')}>
      <LazyRatificationPanel />
      {goals && <GoalsList goals={goals} />}
      {results ? (
        <>
          {goals && <h2>{t('results.rankingHeading')}</h2>}
          <ResultsChart results={results} />
          <ResultsInsights results={results} commonGroundK={commonGroundK} />
        </>
      ) : (
        <p className="empty">{t('results.none')}</p>
      )}
      {myBallot && myBallot.length > 0 && (
        <details className="disclosure">
          <summary>{t('results.myBallot')}</summary>
          <ol className="plain-list">
            {myBallot.map((id) => (
              <li key={id}>{byId.get(id)?.text ?? t('results.goneIdea')}</li>
            ))}
          </ol>
        </details>
      )}
    </Panel>
  );
}
