import type { Logger } from '../logger.js';
import type { SessionService } from './session-service.js';

/** How long a session nobody is attached to stays in memory, by default. */
export const DEFAULT_IDLE_MS = 10 * 60 * 1000;
/** The sweep runs at least this often, so an idle session leaves memory within about a minute. */
const LONGEST_SWEEP_MS = 60 * 1000;

/**
 * Drops idle sessions from memory every so often (see SessionService.evictIdle); `attached` tells
 * whether sockets are there and `dropped` is told which went, so views kept for them go too.
 * Returns a function that stops it.
 */
export function startEviction(
  service: SessionService,
  options: { idleMs: number; attached: (sessionId: string) => boolean; dropped: (sessionId: string) => void },
  log: Logger,
): () => void {
  const sweep = () => {
    const evicted = service.evictIdle(options.idleMs, options.attached);
    for (const sessionId of evicted) options.dropped(sessionId);
    if (evicted.length > 0) log.info('sessions left memory', { count: evicted.length, loaded: service.loadedCount() });
  };
  const handle = setInterval(sweep, Math.max(10, Math.min(options.idleMs, LONGEST_SWEEP_MS)));
  handle.unref();
  return () => clearInterval(handle);
}
