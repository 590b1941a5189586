import { join, resolve } from 'node:path';
import { createApp } from './app.js';
import { consoleLogger as log } from './logger.js';
import { startRetention } from './sessions/retention.js';
import { SqliteStore } from './store/sqlite-store.js';

const started = performance.now();
const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const retentionDays = Number(process.env.RETENTION_DAYS ?? 30);
const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);
/** A stop that takes longer than this is cut short. */
const SHUTDOWN_DEADLINE_MS = 5000;

const store = new SqliteStore(join(dataDir, 'roundtable.sqlite'));
const app = createApp({ store, log, clientDir: resolve('dist/client'), allowedOrigins });
const stopRetention = startRetention(app.service, retentionDays, log);

// A deep accept queue: a room of 2,000 phones joining within a second overflows Node's default (511).
app.httpServer.listen({ port, backlog: 4096 }, () => {
  log.info('listening', {
    url: `http://localhost:${port}`,
    dataDir,
    sessions: app.service.sessionCount(),
    startupMs: Math.round(performance.now() - started),
  });
});

let stopping = false;
async function stop(signal: string): Promise<void> {
  if (stopping) return;
  stopping = true;
  log.info('stopping', { signal });
  setTimeout(() => {
    log.error('stop took too long; exiting');
    process.exit(1);
  }, SHUTDOWN_DEADLINE_MS).unref();
  stopRetention();
  await app.shutdown();
  store.close();
  log.info('stopped', { signal });
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
