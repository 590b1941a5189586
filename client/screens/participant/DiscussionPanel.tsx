import { useShallow } from 'zustand/react/shallow';
import { ResultsChart } from '../../components/ResultsChart.js';
import { useT } from '../../i18n/index.js';
import { useAppStore } from '../../store/app-store.js';

/** Between two votes: the preliminary ranking, to talk about before the final vote. */
export function DiscussionPanel() {
  const t = useT();
  const { preliminary, ballotSize } = useAppStore(
    useShallow((state) => ({
      preliminary: state.publicView?.view.discussion?.preliminary ?? null,
      ballotSize: state.publicView?.view.ballotSize ?? 0,
    })),
  );
  return (
    <section className="panel" aria-labelledby="discussion-heading">
      <h1 id="discussion-heading" tabIndex={-1}>
        {t('results.preliminaryHeading')}
      </h1>
      <p className="panel__lead">{t('results.discussionLead')}</p>
      {preliminary ? (
        <ResultsChart results={{ ...preliminary, ballotSize }} />
      ) : (
        <p className="empty">{t('results.none')}</p>
      )}
    </section>
  );
}
