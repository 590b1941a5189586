import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../shared/session/commands.js';
import type { SessionSettingsInput } from '../../../shared/session/settings.js';
import { facilitatorView, privateView, publicView } from '../../../shared/session/views.js';
import { FACILITATOR, Machine, outcome } from '../../support/machine.js';

type Voter = Actor & { role: 'participant' };

/** A session in ranking with ideas i0..i5 and the given members per organization. */
function inRanking(members: Record<string, number>, settings: SessionSettingsInput = {}) {
  const m = new Machine({ ballotSize: 3, ...settings });
  const voters: (Voter & { organization: string })[] = [];
  for (const [organization, count] of Object.entries(members)) {
    for (let i = 0; i < count; i++) voters.push({ ...m.join(`${organization}${i}`, organization), organization });
  }
  m.advance();
  const ideas = Array.from({ length: 6 }, (_, i) => m.addIdea(voters[i % voters.length]!, `i${i}`));
  m.advance();
  m.advance();
  m.advance();
  return { m, voters, ideas };
}

describe('organizations in the results', () => {
  it('shows an organization only with at least 3 ballots, everywhere the results go', () => {
    // Small (2) and Tiny (1) together make 3 ballots, so subtracting Big from the total reveals no one.
    const { m, voters, ideas } = inRanking({ Big: 3, Small: 2, Tiny: 1 });
    for (const voter of voters) m.must({ type: 'submitBallot', ranking: [ideas[0]!, ideas[1]!] }, voter);
    m.advance();
    const results = publicView(m.state).results!;
    expect(results.organizations.map((o) => o.name)).toEqual(['Big']);
    expect(results.organizationsHidden).toBe(2);
    expect(results.commonGround).toBeNull();
    for (const view of [publicView(m.state), facilitatorView(m.state)]) {
      expect(JSON.stringify(view.results)).not.toContain('Small');
    }
  });

  it('hides an organization too when subtracting it from the total would reveal a smaller group', () => {
    const { m, voters, ideas } = inRanking({ Big: 3, Small: 2 });
    voters.forEach((voter, i) => m.must({ type: 'submitBallot', ranking: [ideas[i]!, ideas[5]!] }, voter));
    m.advance();
    const results = publicView(m.state).results!;
    expect(results.organizations).toEqual([]);
    expect(results.organizationsHidden).toBe(2);
  });

  it('counts people without an organization in the residual, and applies the session floor', () => {
    const lone = inRanking({ Big: 4 });
    const alone = lone.m.join('Solo', null);
    for (const voter of [...lone.voters, alone])
      lone.m.must({ type: 'submitBallot', ranking: [lone.ideas[0]!] }, voter);
    lone.m.advance();
    expect(publicView(lone.m.state).results?.organizations).toEqual([]);

    const strict = inRanking({ North: 4, South: 4 }, { minBallots: 5 });
    for (const voter of strict.voters) strict.m.must({ type: 'submitBallot', ranking: [strict.ideas[0]!] }, voter);
    strict.m.advance();
    expect(publicView(strict.m.state).results?.organizations).toEqual([]);
    expect(publicView(strict.m.state).results?.organizationsHidden).toBe(2);
  });

  it('withholds counts beside weighted points when one size class is all but one or two ballots', () => {
    const { m, voters, ideas } = inRanking({ North: 4, South: 4, Lone: 1 }, { weighting: 'per-organization' });
    voters.forEach((voter, i) =>
      m.must({ type: 'submitBallot', ranking: [ideas[i % 6]!, ideas[(i + 1) % 6]!] }, voter),
    );
    m.advance();
    const results = publicView(m.state).results!;
    expect(results.countsWithheld).toBe(true);
    expect(results.agreement).toBeNull();
    for (const line of results.lines) expect([line.voters, line.rankCounts, line.meanRank]).toEqual([null, null, null]);
    // The weighted order stays; one large organization is shown, the other hides the lone ballot.
    expect(results.lines[0]?.points).toBeGreaterThan(0);
    expect(results.organizations.map((o) => o.name)).toEqual(['North']);
    expect(results.organizationsHidden).toBe(2);
  });

  it('finds common ground in the top K of every organization, and how far each is from the group', () => {
    const { m, voters, ideas } = inRanking({ North: 3, South: 3 }, { commonGroundK: 2 });
    const [a, b, c, d] = ideas as [string, string, string, string];
    voters.forEach((voter) =>
      m.must({ type: 'submitBallot', ranking: voter.organization === 'North' ? [a, b, c] : [a, d, c] }, voter),
    );
    m.advance();
    const results = publicView(m.state).results!;
    expect(results.commonGround).toEqual({ k: 2, ideaIds: [a] });
    const north = results.organizations.find((o) => o.name === 'North')!;
    expect(north.order.slice(0, 3)).toEqual([a, b, c]);
    expect(north.agreement).toMatchObject({ w: 1, reading: 'strong' });
    expect(north.closeness).toBeLessThan(1);
    expect(results.agreement?.w).toBeGreaterThan(0);
    expect(results.agreement?.w).toBeLessThan(1);
  });

  it('matches organization names the way the facilitator spelled them', () => {
    const m = new Machine();
    m.state = { ...m.state, organizations: ['Acme Foundation'] };
    const voter = m.join('Ada', '  acme   FOUNDATION ');
    expect(m.state.participants.get(voter.participantId)?.organization).toBe('Acme Foundation');
  });

  it('says which weighting was used', () => {
    const { m, voters, ideas } = inRanking({ A: 4, B: 2 }, { weighting: 'per-organization' });
    for (const voter of voters) {
      m.must({ type: 'submitBallot', ranking: voter.organization === 'A' ? [ideas[0]!] : [ideas[1]!] }, voter);
    }
    m.advance();
    const results = publicView(m.state).results!;
    expect(results.weighting).toBe('per-organization');
    expect(results.weightingDescription).toMatch(/organization weighs the same/);
    // 3 points per organization: A's four ballots weigh 0.75 each, B's two 1.5 each.
    expect(results.lines.slice(0, 2).map((l) => [l.ideaId, l.points])).toEqual([
      [ideas[0], 9],
      [ideas[1], 9],
    ]);
  });
});

describe('two rounds', () => {
  it('runs preliminary vote, discussion, final vote, and shows how ideas moved', () => {
    const { m, voters, ideas } = inRanking({ Org: 3 }, { twoRounds: true });
    const [a, b, c] = ideas as [string, string, string];
    for (const voter of voters) m.must({ type: 'submitBallot', ranking: [a, b, c] }, voter);
    m.advance();
    expect(m.state.phase).toBe('discussion');
    const discussion = publicView(m.state).discussion!;
    expect(discussion.preliminary.lines[0]?.ideaId).toBe(a);
    expect(publicView(m.state).results).toBeNull();

    m.advance();
    expect(m.state.phase).toBe('ranking');
    expect(publicView(m.state).ballotsIn).toBe(0);
    // No vote in the final round yet: the latest ballot is the preliminary one, offered as a start.
    expect(privateView(m.state, voters[0]!.participantId, voters[0]!.ballotKeys)?.myBallot).toEqual({
      round: 1,
      ranking: [a, b, c],
    });
    expect(outcome(m.run({ type: 'advancePhase', from: 'ranking' }, FACILITATOR))).toBe('NOT_ENOUGH_BALLOTS');
    for (const voter of voters) m.must({ type: 'submitBallot', ranking: [c, b, a] }, voter);
    m.advance();
    expect(m.state.phase).toBe('results');
    const results = publicView(m.state).results!;
    expect(results.round).toBe(2);
    expect(results.preliminary?.lines[0]?.ideaId).toBe(a);
    const final = Object.fromEntries(results.lines.map((l) => [l.ideaId, [l.rank, l.preliminaryRank]]));
    expect(final[c]).toEqual([1, 3]);
    expect(final[a]).toEqual([3, 1]);
    expect(results.preliminary?.agreement?.w).toBe(1);
  });
});

describe('goals and the decision log', () => {
  it('proposes goals by the rule, lets the facilitator amend and describe them, and logs it all', () => {
    const { m, voters, ideas } = inRanking({ Org: 4 }, { decisionRule: { kind: 'min-share', percent: 50 } });
    const [a, b, c] = ideas as [string, string, string];
    m.must({ type: 'submitBallot', ranking: [a, b] }, voters[0]!);
    m.must({ type: 'submitBallot', ranking: [a, c] }, voters[1]!);
    m.must({ type: 'submitBallot', ranking: [b] }, voters[2]!);
    m.must({ type: 'submitBallot', ranking: [a] }, voters[3]!);
    m.advance();
    // a: 3 of 4 voters (75%); b: 2 of 4 (50%); c: 1 of 4.
    expect(publicView(m.state).results?.proposedGoals).toEqual([a, b]);
    expect(publicView(m.state).goals).toBeNull();
    m.must({ type: 'adoptGoals', ideaIds: [a, b] }, FACILITATOR);
    m.must({ type: 'adoptGoals', ideaIds: [a, b, c] }, FACILITATOR);
    const details = { rationale: 'Most support', owner: 'Org', indicator: 'Members trained', targetDate: '2027-06-30' };
    m.must({ type: 'describeGoal', ideaId: c, ...details }, FACILITATOR);
    expect(outcome(m.run({ type: 'describeGoal', ideaId: ideas[5]!, ...details }, FACILITATOR))).toBe('NOT_FOUND');
    expect(outcome(m.run({ type: 'describeGoal', ideaId: a, ...details, targetDate: 'soon' }, FACILITATOR))).toBe(
      'BAD_REQUEST',
    );
    const goals = publicView(m.state).goals!;
    expect(goals.map((g) => g.ideaId)).toEqual([a, b, c]);
    expect(goals[2]).toMatchObject({ text: 'i2', owner: 'Org', targetDate: '2027-06-30' });

    const log = facilitatorView(m.state).decisions;
    expect(log.map((d) => d.kind)).toEqual([
      'phase',
      'phase',
      'phase',
      'phase',
      'phase',
      'goals-adopted',
      'goals-adopted',
      'goal-described',
    ]);
    expect(log.filter((d) => d.kind === 'goals-adopted').map((d) => d.kind === 'goals-adopted' && d.amended)).toEqual([
      false,
      true,
    ]);
    const text = JSON.stringify(log);
    for (const voter of voters) expect(text).not.toContain(voter.participantId);
  });

  it('logs rewordings and merges with their originals', () => {
    const m = new Machine();
    const ada = m.join('Ada');
    m.advance();
    const one = m.addIdea(ada, 'one');
    const two = m.addIdea(ada, 'two');
    m.advance();
    m.advance();
    m.must({ type: 'rewordIdea', ideaId: one, text: 'one, clearer' }, FACILITATOR);
    m.must({ type: 'mergeIdeas', targetId: one, sourceIds: [two] }, FACILITATOR);
    const log = facilitatorView(m.state).decisions.filter((d) => d.kind !== 'phase');
    expect(log).toEqual([
      { at: m.now, kind: 'reworded', ideaId: one, before: 'one', after: 'one, clearer' },
      { at: m.now, kind: 'merged', targetId: one, sourceIds: [two], sourceTexts: ['two'], text: 'one, clearer' },
    ]);
    expect(JSON.stringify(log)).not.toContain(ada.participantId);
  });
});
