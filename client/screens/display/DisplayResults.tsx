import type { PublicView } from '../../../shared/session/views.js';
import { ResultsChart } from '../../components/ResultsChart.js';
import { AgreementNote } from '../../components/results/AgreementNote.js';
import { CommonGround } from '../../components/results/CommonGround.js';
import { GoalsList } from '../../components/results/GoalsList.js';
import { OrganizationBreakdown } from '../../components/results/OrganizationBreakdown.js';
import { SplitVotes } from '../../components/results/SplitVotes.js';
import { PageTurner } from '../../components/fit/PageTurner.js';
import { useT } from '../../i18n/index.js';

/** Between the votes: the preliminary ranking beside the ideas it split most. */
export function DisplayDiscussion({ view }: { view: PublicView }) {
  const t = useT();
  if (!view.discussion) return <p className="display-lead">{t('results.discussionLead')}</p>;
  return (
    <div className="display-phase display-columns">
      <div className="display-column">
        <h2 className="display-subheading">{t('results.preliminaryHeading')}</h2>
        <PageTurner>
          <ResultsChart
            results={{
              ...view.discussion.preliminary,
              ballotSize: view.ballotSize,
              weighting: view.settings.weighting,
            }}
            size="large"
            limit={8}
          />
        </PageTurner>
      </div>
      <PageTurner className="display-column">
        <SplitVotes discussion={view.discussion} size="large" />
      </PageTurner>
    </div>
  );
}

/**
 * The results on the wall. Once the goals are adopted they lead, since they are what the alliance
 * takes home; the ranking and what explains it sit beside them.
 */
export function DisplayResults({ view }: { view: PublicView }) {
  const t = useT();
  const results = view.results;
  if (!results) return <p>{t('results.none')}</p>;
  const adopted = view.goals !== null;
  return (
    <div className={`display-phase display-columns${adopted ? ' display-columns--goals' : ''}`}>
      <div className="display-column">
        {adopted && view.goals ? (
          <PageTurner>
            <GoalsList goals={view.goals} size="large" lines={results.lines} />
          </PageTurner>
        ) : (
          <>
            <h2 className="display-subheading">
              {results.preliminary ? t('results.finalHeading') : t('results.heading')}
            </h2>
            <PageTurner>
              <ResultsChart results={results} size="large" limit={10} />
            </PageTurner>
          </>
        )}
      </div>
      <PageTurner className="display-column display-insights">
        <h2 className="visually-hidden">{t('results.insightsHeading')}</h2>
        {adopted && (
          <p className="insight__small">
            {t('results.method', { n: results.ballotSize, ballots: results.ballots, count: results.ballots })}{' '}
            {t(results.weighting === 'per-organization' ? 'results.perOrganization' : 'results.perPerson')}
          </p>
        )}
        <AgreementNote results={results} plain />
        <CommonGround results={results} />
        {!adopted && (
          <OrganizationBreakdown
            plain
            results={results}
            // Each organization's own top ideas only while there is room for them on the wall.
            top={results.organizations.length > 2 ? 0 : Math.min(3, results.commonGround?.k ?? 3)}
          />
        )}
      </PageTurner>
    </div>
  );
}
