import { setTimeout as sleep } from 'node:timers/promises';
import { describeError, type Logger } from '../logger.js';
import type { SessionService } from '../sessions/session-service.js';
import { heartbeat, release, retire, takeOver } from '../store/postgres/leases.js';
import type { ClusterStore } from './cluster-store.js';

export interface OwnershipOptions {
  ownerId: string;
  /** How long a process stays owner without a heartbeat (the longest takeover after a crash). */
  leaseMs: number;
  heartbeatMs: number;
  log: Logger;
  /** Closes this process's sockets of a session, so their clients come back through the proxy. */
  dropSockets: (sessionId: string) => void;
  /** Asks the owner of a session to let it go (a room moved to this process, see release-bus.ts). */
  askRelease: (sessionId: string) => void;
}

export type OpenResult = 'ok' | 'none' | 'busy';

/**
 * One writer per session: this process takes a session over before serving it, keeps its lease
 * alive, and lets it go when another process has taken it (fenced write, heartbeat) or asks for it.
 */
export class Ownership {
  private readonly opening = new Map<string, Promise<OpenResult>>();
  private timer: NodeJS.Timeout | null = null;
  private service: SessionService | null = null;

  constructor(
    private readonly store: ClusterStore,
    private readonly options: OwnershipOptions,
  ) {
    store.onFenced = (ids) => void this.checkLost(ids);
  }

  /** Starts the heartbeat; resolves once this process is registered alive. */
  async start(service: SessionService): Promise<void> {
    this.service = service;
    await this.beat();
    this.timer = setInterval(() => void this.beat(), this.options.heartbeatMs);
    this.timer.unref();
  }

  /** Makes sure this process owns the session with this (normalised) code, taking it if it can. */
  open(code: string): Promise<OpenResult> {
    const id = this.store.codes.get(code);
    if (id !== undefined && this.store.epochs.has(id)) return Promise.resolve('ok');
    let pending = this.opening.get(code);
    if (!pending) {
      pending = this.take(code).finally(() => this.opening.delete(code));
      this.opening.set(code, pending);
    }
    return pending;
  }

  private async take(code: string): Promise<OpenResult> {
    const sessionId = await this.store.pg.idByCode(code);
    if (sessionId === null) return 'none';
    // A live owner gets its lease's length to answer a release request (or to be found dead).
    const deadline = Date.now() + this.options.leaseMs + 2 * this.options.heartbeatMs;
    for (let attempt = 0; ; attempt++) {
      const epoch = await takeOver(this.store.pg, sessionId, this.options.ownerId);
      if (epoch === 'none') return 'none';
      if (epoch !== 'busy') return this.loadTaken(sessionId, epoch);
      if (Date.now() > deadline) return 'busy';
      if (attempt % 10 === 0) this.options.askRelease(sessionId);
      await sleep(100);
    }
  }

  private async loadTaken(sessionId: string, epoch: number): Promise<OpenResult> {
    // Read after the epoch is raised: every write of the previous owner is in, or refused for good.
    const stored = await this.store.pg.loadOne(sessionId);
    if (!stored) return 'none';
    this.service?.forget(sessionId);
    this.store.own(stored, epoch);
    this.options.log.info('session taken over', { sessionId, epoch, version: stored.version });
    return 'ok';
  }

  /** Lets a session go because another process asked for it. */
  async handOver(sessionId: string): Promise<void> {
    if (!this.store.epochs.has(sessionId)) return;
    await this.service?.idle();
    this.letGo(sessionId);
    await release(this.store.pg, this.options.ownerId, [sessionId]);
    this.options.log.info('session handed over', { sessionId });
  }

  private letGo(sessionId: string): void {
    this.store.disown(sessionId);
    this.service?.forget(sessionId);
    this.options.dropSockets(sessionId);
  }

  private async checkLost(candidates: string[]): Promise<void> {
    try {
      const lost = await heartbeat(this.store.pg, this.options.ownerId, this.options.leaseMs, candidates);
      for (const sessionId of lost) this.lose(sessionId);
    } catch (error) {
      this.options.log.error('ownership check failed', describeError(error));
    }
  }

  private lose(sessionId: string): void {
    if (!this.store.epochs.has(sessionId)) return;
    this.letGo(sessionId);
    this.options.log.info('session lost to another process', { sessionId });
  }

  private async beat(): Promise<void> {
    const service = this.service;
    if (!service) return;
    const loaded = new Set(service.loadedIds());
    // Owned but no longer in memory (left when idle): free it for whoever needs it next.
    const idle = [...this.store.epochs.keys()].filter((id) => !loaded.has(id) && !this.store.isWarm(id));
    for (const id of idle) this.store.disown(id);
    // In memory but not owned (a session created here, or one just lost): drop the copy.
    for (const id of loaded) if (!this.store.epochs.has(id)) service.forget(id);
    try {
      await release(this.store.pg, this.options.ownerId, idle);
      const lost = await heartbeat(this.store.pg, this.options.ownerId, this.options.leaseMs, [
        ...this.store.epochs.keys(),
      ]);
      for (const sessionId of lost) this.lose(sessionId);
      await this.store.refreshCount();
    } catch (error) {
      this.options.log.error('heartbeat failed', describeError(error));
    }
  }

  /** Stops the heartbeat and lets every session go, so the others take them over at once. */
  async stop(): Promise<void> {
    if (this.timer) clearInterval(this.timer);
    this.timer = null;
    try {
      await retire(this.store.pg, this.options.ownerId);
    } catch (error) {
      this.options.log.error('could not release sessions on stop', describeError(error));
    }
  }
}
