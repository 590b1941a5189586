import type { ResultsView } from '../../shared/session/views.js';

/** What the chart needs: one round's lines and ballots, the ballot size, and how ballots were weighed. */
export type ChartResults = Pick<ResultsView, 'lines' | 'ballots' | 'ballotSize'> &
  Partial<Pick<ResultsView, 'weighting' | 'countsWithheld'>>;
import { useT } from '../i18n/index.js';
import { MovementNotes } from './results/MovementNotes.js';
import { IdeaNumber } from './UserText.js';

interface ResultsChartProps {
  results: ChartResults;
  /** Show only the top lines with points (the projector has no room for a long tail). */
  limit?: number;
  size?: 'normal' | 'large';
  /** Per-rank counts and mean rank, for the facilitator's closer look. */
  detailed?: boolean;
}

/** Weighted points to one decimal: "15.5 points" says enough, "15.458" pretends to a precision nobody needs. */
export function roundPoints(points: number): number {
  return Math.round(points * 10) / 10;
}

/** The group's ranking as a bar chart of points, readable as a plain ranked list by screen readers. */
export function ResultsChart({ results, limit, size = 'normal', detailed = false }: ResultsChartProps) {
  const t = useT();
  const lines = limit === undefined ? results.lines : results.lines.filter((line) => line.points > 0).slice(0, limit);
  const notShown = results.lines.length - lines.length;
  const top = Math.max(1, ...results.lines.map((line) => line.points));
  return (
    <div className={`results results--${size}`}>
      <p className="results__method">
        {t('results.method', { n: results.ballotSize, ballots: results.ballots, count: results.ballots })}
        {results.weighting === 'per-organization' && ` ${t('results.perOrganization')}`}
        {results.weighting === 'per-person' && ` ${t('results.perPerson')}`}
      </p>
      <ol className="stack-list results__list" aria-label={t('results.listLabel')}>
        {lines.map((line) => (
          <li key={line.ideaId} className="results__line">
            <span className="results__rank">
              {t('results.rank', { rank: line.rank })}
              {line.tied && <span className="results__tie">{t('results.tied')}</span>}
            </span>
            <span className="results__idea">
              <bdi>{line.text}</bdi> <IdeaNumber className="results__number" number={line.number} />
            </span>
            <span className="results__bar-track" aria-hidden="true">
              <span className="results__bar" style={{ width: `${Math.round((line.points / top) * 1000) / 10}%` }} />
            </span>
            <span className="results__points">
              {t('results.points', { count: roundPoints(line.points) })}
              {line.voters !== null && ` · ${t('results.voters', { count: line.voters })}`}
            </span>
            <MovementNotes line={line} />
            {detailed && line.rankCounts && (
              <span className="results__detail">
                {t('results.rankCounts', { counts: line.rankCounts.join(' / ') })}
                {line.meanRank !== null && ` · ${t('results.meanRank', { mean: line.meanRank })}`}
              </span>
            )}
          </li>
        ))}
      </ol>
      {notShown > 0 && <p className="results__more">{t('results.notShown', { count: notShown })}</p>}
      <p className="results__ties">{t('results.tieRule')}</p>
      {results.countsWithheld && <p className="results__ties">{t('results.countsWithheld')}</p>}
    </div>
  );
}
