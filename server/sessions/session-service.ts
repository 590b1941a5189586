import { err, ok, type Result } from '../../shared/session/result.js';
import type { Actor, Command, DecideContext } from '../../shared/session/commands.js';
import { decide } from '../../shared/session/decide.js';
import { isSecretEvent, type SeedIdea, type SessionEvent } from '../../shared/session/events.js';
import { applyEvents, emptyState, evolve, evolveAll } from '../../shared/session/evolve.js';
import { StateDraft } from '../../shared/session/state-draft.js';
import type { SessionSettings } from '../../shared/session/settings.js';
import type { SessionState } from '../../shared/session/state.js';
import type { EventStore, SessionChange } from '../store/event-store.js';
import { describeError, type Logger } from '../logger.js';
import { hashToken, newId, newRoomCode, newSalt, newToken } from './secrets.js';
import { PhaseTimers } from './phase-timers.js';
import { changeNotices, type ChangeNotice } from './change-notices.js';

export type { ChangeNotice };

export interface LiveSession {
  state: SessionState;
  /** Goes up by one with every accepted change; survives restarts. */
  version: number;
  /** Keys of commands already applied, so a retried command is applied once. */
  commandKeys: Set<string>;
}

export interface SessionServiceDeps {
  store: EventStore;
  log: Logger;
  now?: () => number;
}

/**
 * A session within one batch, before it is committed: every command of the batch is decided on
 * and applied to one draft, so a burst of ballots copies the ballot map once, not once each.
 */
interface Draft {
  state: StateDraft;
  version: number;
  /** Command keys applied in this batch. */
  keys: string[];
}

interface Answer {
  item: Pending;
  result: Result<SessionEvent[]>;
}

/** What the store keeps of one accepted command: public events, and ballots apart. */
function toChange(
  sessionId: string,
  version: number,
  events: SessionEvent[],
  commandKey: string | null,
): SessionChange {
  return {
    sessionId,
    version,
    events: events.filter((e) => !isSecretEvent(e)),
    ballots: events
      .filter(isSecretEvent)
      .map(({ ballotKey, ranking, organization }) => ({ ballotKey, ranking, organization })),
    commandKey,
  };
}

interface Pending {
  sessionId: string;
  actor: Actor;
  command: Command;
  commandKey: string | null;
  resolve: (result: Result<SessionEvent[]>) => void;
}

function secureRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

/**
 * Owns every live session. Commands are queued and applied one at a time per session; all the
 * commands queued in one turn of the event loop are committed in a single transaction (group
 * commit), and only then acknowledged and shown to anyone.
 */
export class SessionService {
  private readonly sessions = new Map<string, LiveSession>();
  private readonly byCode = new Map<string, string>();
  private queue: Pending[] = [];
  private drainScheduled = false;
  private stopping = false;
  private idleWaiters: (() => void)[] = [];
  private readonly timers: PhaseTimers;
  private readonly now: () => number;
  private readonly listeners: ((notice: ChangeNotice) => void)[] = [];

  constructor(private readonly deps: SessionServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.timers = new PhaseTimers(this.now, (sessionId) => {
      void this.execute(sessionId, { role: 'system' }, { type: 'expireTimer' }, null);
    });
  }

  /** Calls `listener` after every committed batch, once per changed session. */
  onChange(listener: (notice: ChangeNotice) => void): void {
    this.listeners.push(listener);
  }

  /** Rebuilds every session from the store; returns how many. */
  load(): number {
    for (const stored of this.deps.store.loadAll()) {
      const ballots = stored.ballots.map((ballot): SessionEvent => ({ type: 'ballotCast', ...ballot }));
      const state = evolveAll(emptyState(), [...stored.events, ...ballots]);
      this.sessions.set(stored.sessionId, {
        state,
        version: stored.version,
        commandKeys: new Set(stored.commandKeys),
      });
      this.byCode.set(state.code, stored.sessionId);
      this.timers.schedule(stored.sessionId, state.timer);
    }
    return this.sessions.size;
  }

  sessionCount(): number {
    return this.sessions.size;
  }

  get(sessionId: string): LiveSession | undefined {
    return this.sessions.get(sessionId);
  }

  findByCode(code: string): LiveSession | undefined {
    const id = this.byCode.get(code);
    return id === undefined ? undefined : this.sessions.get(id);
  }

  /** Opens a new session and returns its code and the facilitator's token (shown once). */
  create(input: { title: string; settings: SessionSettings; organizations: string[]; seeds?: SeedIdea[] }): {
    sessionId: string;
    code: string;
    facilitatorToken: string;
  } {
    let code = newRoomCode();
    while (this.byCode.has(code) || this.deps.store.codeInUse(code)) code = newRoomCode();
    const facilitatorToken = newToken();
    const event: SessionEvent = {
      type: 'sessionCreated',
      id: newId(),
      code,
      title: input.title,
      createdAt: this.now(),
      settings: input.settings,
      organizations: input.organizations,
      facilitatorTokenHash: hashToken(facilitatorToken),
      ballotSalt: newSalt(),
      ...(input.seeds && input.seeds.length > 0 ? { seeds: input.seeds } : {}),
    };
    this.deps.store.commit([{ sessionId: event.id, version: 1, events: [event], ballots: [], commandKey: null }]);
    this.sessions.set(event.id, { state: evolve(emptyState(), event), version: 1, commandKeys: new Set() });
    this.byCode.set(code, event.id);
    this.deps.log.info('session created', { sessionId: event.id, code });
    return { sessionId: event.id, code, facilitatorToken };
  }

  /**
   * Queues a command. The promise settles once its events are committed (or it is refused). A
   * command whose key was already applied is acknowledged again without being applied twice.
   */
  execute(
    sessionId: string,
    actor: Actor,
    command: Command,
    commandKey: string | null,
  ): Promise<Result<SessionEvent[]>> {
    if (this.stopping) return Promise.resolve(err('UNAVAILABLE', 'The server is restarting; retry in a moment.'));
    return new Promise((resolve) => {
      this.queue.push({ sessionId, actor, command, commandKey, resolve });
      if (!this.drainScheduled) {
        this.drainScheduled = true;
        setImmediate(() => this.drain());
      }
    });
  }

  private context(actor: Actor): DecideContext {
    return { actor, now: this.now(), newId, random: secureRandom };
  }

  private drain(): void {
    this.drainScheduled = false;
    const batch = this.queue;
    this.queue = [];
    this.applyBatch(batch);
    if (!this.drainScheduled) {
      const waiters = this.idleWaiters;
      this.idleWaiters = [];
      for (const wake of waiters) wake();
    }
  }

  /** Resolves once every queued command has been committed and answered. */
  idle(): Promise<void> {
    if (!this.drainScheduled) return Promise.resolve();
    return new Promise((resolve) => this.idleWaiters.push(resolve));
  }

  /** Refuses new commands from now on (UNAVAILABLE) and waits for those in flight. */
  async stopAccepting(): Promise<void> {
    this.stopping = true;
    await this.idle();
  }

  /** Deletes a session and everything in it, after the commands already queued. */
  async delete(sessionId: string): Promise<boolean> {
    await this.idle();
    const live = this.sessions.get(sessionId);
    if (!live) return false;
    this.deps.store.deleteSession(sessionId);
    this.sessions.delete(sessionId);
    this.byCode.delete(live.state.code);
    this.timers.schedule(sessionId, null);
    this.deps.log.info('session deleted', { sessionId });
    for (const listener of this.listeners) {
      listener({ sessionId, privateFor: new Set(), removed: [], deleted: true });
    }
    return true;
  }

  /** Deletes every session created more than `maxAgeMs` ago; returns how many. */
  async purgeOlderThan(maxAgeMs: number): Promise<number> {
    const cutoff = this.now() - maxAgeMs;
    const old = [...this.sessions.values()].filter((live) => live.state.createdAt < cutoff);
    for (const live of old) await this.delete(live.state.id);
    return old.length;
  }

  private applyBatch(batch: Pending[]): void {
    // Drafts per session for this batch; the live sessions change only once the batch is committed.
    const drafts = new Map<string, Draft>();
    const changes: SessionChange[] = [];
    const answers: Answer[] = [];
    for (const item of batch) {
      const live = this.sessions.get(item.sessionId);
      if (!live) {
        answers.push({ item, result: err('NOT_FOUND', 'No such session.') });
        continue;
      }
      const draft = drafts.get(item.sessionId) ?? {
        state: new StateDraft(live.state),
        version: live.version,
        keys: [],
      };
      const key = item.commandKey;
      if (key !== null && (live.commandKeys.has(key) || draft.keys.includes(key))) {
        answers.push({ item, result: ok([]) });
        continue;
      }
      const result = this.decideSafely(draft.state.current, item);
      answers.push({ item, result });
      if (!result.ok || result.value.length === 0) continue;
      applyEvents(draft.state, result.value);
      draft.version += 1;
      if (key !== null) draft.keys.push(key);
      drafts.set(item.sessionId, draft);
      changes.push(toChange(item.sessionId, draft.version, result.value, key));
    }
    if (!this.commit(changes)) {
      for (const { item, result } of answers) {
        item.resolve(result.ok && result.value.length > 0 ? err('INTERNAL', 'The change could not be saved.') : result);
      }
      return;
    }
    for (const [sessionId, draft] of drafts) {
      const live = this.sessions.get(sessionId) as LiveSession;
      live.state = draft.state.current;
      live.version = draft.version;
      for (const key of draft.keys) live.commandKeys.add(key);
      this.timers.schedule(sessionId, live.state.timer);
    }
    for (const { item, result } of answers) item.resolve(result);
    const states = new Map([...drafts].map(([id, draft]) => [id, draft.state.current]));
    const accepted = answers.flatMap(({ item, result }) =>
      result.ok && result.value.length > 0
        ? [{ sessionId: item.sessionId, actor: item.actor, events: result.value }]
        : [],
    );
    for (const notice of changeNotices(states, accepted)) for (const listener of this.listeners) listener(notice);
  }

  private decideSafely(state: SessionState, item: Pending): Result<SessionEvent[]> {
    try {
      return decide(state, item.command, this.context(item.actor));
    } catch (error) {
      this.deps.log.error('decide failed', {
        sessionId: item.sessionId,
        command: item.command.type,
        ...describeError(error),
      });
      return err('INTERNAL', 'Something went wrong on the server.');
    }
  }

  private commit(changes: SessionChange[]): boolean {
    if (changes.length === 0) return true;
    try {
      this.deps.store.commit(changes);
      return true;
    } catch (error) {
      this.deps.log.error('commit failed', { changes: changes.length, ...describeError(error) });
      return false;
    }
  }

  /** Stops the phase timers; the store is closed by its owner. */
  close(): void {
    this.timers.clearAll();
  }
}
