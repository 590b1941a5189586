import { describeError, type Logger } from '../logger.js';
import type { SessionService } from './session-service.js';

const DAY_MS = 24 * 60 * 60 * 1000;
const HOUR_MS = 60 * 60 * 1000;

/**
 * Deletes sessions older than `days`, now and every hour after; returns a function that stops it.
 * Workshop data is personal data, so it is not kept longer than it is useful.
 */
export function startRetention(service: SessionService, days: number, log: Logger): () => void {
  const purge = () => {
    service.purgeOlderThan(days * DAY_MS).then(
      (count) => count > 0 && log.info('purged old sessions', { count, days }),
      (error: unknown) => log.error('purge failed', describeError(error)),
    );
  };
  purge();
  const handle = setInterval(purge, HOUR_MS);
  handle.unref();
  return () => clearInterval(handle);
}
