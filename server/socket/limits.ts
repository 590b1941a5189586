import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';

export interface LimitSettings {
  /** Messages one connection may send per second before it is refused. */
  messagesPerSecond: number;
  /** Failed joins or attaches one address may make per minute... */
  failuresPerMinute: number;
  /** ...and per hour: the longer block is the back-off for a persistent guesser. */
  failuresPerHour: number;
}

export const DEFAULT_LIMITS: LimitSettings = { messagesPerSecond: 20, failuresPerMinute: 10, failuresPerHour: 60 };

/** Seconds until a rejected key may try again. */
function retryAfter(rejection: unknown): number {
  return rejection instanceof RateLimiterRes ? Math.ceil(rejection.msBeforeNext / 1000) : 60;
}

/**
 * Per-connection message budget and per-address budget for failed room lookups, so that a
 * flooding client or a code guesser is slowed while everyone else is served as usual.
 */
export class Limits {
  private readonly messages: RateLimiterMemory;
  private readonly perMinute: RateLimiterMemory;
  private readonly perHour: RateLimiterMemory;

  constructor(settings: LimitSettings = DEFAULT_LIMITS) {
    this.messages = new RateLimiterMemory({ points: settings.messagesPerSecond, duration: 1 });
    this.perMinute = new RateLimiterMemory({ points: settings.failuresPerMinute, duration: 60, blockDuration: 60 });
    this.perHour = new RateLimiterMemory({ points: settings.failuresPerHour, duration: 3600, blockDuration: 3600 });
  }

  /** Spends one message of a connection's budget; the seconds to wait when it is spent. */
  async spendMessage(socketId: string): Promise<number | null> {
    try {
      await this.messages.consume(socketId);
      return null;
    } catch (rejection) {
      return retryAfter(rejection);
    }
  }

  /** Seconds an address must wait before its next room lookup, or null if it may try now. */
  async guessBlocked(address: string): Promise<number | null> {
    const [minute, hour] = await Promise.all([this.perMinute.get(address), this.perHour.get(address)]);
    const blocked = [minute, hour].filter((res) => res !== null && res.remainingPoints <= 0);
    if (blocked.length === 0) return null;
    return Math.max(...blocked.map((res) => Math.ceil((res as RateLimiterRes).msBeforeNext / 1000)));
  }

  /** Records a failed lookup (unknown code, wrong token) against an address. */
  async recordFailure(address: string): Promise<void> {
    await Promise.allSettled([this.perMinute.consume(address), this.perHour.consume(address)]);
  }

  forget(socketId: string): void {
    void this.messages.delete(socketId);
  }
}
