import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../../server/export/export-model.js';
import { exportView } from '../../../shared/session/export-view.js';
import type { Weighting } from '../../../shared/session/settings.js';
import type { SessionState } from '../../../shared/session/state.js';
import { facilitatorView, publicView } from '../../../shared/session/views.js';
import { equations, figuresOf, isolatedGroups } from '../../support/linear-attack.js';
import { Machine } from '../../support/machine.js';

const IDEAS = 5;
const NOW = Date.UTC(2026, 10, 29, 12);

interface Plan {
  /** Members per organization; sizes 1 and 2 included on purpose. */
  organizations: number[];
  withoutOrganization: number;
  weighting: Weighting;
  twoRounds: boolean;
  minBallots: number;
  /** Which members sit out the final vote (by index, wrapped). */
  absentInFinal: number[];
  /** Seeds for everyone's rankings. */
  seeds: number[];
}

const plans: fc.Arbitrary<Plan> = fc.record({
  organizations: fc.array(fc.integer({ min: 1, max: 5 }), { minLength: 1, maxLength: 4 }),
  withoutOrganization: fc.integer({ min: 0, max: 3 }),
  weighting: fc.constantFrom<Weighting>('per-person', 'per-organization'),
  twoRounds: fc.boolean(),
  minBallots: fc.constantFrom(3, 3, 4),
  absentInFinal: fc.array(fc.nat(), { maxLength: 2 }),
  seeds: fc.array(fc.nat(), { minLength: 40, maxLength: 40 }),
});

/** A ranking of 1 to 3 of the ideas, drawn from a seed. */
function rankingOf(ideas: readonly string[], seed: number): string[] {
  const pool = [...ideas];
  const ranking: string[] = [];
  for (let s = seed, n = 1 + (seed % 3); ranking.length < n; s = Math.floor(s / 5) + 7) {
    ranking.push(pool.splice(s % pool.length, 1)[0]!);
  }
  return ranking;
}

interface Session {
  /** The state while the preliminary vote is discussed (two rounds), and at the results. */
  discussion: SessionState | null;
  results: SessionState;
  ideas: string[];
  /** Per round: the groups that voted, each with its ballot keys (the first one is the probe). */
  groups: Map<number, Map<string, string[]>>;
}

function vote(m: Machine, members: ReturnType<Machine['join']>[], round: number, plan: Plan, ideas: string[]) {
  members.forEach((voter, i) => {
    if (round === 2 && plan.absentInFinal.some((a) => a % members.length === i)) return;
    m.must({ type: 'submitBallot', ranking: rankingOf(ideas, plan.seeds[(i + round * 17) % 40]!) }, voter);
  });
}

function groupsOf(state: SessionState, round: number): Map<string, string[]> {
  const groups = new Map<string, string[]>();
  for (const key of [...state.ballots.keys()].sort()) {
    if (!key.startsWith(`${round}:`)) continue;
    const name = state.ballots.get(key)?.organization ?? '';
    groups.set(name, [...(groups.get(name) ?? []), key]);
  }
  return groups;
}

function run(plan: Plan): Session | null {
  const m = new Machine({
    ballotSize: 3,
    weighting: plan.weighting,
    twoRounds: plan.twoRounds,
    minBallots: plan.minBallots,
  });
  const members = plan.organizations.flatMap((size, o) =>
    Array.from({ length: size }, (_, i) => m.join(`O${o}-${i}`, `Org ${o}`)),
  );
  for (let i = 0; i < plan.withoutOrganization; i++) members.push(m.join(`N-${i}`, null));
  const rounds = plan.twoRounds ? [1, 2] : [1];
  const final = members.length - (plan.twoRounds ? new Set(plan.absentInFinal.map((a) => a % members.length)).size : 0);
  if (members.length < plan.minBallots || final < plan.minBallots) return null;
  m.advance();
  const ideas = Array.from({ length: IDEAS }, (_, i) => m.addIdea(members[0]!, `idea ${i}`));
  m.advance();
  m.advance();
  m.advance();
  vote(m, members, 1, plan, ideas);
  m.advance();
  let discussion: SessionState | null = null;
  if (plan.twoRounds) {
    discussion = m.state;
    m.advance();
    vote(m, members, 2, plan, ideas);
    m.advance();
  }
  const groups = new Map(rounds.map((round) => [round, groupsOf(m.state, round)]));
  return { discussion, results: m.state, ideas, groups };
}

/** Every number anyone is shown: live views of both phases, the export view and the export model. */
function published(session: Pick<Session, 'discussion' | 'results'>): Map<string, number> {
  const figures = new Map<string, number>();
  if (session.discussion) {
    figuresOf(publicView(session.discussion), 'discussion.public', figures);
    figuresOf(facilitatorView(session.discussion), 'discussion.facilitator', figures);
  }
  const view = exportView(session.results);
  figuresOf(publicView(session.results), 'results.public', figures);
  figuresOf(facilitatorView(session.results), 'results.facilitator', figures);
  figuresOf(view, 'export.view', figures);
  figuresOf(buildExportModel(view, NOW), 'export.model', figures);
  return figures;
}

function withBallots(state: SessionState | null, changes: Record<string, string[]>): SessionState | null {
  if (!state) return null;
  const ballots = new Map(state.ballots);
  for (const [key, ranking] of Object.entries(changes)) {
    const record = ballots.get(key);
    if (record) ballots.set(key, { ...record, ranking });
  }
  return { ...state, ballots };
}

/**
 * The rows of the attacker's equations for one round: every group's first ballot is set to the
 * same probe, then each group's probe is changed in the same way, one group at a time.
 */
function roundEquations(session: Session, round: number, groups: Map<string, string[]>): number[][] {
  const [a, b, c, d] = session.ideas as [string, string, string, string];
  const probes = Object.fromEntries([...groups.values()].map((keys) => [keys[0]!, [a, b, c]]));
  const base = { discussion: withBallots(session.discussion, probes), results: withBallots(session.results, probes)! };
  const before = published(base);
  const rows: number[][] = [];
  for (const changed of [[b, a, c], [d, b], [c]]) {
    const moved = [...groups.values()].map((keys) => {
      const change = { ...probes, [keys[0]!]: changed };
      return published({
        discussion: withBallots(base.discussion, change),
        results: withBallots(base.results, change)!,
      });
    });
    rows.push(...equations(before, moved));
  }
  return rows;
}

describe('no published figure isolates a group below the floor (property-based)', () => {
  it('an attacker solving every number of every view and export never isolates fewer than minBallots ballots', () => {
    const seen = { runs: 0, solvable: 0, shown: 0, withheld: 0 };
    fc.assert(
      fc.property(plans, (plan) => {
        const session = run(plan);
        if (!session) return;
        seen.runs++;
        const results = publicView(session.results).results!;
        if (results.organizations.length > 0) seen.shown++;
        if (results.countsWithheld || results.preliminary?.countsWithheld) seen.withheld++;
        for (const [round, groups] of session.groups) {
          const rows = roundEquations(session, round, groups);
          const sizes = [...groups.values()].map((keys) => keys.length);
          const names = [...groups.keys()];
          if (rows.length > 0 && sizes.length > 1) seen.solvable++;
          const isolated = isolatedGroups(rows, sizes, plan.minBallots);
          expect(isolated.map((set) => set.map((i) => `${names[i] || 'no organization'} (${sizes[i]})`))).toEqual([]);
        }
      }),
      { numRuns: 120 },
    );
    console.log(
      `floor attack: ${seen.runs} sessions, ${seen.solvable} rounds with equations over several groups, ` +
        `organizations shown in ${seen.shown}, counts withheld in ${seen.withheld}; 0 groups below the floor isolated`,
    );
    // The generated sessions must show organizations and withhold counts often enough to mean something.
    expect(seen.runs).toBeGreaterThan(80);
    expect(seen.shown).toBeGreaterThan(15);
    expect(seen.withheld).toBeGreaterThan(5);
    expect(seen.solvable).toBeGreaterThan(60);
  });

  it('the attacker finds what it is meant to find: a total beside a shown group, or weighted beside plain sums', () => {
    // Groups: an organization of 3 and one person. Total and the organization's own sum: the person is isolated.
    expect(
      isolatedGroups(
        [
          [1, 1],
          [1, 0],
        ],
        [3, 1],
        3,
      ),
    ).toEqual([[1]]);
    // Counts (1, 1) and points weighted 1/4 and 1/1 (sizes 4 and 1): the lone ballot is isolated.
    expect(
      isolatedGroups(
        [
          [1, 1],
          [0.25, 1],
        ],
        [4, 1],
        3,
      ),
    ).toEqual([[1]]);
    // Three sizes and two equations: nothing below the floor can be isolated.
    expect(
      isolatedGroups(
        [
          [1, 1, 1],
          [0.2, 0.25, 1],
        ],
        [5, 4, 1],
        3,
      ),
    ).toEqual([]);
  });
});
