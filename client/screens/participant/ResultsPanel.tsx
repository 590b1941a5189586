import { useShallow } from 'zustand/react/shallow';
import { ResultsChart } from '../../components/ResultsChart.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';

/** The group's ranked list, and a reminder of one's own ballot (seen by nobody else). */
export function ResultsPanel() {
  const t = useT();
  const { results, ideas, myBallot } = useAppStore(
    useShallow((state) => ({
      results: state.publicView?.view.results ?? null,
      ideas: state.publicView?.view.ideas ?? [],
      myBallot: state.privateView?.view.myBallot ?? null,
    })),
  );
  const byId = new Map(ideas.map((idea) => [idea.id, idea]));
  return (
    <section className="panel" aria-labelledby="results-heading">
      <h1 id="results-heading" tabIndex={-1}>
        {t('results.heading')}
      </h1>
      {results ? <ResultsChart results={results} /> : <p className="empty">{t('results.none')}</p>}
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
    </section>
  );
}
