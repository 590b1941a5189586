import { RateLimiterMemory, RateLimiterRes, type RateLimiterAbstract } from 'rate-limiter-flexible';
import { DEFAULT_LIMITS, type LimitSettings } from './limit-settings.js';

export { DEFAULT_LIMITS, type LimitSettings };

export interface LimiterOptions {
  /** Keeps the counters of different limits apart in a shared store. */
  keyPrefix: string;
  points: number;
  /** Seconds before spent points come back; 0 = never (a count of things held open). */
  duration: number;
  blockDuration?: number;
}

/**
 * Makes one counter. The default keeps counters in this process's memory; several processes
 * would pass `(o) => new RateLimiterRedis({ storeClient, ...o })` so that they share budgets.
 */
export type LimiterFactory = (options: LimiterOptions) => RateLimiterAbstract;

export const memoryLimiters: LimiterFactory = (options) => new RateLimiterMemory(options);

/** Seconds until a refused key may try again (a store failure counts as a refusal). */
function retryAfter(rejection: unknown): number {
  return rejection instanceof RateLimiterRes ? Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) : 60;
}

/** Spends points; null when allowed, else the seconds to wait. */
async function spend(limiter: RateLimiterAbstract, key: string, points = 1): Promise<number | null> {
  try {
    await limiter.consume(key, points);
    return null;
  } catch (rejection) {
    return retryAfter(rejection);
  }
}

/** Seconds until the key's budget comes back, or null while it has points left. */
async function exhausted(limiters: RateLimiterAbstract[], key: string): Promise<number | null> {
  const states = await Promise.all(limiters.map((limiter) => limiter.get(key)));
  const spent = states.filter((res): res is RateLimiterRes => res !== null && res.remainingPoints <= 0);
  return spent.length === 0 ? null : Math.max(...spent.map((res) => Math.ceil(res.msBeforeNext / 1000)));
}

/**
 * The budgets that keep a script from costing everyone else: messages per connection, writes
 * per participant, failed lookups per address (codes) and per address and code (tokens),
 * sessions created per address and in total, and sockets per address.
 */
export class Limits {
  readonly settings: LimitSettings;
  private readonly messages: RateLimiterAbstract;
  private readonly writes: RateLimiterAbstract;
  private readonly codeFailures: RateLimiterAbstract[];
  private readonly tokenFailures: RateLimiterAbstract;
  private readonly sessionsByAddress: RateLimiterAbstract;
  private readonly sessions: RateLimiterAbstract;
  private readonly sockets: RateLimiterAbstract;
  /** Joins decided but not yet committed, per session: they hold a seat too. */
  private readonly seatsInFlight = new Map<string, number>();

  constructor(settings: Partial<LimitSettings> = {}, make: LimiterFactory = memoryLimiters) {
    const s = (this.settings = { ...DEFAULT_LIMITS, ...settings });
    this.messages = make({ keyPrefix: 'msg', points: s.messagesPerSecond, duration: 1 });
    this.writes = make({ keyPrefix: 'write', points: s.participantWritesPerMinute, duration: 60 });
    this.codeFailures = [
      make({ keyPrefix: 'miss-m', points: s.failuresPerMinute, duration: 60, blockDuration: 60 }),
      make({ keyPrefix: 'miss-h', points: s.failuresPerHour, duration: 3600, blockDuration: 3600 }),
    ];
    this.tokenFailures = make({ keyPrefix: 'badtoken', points: s.tokenFailuresPerMinute, duration: 60 });
    this.sessionsByAddress = make({ keyPrefix: 'create-a', points: s.sessionsPerAddressPerHour, duration: 3600 });
    this.sessions = make({ keyPrefix: 'create', points: s.sessionsPerHour, duration: 3600 });
    this.sockets = make({ keyPrefix: 'sock', points: s.socketsPerAddress, duration: 0 });
  }

  /** Spends one message of a connection's budget; the seconds to wait when it is spent. */
  spendMessage(socketId: string): Promise<number | null> {
    return spend(this.messages, socketId);
  }

  /** Spends one command of a participant's budget, shared by all their sockets. */
  spendWrite(sessionId: string, participantId: string): Promise<number | null> {
    return spend(this.writes, `${sessionId}:${participantId}`);
  }

  /** Seconds an address must wait before its next lookup by code, or null if it may try now. */
  codeLookupBlocked(address: string): Promise<number | null> {
    return exhausted(this.codeFailures, address);
  }

  /** Records a code that found no open session (join, display) against an address. */
  async recordCodeFailure(address: string): Promise<void> {
    await Promise.allSettled(this.codeFailures.map((limiter) => limiter.consume(address)));
  }

  /** Records a wrong token for one code from one address; the seconds to wait once over budget. */
  recordTokenFailure(address: string, code: string): Promise<number | null> {
    return spend(this.tokenFailures, `${address}|${code}`);
  }

  /** Spends one session creation of the address's and the server's budgets. */
  async spendSessionCreation(address: string): Promise<number | null> {
    return (await spend(this.sessionsByAddress, address)) ?? spend(this.sessions, 'all');
  }

  /** Takes a socket slot for an address; false when the address has too many open. */
  async openSocket(address: string): Promise<boolean> {
    if ((await spend(this.sockets, address)) === null) return true;
    // A refused consume still counted; this count never expires, so it is given back at once.
    await this.closeSocket(address);
    return false;
  }

  /** Gives back a slot taken by `openSocket`. */
  async closeSocket(address: string): Promise<void> {
    const left = await this.sockets.reward(address).catch(() => null);
    // This count never expires: an address with nothing open is dropped, so the map stays small.
    if (left !== null && left.consumedPoints <= 0) await this.sockets.delete(address).catch(() => false);
  }

  /** Holds a seat for a joiner while their join is committed; false when the session is full. */
  reserveSeat(sessionId: string, present: number): boolean {
    const inFlight = this.seatsInFlight.get(sessionId) ?? 0;
    if (present + inFlight >= this.settings.participantsPerSession) return false;
    this.seatsInFlight.set(sessionId, inFlight + 1);
    return true;
  }

  releaseSeat(sessionId: string): void {
    const left = (this.seatsInFlight.get(sessionId) ?? 1) - 1;
    if (left > 0) this.seatsInFlight.set(sessionId, left);
    else this.seatsInFlight.delete(sessionId);
  }

  forget(socketId: string): void {
    void this.messages.delete(socketId);
  }
}
