import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor, Command } from '../../../shared/session/commands.js';
import type { Phase } from '../../../shared/session/phases.js';
import { buildExportModel } from '../../../server/export/export-model.js';
import { exportView } from '../../../shared/session/export-view.js';
import { facilitatorView, privateView, publicView } from '../../../shared/session/views.js';
import { FACILITATOR, Machine, SYSTEM } from '../../support/machine.js';

const ALLOWED_MOVES = new Set([
  'lobby>ideation',
  'ideation>sharing',
  'sharing>clarification',
  'clarification>sharing',
  'clarification>ranking',
  'ranking>results',
  'ranking>discussion',
  'discussion>ranking',
]);

/** An abstract step, interpreted against the current state so that most steps are meaningful. */
const step = fc.record({
  kind: fc.integer({ min: 0, max: 19 }),
  who: fc.integer({ min: 0, max: 5 }),
  a: fc.nat(),
  b: fc.nat(),
  text: fc.string({ minLength: 0, maxLength: 12 }),
});
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function at<T>(list: readonly T[], index: number): T | undefined {
  return list.length === 0 ? undefined : list[index % list.length];
}

function toCommand(m: Machine, s: Step, actor: Actor): { command: Command; actor: Actor } {
  const ideaIds = [...m.state.ideas.keys()];
  const idea = at(ideaIds, s.a) ?? 'missing';
  const other = at(ideaIds, s.b) ?? 'missing';
  const phase: Phase = m.state.phase;
  const text = `${s.text} #${s.a}`;
  const ballot: Command = { type: 'submitBallot', ranking: [...new Set([idea, other])].slice(0, 1 + (s.b % 2)) };
  const participantCommands: Command[] = [
    { type: 'addIdea', text },
    { type: 'editIdea', ideaId: idea, text },
    { type: 'deleteIdea', ideaId: idea },
    { type: 'setDone', done: s.a % 2 === 0 },
    { type: 'shareIdea', ideaId: idea },
    { type: 'passTurn' },
    ballot,
  ];
  // Mostly what makes sense in the phase, so that runs get through the whole session.
  const likely: Record<Phase, Command[]> = {
    lobby: participantCommands,
    tables: participantCommands,
    ideation: participantCommands.slice(0, 4).concat(participantCommands[0]!),
    sharing: [participantCommands[4]!, participantCommands[5]!],
    clarification: participantCommands,
    ranking: [ballot],
    discussion: participantCommands,
    results: participantCommands,
  };
  const facilitatorCommands: Command[] = [
    { type: 'advancePhase', from: phase },
    { type: 'stepBack', from: phase },
    { type: 'revealRound' },
    { type: 'skipTurn' },
    { type: 'focusIdea', ideaId: s.b % 3 === 0 ? null : idea },
    { type: 'rewordIdea', ideaId: idea, text },
    { type: 'mergeIdeas', targetId: idea, sourceIds: [other] },
    { type: 'lockRoom', locked: s.a % 2 === 0 },
    { type: 'removeParticipant', participantId: at(m.state.participantOrder, s.a) ?? 'missing' },
    { type: 'startTimer', seconds: 60 },
  ];
  if (s.kind < 12) return { command: at(likely[phase], s.b)!, actor };
  if (s.kind === 12) return { command: at(participantCommands, s.b)!, actor };
  if (s.kind < 18) return { command: at(facilitatorCommands, s.b)!, actor: FACILITATOR };
  if (s.kind === 18) return { command: { type: 'advancePhase', from: phase }, actor: FACILITATOR };
  return { command: { type: 'expireTimer' }, actor: SYSTEM };
}

function play(steps: Step[], mode: 'anonymous' | 'named-turns') {
  // Half the runs vote twice, weighting organizations, so both rounds are exercised.
  const twoRounds = steps.length % 2 === 0;
  const m = new Machine({
    sharingMode: mode,
    ballotSize: 3,
    twoRounds,
    weighting: twoRounds ? 'per-organization' : 'per-person',
  });
  const people = ['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Fay'].map((name, i) => m.join(name, i % 3 === 0 ? 'North' : 'South'));
  const added = new Set<string>();
  for (const s of steps) {
    const { command, actor } = toCommand(m, s, people[s.who]!);
    const result = m.run(command, actor);
    if (result.ok) for (const e of result.value) if (e.type === 'ideaAdded') added.add(e.ideaId);
  }
  return { m, people, added };
}

const scenarios = fc.tuple(
  fc.array(step, { minLength: 80, maxLength: 200 }),
  fc.constantFrom('anonymous', 'named-turns'),
);

describe('session machine invariants (property-based)', () => {
  it('phases only move as the method allows', () => {
    const reached = new Map<Phase, number>();
    let finalRounds = 0;
    fc.assert(
      fc.property(scenarios, ([steps, mode]) => {
        const { m } = play(steps, mode as 'anonymous');
        reached.set(m.state.phase, (reached.get(m.state.phase) ?? 0) + 1);
        if (m.state.round === 2) finalRounds += 1;
        for (const event of m.log) {
          if (event.type === 'phaseChanged') expect(ALLOWED_MOVES.has(`${event.from}>${event.to}`)).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
    // The generated scenarios must actually get through the session, or the properties say little.
    expect(reached.get('ranking') ?? 0).toBeGreaterThan(10);
    expect(reached.get('results') ?? 0).toBeGreaterThan(10);
    expect(finalRounds).toBeGreaterThan(5);
  });

  it('holds at most one ballot per participant, and never more ballots than voters', () => {
    fc.assert(
      fc.property(scenarios, ([steps, mode]) => {
        const { m, people } = play(steps, mode as 'anonymous');
        for (const round of [1, 2]) {
          const keys = [...m.state.ballots.keys()].filter((key) => key.startsWith(`${round}:`));
          const owners = keys.map((key) => people.findIndex((p) => p.ballotKeys.includes(key)));
          expect(owners).not.toContain(-1);
          expect(new Set(owners).size).toBe(keys.length);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('loses no idea: every idea is in play, withdrawn, or merged into one that is in play', () => {
    fc.assert(
      fc.property(scenarios, ([steps, mode]) => {
        const { m, added } = play(steps, mode as 'anonymous');
        expect(new Set([...m.state.ideas.keys()])).toEqual(added);
        for (const idea of [...m.state.ideas.values()]) {
          if (idea.status !== 'merged') continue;
          let survivor = idea;
          while (survivor.status === 'merged') survivor = m.state.ideas.get(survivor.mergedInto ?? '')!;
          expect(survivor.status).toBe('active');
          expect(survivor.mergedFrom).toContain(idea.id);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("no view carries another participant's private ideas or links a voter to a ballot", () => {
    fc.assert(
      fc.property(scenarios, ([steps, mode]) => {
        const { m, people } = play(steps, mode as 'anonymous');
        const unshared = [...m.state.ideas.values()].filter((i) => i.number === null);
        // The export view and the export model are held to the same rules as the live views.
        const exported = JSON.stringify([exportView(m.state), buildExportModel(exportView(m.state), 0)]);
        const shared = JSON.stringify([publicView(m.state), facilitatorView(m.state)]) + exported;
        for (const p of people) expect(exported).not.toContain(`"${p.participantId}"`);
        for (const secret of [m.state.ballotSalt, m.state.facilitatorTokenHash]) {
          expect(exported).not.toContain(`"${secret}"`);
        }
        for (const p of people) for (const key of p.ballotKeys) expect(shared).not.toContain(key);
        for (const idea of unshared) expect(shared).not.toContain(`"${idea.originalText}"`);
        for (const p of people) {
          const mine = JSON.stringify(privateView(m.state, p.participantId, p.ballotKeys));
          for (const idea of unshared) {
            if (idea.authorId !== p.participantId) expect(mine).not.toContain(idea.id);
          }
          for (const other of people)
            if (other !== p) for (const key of other.ballotKeys) expect(mine).not.toContain(key);
        }
        if (mode === 'anonymous') expect(shared).not.toContain('"author"');
      }),
      { numRuns: 300 },
    );
  });
});
