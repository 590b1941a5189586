import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ResultsView } from '../../shared/session/views.js';
import { ResultsChart } from '../../client/components/ResultsChart.js';

const line = (id: string, number: number, points: number, rank: number, tied: boolean, meanRank: number | null) => ({
  ideaId: id,
  number,
  text: `idea ${id}`,
  points,
  voters: points > 0 ? 1 : 0,
  rankCounts: [0, 0, 0],
  meanRank,
  rank,
  tied,
});

const results = {
  scoring: '',
  ballotSize: 3,
  ballots: 3,
  lines: [
    line('a', 1, 6, 1, false, 1),
    line('b', 2, 2, 2, true, 2),
    line('c', 3, 2, 2, true, 2),
    line('d', 4, 0, 4, false, null),
  ],
} as unknown as ResultsView;

describe('the results chart', () => {
  const html = renderToStaticMarkup(<ResultsChart results={results} detailed />);

  it('shows tied ideas as tied, with the same rank, rather than inventing an order', () => {
    const ranks = [...html.matchAll(/class="results__rank">(.*?)<\/span><span class="results__idea/g)].map((m) =>
      (m[1] ?? '').replace(/<[^>]+>/g, ' ').trim(),
    );
    expect(ranks).toEqual(['1.', '2. tied', '2. tied', '4.']);
  });

  it('states the scoring method and the tie-break rule', () => {
    expect(html).toContain('Top 3 rank points: first choice 3 points, down to 1. From 3 ballots.');
    expect(html).toContain('Ties are broken by more people ranking the idea');
  });

  it('sizes bars by points relative to the top idea, and hides them from screen readers', () => {
    expect(html).toContain('width:100%');
    expect(html).toContain('width:33.3%');
    expect(html).toContain('width:0%');
    expect(html.match(/aria-hidden="true"/g)?.length).toBe(4);
  });

  it('gives the mean rank only for ideas someone ranked', () => {
    expect(html.match(/mean rank/g)).toHaveLength(3);
  });

  it('on the wall, leaves out ideas nobody ranked and says how many more there are', () => {
    const wall = renderToStaticMarkup(<ResultsChart results={results} limit={10} size="large" />);
    expect(wall).not.toContain('idea d');
    expect(wall).toContain('1 more idea, with fewer points, is in the full results.');
  });
});
