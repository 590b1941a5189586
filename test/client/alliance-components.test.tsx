import { renderToStaticMarkup } from 'react-dom/server';
import { describe, expect, it } from 'vitest';
import type { ResultsView } from '../../shared/session/results.js';
import type { GoalView } from '../../shared/session/views.js';
import { formatTargetDate, GoalsList } from '../../client/components/results/GoalsList.js';
import { OrganizationBreakdown } from '../../client/components/results/OrganizationBreakdown.js';

const text = (html: string) => html.replace(/<[^>]+>/g, ' ').replace(/\s+/g, ' ');

const line = (ideaId: string, number: number, rank: number) => ({
  ideaId,
  number,
  text: `idea ${ideaId}`,
  points: 10 - rank,
  voters: 3,
  rankCounts: [1, 1, 1],
  meanRank: 2,
  rank,
  tied: false,
  preliminaryRank: null,
  previousRank: null,
});

const base: Pick<ResultsView, 'organizations' | 'organizationsHidden' | 'lines'> = {
  lines: [line('a', 1, 1), line('b', 2, 2), line('c', 3, 3)],
  organizations: [],
  organizationsHidden: 0,
};

describe('the per-organization breakdown', () => {
  it('shows nothing when nobody voted under an organization', () => {
    expect(renderToStaticMarkup(<OrganizationBreakdown results={base} top={3} />)).toBe('');
  });

  it('says how many organizations stay below the floor, even when none is shown', () => {
    const html = text(
      renderToStaticMarkup(<OrganizationBreakdown results={{ ...base, organizationsHidden: 2 }} top={3} />),
    );
    expect(html).toContain('No organization has 3 ballots or more');
    expect(html).toContain('2 organizations are counted in the group result but not shown');
  });

  it('lists an organization’s own top ideas, only those it gave points to', () => {
    const organizations = [
      {
        name: 'Food Bank',
        ballots: 3,
        order: ['c', 'a', 'b'],
        points: { c: 9, a: 2, b: 0 },
        agreement: { w: 0.81, reading: 'strong' as const },
        closeness: -0.5,
      },
    ];
    const html = text(
      renderToStaticMarkup(
        <OrganizationBreakdown results={{ ...base, organizations, organizationsHidden: 1 }} top={3} />,
      ),
    );
    expect(html).toContain('Food Bank 3 ballots');
    expect(html).toContain('Order compared with the whole group: different (ρ = -0.5)');
    expect(html).toContain('Strong agreement among its own people (W = 0.81)');
    expect(html).toContain('Its top 2');
    expect(html).not.toContain('idea b');
    expect(html).toContain('1 organization is counted in the group result but not shown');
  });
});

describe('the adopted goals', () => {
  const goal = (fields: Partial<GoalView>): GoalView => ({
    ideaId: 'a',
    number: 1,
    text: 'Shared calendar',
    rationale: '',
    owner: '',
    indicator: '',
    targetDate: '',
    ...fields,
  });

  it('says when no owner is recorded yet, and leaves out empty fields', () => {
    const html = text(renderToStaticMarkup(<GoalsList goals={[goal({})]} />));
    expect(html).toContain('Owner: not recorded yet');
    expect(html).not.toContain('Indicator:');
    expect(html).not.toContain('By ');
  });

  it('writes the target date as a calendar day, whatever the time zone', () => {
    expect(formatTargetDate('en-US', '2027-06-30')).toBe('June 30, 2027');
    expect(formatTargetDate('en-US', 'soon')).toBe('soon');
  });

  it('says where each goal ranked when the projector has no room for the ranking too', () => {
    const lines = [{ ...line('a', 1, 1), preliminaryRank: 4 }];
    const html = text(renderToStaticMarkup(<GoalsList goals={[goal({ owner: 'Food Bank' })]} lines={lines} />));
    expect(html).toContain('Rank 1 in the vote');
    expect(html).toContain('up 3 places since the preliminary vote (was 4)');
  });
});
