import { join, resolve } from 'node:path';
import { createApp, type App } from './app.js';
import { clusterConfigFromEnv } from './cluster/cluster-config.js';
import type { Cluster } from './cluster/cluster-mode.js';
import { consoleLogger as log } from './logger.js';
import { startRetention } from './sessions/retention.js';
import { limitsFromEnv, trustProxyFromEnv, type LimitSettings } from './socket/limit-settings.js';
import type { EventStore } from './store/event-store.js';
import { SqliteStore } from './store/sqlite-store.js';

const started = performance.now();
const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const retentionDays = Number(process.env.RETENTION_DAYS ?? 30);
/** A session nobody is attached to leaves memory after this many seconds (it stays stored). */
const sessionIdleMs = Number(process.env.SESSION_IDLE_SECONDS ?? 600) * 1000;
const allowedOrigins = (process.env.ALLOWED_ORIGINS ?? '').split(',').filter(Boolean);
/** A stop that takes longer than this is cut short. */
const SHUTDOWN_DEADLINE_MS = 5000;
/** Exit code of a start refused for its configuration (bad setting, data directory not writable). */
const EXIT_CONFIG = 2;

/** One line saying what is wrong and what to do, then out: an operator needs no stack for this. */
function refuseToStart(message: string, context: Record<string, unknown>): never {
  log.error(message, context);
  process.exit(EXIT_CONFIG);
}

function reason(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  const text = error instanceof Error ? error.message : String(error);
  return typeof code === 'string' && !text.includes(code) ? `${code}: ${text}` : text;
}

function openStore(): SqliteStore {
  try {
    return new SqliteStore(join(dataDir, 'roundtable.sqlite'));
  } catch (error) {
    refuseToStart('cannot open the data directory for writing; set DATA_DIR to a writable directory', {
      dataDir,
      reason: reason(error),
    });
  }
}

function readLimits(): LimitSettings {
  try {
    return limitsFromEnv(process.env);
  } catch (error) {
    refuseToStart('invalid limit setting', { reason: reason(error) });
  }
}

/** With DATABASE_URL and REDIS_URL, one of several processes (docs/scaling.md); else SQLite alone. */
async function joinCluster(): Promise<Cluster | null> {
  try {
    const config = clusterConfigFromEnv(process.env);
    if (!config) return null;
    // Loaded only here: the embedded default never evaluates the PostgreSQL and Redis clients.
    const { openCluster } = await import('./cluster/cluster-mode.js');
    return await openCluster(config, log);
  } catch (error) {
    refuseToStart('cannot join the cluster; check DATABASE_URL and REDIS_URL', { reason: reason(error) });
  }
}

const limits = readLimits();
const trustProxy = trustProxyFromEnv(process.env.TRUST_PROXY);
const cluster = await joinCluster();
const store: EventStore = cluster?.store ?? openStore();
const app: App = createApp({
  ...(cluster ? { limiters: cluster.limiters, cluster: cluster.cluster } : {}),
  store,
  log,
  clientDir: resolve('dist/client'),
  allowedOrigins,
  limits,
  trustProxy,
  sessionIdleMs,
});
await cluster?.start(app);
const stopRetention = startRetention(app.service, retentionDays, log);

app.httpServer.once('error', (error) => refuseToStart('cannot listen', { port, reason: reason(error) }));
// A deep accept queue: a room of 2,000 phones joining within a second overflows Node's default (511).
app.httpServer.listen({ port, backlog: 4096 }, () => {
  log.info('listening', {
    url: `http://localhost:${port}`,
    ...(cluster ? { cluster: true } : { dataDir }),
    sessions: app.service.sessionCount(),
    loaded: app.service.loadedCount(),
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
  await cluster?.stop();
  await store.close();
  log.info('stopped', { signal });
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
