import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Command } from '../../../shared/session/commands.js';
import { ballotsOfRound } from '../../../shared/session/queries.js';
import { sessionSettingsSchema } from '../../../shared/session/settings.js';
import { silentLogger } from '../../../server/logger.js';
import { admit, participantByToken } from '../../../server/sessions/participant-access.js';
import { ballotCommandKey, ballotKeys } from '../../../server/sessions/secrets.js';
import { SessionService } from '../../../server/sessions/session-service.js';
import { SqliteStore } from '../../../server/store/sqlite-store.js';

const PEOPLE = 4;

/**
 * What one person may do: join again, vote through any token they were ever given, and so on.
 * Votes are weighted up so that most runs gather the three ballots that let the session reach its
 * final round, which the property has to cover too.
 */
const op = fc.oneof(
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('rejoin' as const), p: fc.nat(PEOPLE - 1) }) },
  {
    weight: 6,
    arbitrary: fc.record({
      kind: fc.constant('vote' as const),
      p: fc.nat(PEOPLE - 1),
      token: fc.nat(),
      idea: fc.nat(),
      retry: fc.boolean(),
    }),
  },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('lock' as const) }) },
  { weight: 1, arbitrary: fc.record({ kind: fc.constant('restart' as const) }) },
  { weight: 2, arbitrary: fc.record({ kind: fc.constant('nextRound' as const) }) },
);
type Op = typeof op extends fc.Arbitrary<infer T> ? T : never;

interface Person {
  joinId: string;
  tokens: string[];
  lastCommandId: string;
}

/**
 * A real service over a real (in-memory) SQLite store, brought to the ranking phase. Each step
 * waits for its answer, so no batch holds two commands whatever the pacing: commits are not paced
 * (see CommitPacer), or the people taking turns would wait a window at each step.
 */
async function rankingSession() {
  const store = new SqliteStore(':memory:');
  const deps = { store, log: silentLogger, commitWindowMs: 0 };
  let service = new SessionService(deps);
  const settings = sessionSettingsSchema.parse({ twoRounds: true, ballotSize: 2 });
  const { sessionId } = await service.create({ title: 'Property', settings, organizations: [] });
  const people: Person[] = [];
  for (let p = 0; p < PEOPLE; p++) {
    const joinId = `c-person-${p}-0000-0000-0000-000000000000`;
    const joined = await admit(service, sessionId, { name: `P${p}`, organization: null, joinId });
    if (!joined.ok) throw new Error('join refused');
    people.push({ joinId, tokens: [joined.value.token], lastCommandId: 'none' });
  }
  const facilitator = (command: Command) => service.execute(sessionId, { role: 'facilitator' }, command, null);
  await facilitator({ type: 'advancePhase', from: 'lobby' });
  for (const person of people) {
    const participantId = participantByToken(service.get(sessionId)!.state, person.tokens[0]!)!.id;
    const keys = ballotKeys('', person.tokens[0]!);
    await service.execute(
      sessionId,
      { role: 'participant', participantId, ballotKeys: keys },
      { type: 'addIdea', text: 'x' },
      null,
    );
  }
  for (const from of ['ideation', 'sharing', 'clarification'] as const)
    await facilitator({ type: 'advancePhase', from });
  return {
    sessionId,
    people,
    get service() {
      return service;
    },
    restart() {
      service.close();
      service = new SessionService(deps);
      service.load();
    },
    facilitator,
    close: () => store.close(),
  };
}

type Session = Awaited<ReturnType<typeof rankingSession>>;

async function play(session: Session, step: Op, voted: Set<number>[]): Promise<void> {
  const { service, sessionId } = session;
  const state = () => service.get(sessionId)!.state;
  if (step.kind === 'restart') return session.restart();
  if (step.kind === 'lock') {
    await session.facilitator({ type: 'lockRoom', locked: !state().locked });
    return;
  }
  if (step.kind === 'nextRound') {
    await session.facilitator({ type: 'advancePhase', from: state().phase });
    return;
  }
  const person = session.people[step.p]!;
  if (step.kind === 'rejoin') {
    const again = await admit(service, sessionId, { name: 'again', organization: null, joinId: person.joinId });
    if (again.ok) person.tokens.push(again.value.token);
    return;
  }
  const token = person.tokens[step.token % person.tokens.length]!;
  const participant = participantByToken(state(), token);
  if (!participant) return;
  const keys = ballotKeys(state().ballotSalt, token);
  const ideas = state().revealed;
  const commandId = step.retry ? person.lastCommandId : `cmd-${Math.random()}`;
  person.lastCommandId = commandId;
  const actor = { role: 'participant' as const, participantId: participant.id, ballotKeys: keys };
  const ranking = [ideas[step.idea % ideas.length]!];
  const result = await service.execute(
    sessionId,
    actor,
    { type: 'submitBallot', ranking },
    ballotCommandKey(keys, commandId),
  );
  if (result.ok && result.value.length > 0) voted[state().round - 1]!.add(step.p);
}

describe('one ballot per person, over generated joins, re-joins, resumes, retries and restarts', () => {
  it('never holds more ballots in a round than people who voted in it', async () => {
    let rounds = 0;
    await fc.assert(
      fc.asyncProperty(fc.array(op, { minLength: 5, maxLength: 40 }), async (steps) => {
        const session = await rankingSession();
        const voted = [new Set<number>(), new Set<number>()];
        try {
          for (const step of steps) {
            await play(session, step, voted);
            const state = session.service.get(session.sessionId)!.state;
            for (const round of [1, 2]) {
              expect(ballotsOfRound(state, round).length).toBeLessThanOrEqual(voted[round - 1]!.size);
            }
          }
          if (session.service.get(session.sessionId)!.state.round === 2) rounds += 1;
        } finally {
          session.close();
        }
      }),
      { numRuns: 120 },
    );
    // The runs must reach the final round too, or the property says little about it.
    console.log(`one ballot per person: ${rounds} of 120 runs reached the final round`);
    expect(rounds).toBeGreaterThan(3);
  });
});
