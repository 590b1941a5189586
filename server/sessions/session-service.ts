import { err, ok, type Result } from '../../shared/session/result.js';
import type { Actor, Command, DecideContext } from '../../shared/session/commands.js';
import { decide } from '../../shared/session/decide.js';
import type { SeedIdea, SessionEvent } from '../../shared/session/events.js';
import { applyEvents, emptyState, evolve } from '../../shared/session/evolve.js';
import { StateDraft } from '../../shared/session/state-draft.js';
import type { SessionSettings } from '../../shared/session/settings.js';
import type { SessionState } from '../../shared/session/state.js';
import { nextTimerEnd } from '../../shared/session/tables/table-timers.js';
import type { EventStore, SessionChange, StoredSession } from '../store/event-store.js';
import { closesVoting, toChange, type Answer, type Draft, type Health, type Pending } from './batch.js';
import { COMMIT_WINDOW_MS, CommitPacer } from './commit-pacer.js';
import { FAILURE_MESSAGES, StoreWriter, type Failure } from './store-writer.js';

export type { Health };
import { describeError, type Logger } from '../logger.js';
import { hashToken, newId, newRoomCode, newSalt, newToken } from './secrets.js';
import { PhaseTimers } from './phase-timers.js';
import { changeNotices, type ChangeNotice } from './change-notices.js';
import { SessionCache, type LiveSession } from './session-cache.js';

export type { ChangeNotice };

export type { LiveSession };

/** A batch decided on drafts, waiting for its commit. */
interface Decided {
  drafts: Map<string, Draft>;
  changes: SessionChange[];
  answers: Answer[];
}

export interface SessionServiceDeps {
  store: EventStore;
  log: Logger;
  now?: () => number;
  /**
   * See CommitPacer; 0 commits every batch at once. A test that plays thousands of commands one
   * after another, from several people in turn, would otherwise wait a window at most of them.
   */
  commitWindowMs?: number;
}

function secureRandom(): number {
  return crypto.getRandomValues(new Uint32Array(1))[0]! / 2 ** 32;
}

/** Who sent a command, as far as pacing commits goes: each joiner counts as someone new. */
function senderOf(sessionId: string, actor: Actor, commandKey: string | null): string {
  const who = actor.role === 'participant' ? actor.participantId : actor.role === 'joiner' ? commandKey : null;
  return `${sessionId} ${actor.role} ${who ?? ''}`;
}

/**
 * Owns every live session. Commands are queued and applied one at a time per session; all the
 * commands queued in one turn of the event loop (or, while people act at once, in one commit
 * window: see CommitPacer) are committed in a single transaction (group commit), and only then
 * acknowledged and shown to anyone.
 */
export class SessionService {
  private readonly sessions: SessionCache;
  private queue: Pending[] = [];
  private drainScheduled = false;
  /** A batch is being committed (a networked store): the next one waits for it. */
  private inFlight = false;
  private stopping = false;
  private idleWaiters: (() => void)[] = [];
  private readonly timers: PhaseTimers;
  private readonly now: () => number;
  private readonly listeners: ((notice: ChangeNotice) => void)[] = [];
  private readonly writer: StoreWriter;
  private readonly pacer: CommitPacer;

  constructor(private readonly deps: SessionServiceDeps) {
    this.now = deps.now ?? Date.now;
    this.timers = new PhaseTimers(this.now, (sessionId) => {
      void this.execute(sessionId, { role: 'system' }, { type: 'expireTimer' }, null);
    });
    this.writer = new StoreWriter(deps.store, deps.log);
    this.pacer = new CommitPacer(deps.commitWindowMs ?? COMMIT_WINDOW_MS);
    this.sessions = new SessionCache(deps.store, this.now, (id, live, stored) => this.loaded(id, live, stored));
  }

  /** Arms a session's timer as it comes into memory, and corrects the store's index of deadlines. */
  private loaded(sessionId: string, live: LiveSession, stored: StoredSession): void {
    const deadline = nextTimerEnd(live.state);
    this.timers.schedule(sessionId, deadline);
    if (stored.timerEndsAt === deadline) return;
    const change = { sessionId, version: live.version, events: [], ballots: [], commandKey: null };
    // Only an index: if it is not written, the next change of the session writes it.
    void this.writer.commit([{ ...change, timerEndsAt: deadline }]);
  }

  /** Calls `listener` after every committed batch, once per changed session. */
  onChange(listener: (notice: ChangeNotice) => void): void {
    this.listeners.push(listener);
  }

  /**
   * Loads the sessions whose phase timer runs, so that it fires on time; every other session is
   * loaded on first use. Returns how many were loaded.
   */
  load(): number {
    for (const sessionId of this.deps.store.timedSessionIds()) this.sessions.get(sessionId);
    return this.sessions.size();
  }

  /** How many sessions are stored. */
  sessionCount(): number {
    return this.deps.store.sessionCount();
  }

  /** How many sessions are in memory. */
  loadedCount(): number {
    return this.sessions.size();
  }

  get(sessionId: string): LiveSession | undefined {
    return this.sessions.get(sessionId);
  }

  findByCode(code: string): LiveSession | undefined {
    return this.sessions.findByCode(code);
  }

  /**
   * Drops from memory the sessions that are finished or unused for `idleMs`, unless `attached`
   * says someone is there, a command for them is queued or their timer runs. Returns their ids.
   */
  evictIdle(idleMs: number, attached: (sessionId: string) => boolean): string[] {
    const queued = new Set(this.queue.map((item) => item.sessionId));
    const keep = (id: string) => attached(id) || queued.has(id) || this.timers.has(id);
    return this.sessions.evictIdle(idleMs, keep);
  }

  /** Opens a new session and returns its code and the facilitator's token (shown once). */
  async create(input: {
    title: string;
    settings: SessionSettings;
    organizations: string[];
    seeds?: SeedIdea[];
  }): Promise<{
    sessionId: string;
    code: string;
    facilitatorToken: string;
  }> {
    let code = newRoomCode();
    while (await this.deps.store.codeInUse(code)) code = newRoomCode();
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
    const created = [{ sessionId: event.id, version: 1, events: [event], ballots: [], commandKey: null }];
    if ((await this.writer.commit(created)) !== null) throw new Error('The new session could not be saved.');
    this.sessions.add(event.id, { state: evolve(emptyState(), event), version: 1, commandKeys: new Set() });
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
    this.pacer.arrived(senderOf(sessionId, actor, commandKey));
    return new Promise((resolve) => {
      this.queue.push({ sessionId, actor, command, commandKey, resolve });
      this.scheduleDrain();
    });
  }

  private scheduleDrain(): void {
    if (this.drainScheduled || this.inFlight || this.queue.length === 0) return;
    this.drainScheduled = true;
    const wait = this.pacer.delay();
    if (wait > 0) setTimeout(() => this.drain(), wait);
    else setImmediate(() => this.drain());
  }

  private context(actor: Actor): DecideContext {
    return { actor, now: this.now(), newId, random: secureRandom };
  }

  private drain(): void {
    this.drainScheduled = false;
    this.pacer.committing();
    const batch = this.queue;
    this.queue = [];
    const committing = this.applyBatch(batch);
    if (committing) {
      // A networked store: commands arriving meanwhile form the next batch (group commit).
      this.inFlight = true;
      void committing.then(() => {
        this.inFlight = false;
        this.afterDrain();
      });
      return;
    }
    this.afterDrain();
  }

  private afterDrain(): void {
    this.scheduleDrain();
    if (this.drainScheduled || this.inFlight) return;
    const waiters = this.idleWaiters;
    this.idleWaiters = [];
    for (const wake of waiters) wake();
  }

  /** Resolves once every queued command has been committed and answered. */
  idle(): Promise<void> {
    if (!this.drainScheduled && !this.inFlight) return Promise.resolve();
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
    if (!(await this.deps.store.deleteSession(sessionId))) return false;
    this.writer.compact();
    this.sessions.remove(sessionId);
    this.timers.schedule(sessionId, null);
    this.deps.log.info('session deleted', { sessionId });
    for (const listener of this.listeners) {
      listener({ sessionId, privateFor: new Set(), removed: [], commands: 1, deleted: true });
    }
    return true;
  }

  /** Deletes every session created more than `maxAgeMs` ago; returns how many. */
  async purgeOlderThan(maxAgeMs: number): Promise<number> {
    const old = await this.deps.store.createdBefore(this.now() - maxAgeMs);
    let deleted = 0;
    for (const sessionId of old) if (await this.delete(sessionId)) deleted += 1;
    return deleted;
  }

  /** Decides a batch and commits it; returns a promise when the store answers later. */
  private applyBatch(batch: Pending[]): Promise<void> | undefined {
    const decided = this.decideBatch(batch);
    const saved = this.writer.commit(decided.changes);
    if (saved === null || typeof saved === 'string') {
      this.settle(decided, saved);
      return undefined;
    }
    return saved.then((failure) => this.settle(decided, failure));
  }

  private decideBatch(batch: Pending[]): Decided {
    // Drafts per session for this batch; the live sessions change only once the batch is committed.
    const drafts = new Map<string, Draft>();
    const changes: SessionChange[] = [];
    const answers: Answer[] = [];
    for (const item of batch) {
      const live = this.sessions.get(item.sessionId);
      if (!live) {
        answers.push({ item, result: err('NOT_FOUND', 'No such session.'), settled: true });
        continue;
      }
      const draft = drafts.get(item.sessionId) ?? {
        state: new StateDraft(live.state),
        version: live.version,
        keys: [],
      };
      const key = item.commandKey;
      if (key !== null && (live.commandKeys.has(key) || draft.keys.includes(key))) {
        answers.push({ item, result: ok([]), settled: live.commandKeys.has(key) });
        continue;
      }
      const result = this.decideSafely(draft.state.current, item);
      answers.push({ item, result, settled: false });
      if (!result.ok || result.value.length === 0) continue;
      applyEvents(draft.state, result.value);
      draft.version += 1;
      if (key !== null) draft.keys.push(key);
      drafts.set(item.sessionId, draft);
      changes.push(toChange(item.sessionId, draft.version, result.value, key, nextTimerEnd(draft.state.current)));
    }
    return { drafts, changes, answers };
  }

  /** Answers a decided batch once the store has kept it (failure null) or not. */
  private settle({ drafts, changes, answers }: Decided, failure: Failure | null): void {
    if (failure !== null) {
      // Every answer about a session this batch changed was decided on changes now lost: a
      // duplicate "already applied", a no-op, even a refusal. Only a retry can tell, so say so.
      for (const { item, result, settled } of answers) {
        const lost = !settled && drafts.has(item.sessionId);
        item.resolve(lost ? err(failure, FAILURE_MESSAGES[failure]) : result);
      }
      return;
    }
    for (const [sessionId, draft] of drafts) {
      // Left memory while its batch was being committed (a networked store): the store has it.
      const live = this.sessions.peek(sessionId);
      if (!live) continue;
      live.state = draft.state.current;
      live.version = draft.version;
      for (const key of draft.keys) live.commandKeys.add(key);
      this.timers.schedule(sessionId, nextTimerEnd(live.state));
    }
    for (const { item, result } of answers) item.resolve(result);
    if (closesVoting(changes)) this.writer.compact();
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

  /** Degraded after several commits failed in a row; healthy again after one succeeds. */
  health(): Health {
    return this.writer.health();
  }

  /** Drops a session from memory without touching the store (another process now owns it). */
  forget(sessionId: string): void {
    this.sessions.remove(sessionId);
    this.timers.schedule(sessionId, null);
  }

  /** Ids of the sessions in memory. */
  loadedIds(): string[] {
    return this.sessions.ids();
  }

  /** Stops the phase timers; the store is closed by its owner. */
  close(): void {
    this.timers.clearAll();
  }
}
