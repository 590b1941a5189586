import type { Result } from '../../shared/session/result.js';
import type { Actor, Command, DecideContext } from '../../shared/session/commands.js';
import { decide } from '../../shared/session/decide.js';
import type { SessionEvent } from '../../shared/session/events.js';
import { emptyState, evolve, evolveAll } from '../../shared/session/evolve.js';
import { sessionSettingsSchema, type SessionSettingsInput } from '../../shared/session/settings.js';
import type { SessionState } from '../../shared/session/state.js';

function refuseWrite(): never {
  throw new TypeError('A state handed to decide or evolve was changed.');
}

function deepFreeze(value: unknown): void {
  if (value === null || typeof value !== 'object' || Object.isFrozen(value)) return;
  // Object.freeze leaves a Map's entries writable: its writers are replaced before it is frozen.
  if (value instanceof Map) {
    Object.assign(value, { set: refuseWrite, delete: refuseWrite, clear: refuseWrite });
    for (const inner of value.values()) deepFreeze(inner);
  }
  Object.freeze(value);
  for (const inner of Object.values(value)) deepFreeze(inner);
}

/** Drives the pure session machine in memory with deterministic ids, time and randomness. */
export class Machine {
  state: SessionState;
  now = 1_700_000_000_000;
  private ids = 0;
  private seed = 1;
  readonly log: SessionEvent[] = [];

  constructor(settings: SessionSettingsInput = {}) {
    this.state = evolve(emptyState(), {
      type: 'sessionCreated',
      id: 'session-1',
      code: 'ABCD2345',
      title: 'Shared goals',
      createdAt: this.now,
      settings: sessionSettingsSchema.parse(settings),
      organizations: [],
      facilitatorTokenHash: 'hash',
      ballotSalt: 'salt',
    });
  }

  context(actor: Actor): DecideContext {
    return {
      actor,
      now: this.now,
      newId: () => `id-${++this.ids}`,
      // A small linear congruential generator: repeatable, good enough to shuffle in tests.
      random: () => {
        this.seed = (this.seed * 1103515245 + 12345) % 2 ** 31;
        return this.seed / 2 ** 31;
      },
    };
  }

  /**
   * Decides and, when accepted, applies the events. The state is frozen first, so any test
   * through the machine fails if decide or evolve ever changes the state they are given.
   */
  run(command: Command, actor: Actor): Result<SessionEvent[]> {
    deepFreeze(this.state);
    const result = decide(this.state, command, this.context(actor));
    if (result.ok) {
      this.state = evolveAll(this.state, result.value);
      this.log.push(...result.value);
    }
    return result;
  }

  /** Like `run`, but throws when refused (for setting up a test). */
  must(command: Command, actor: Actor): SessionEvent[] {
    const result = this.run(command, actor);
    if (!result.ok) throw new Error(`${command.type} refused: ${result.error.code} ${result.error.message}`);
    return result.value;
  }

  join(name: string, organization: string | null = null): Actor & { role: 'participant' } {
    const events = this.must(
      { type: 'join', name, organization, tokenHash: `token-${name}`, joinKey: null, sealedToken: null },
      { role: 'joiner' },
    );
    const joined = events[0];
    if (joined?.type !== 'participantJoined') throw new Error('join did not record a participant');
    return {
      role: 'participant',
      participantId: joined.participantId,
      ballotKeys: [`1:ballot-${name}`, `2:ballot-${name}`],
      answerKeys: { forRound: (round) => `answer-${round}-${name}` },
    };
  }

  advance(): void {
    this.must({ type: 'advancePhase', from: this.state.phase }, FACILITATOR);
  }

  /** Adds an idea and returns its id. */
  addIdea(actor: Actor, text: string): string {
    const [added] = this.must({ type: 'addIdea', text }, actor);
    if (added?.type !== 'ideaAdded') throw new Error('no idea added');
    return added.ideaId;
  }
}

export const FACILITATOR: Actor = { role: 'facilitator' };
export const SYSTEM: Actor = { role: 'system' };

/** The error code of a refused result, or 'accepted'. */
export function outcome(result: Result<unknown>): string {
  return result.ok ? 'accepted' : result.error.code;
}
