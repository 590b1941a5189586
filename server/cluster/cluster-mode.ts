import { createAdapter } from '@socket.io/redis-streams-adapter';
import { randomUUID } from 'node:crypto';
import { createClient } from 'redis';
import { RateLimiterMemory, RateLimiterRedis } from 'rate-limiter-flexible';
import type { App, AppDeps } from '../app.js';
import { describeError, type Logger } from '../logger.js';
import type { LimiterFactory } from '../socket/limits.js';
import { PgStore } from '../store/postgres/pg-store.js';
import type { ClusterConfig } from './cluster-config.js';
import { ClusterStore } from './cluster-store.js';
import { Ownership } from './ownership.js';

const RELEASE_CHANNEL = 'roundtable:release';

export interface Cluster {
  store: ClusterStore;
  limiters: LimiterFactory;
  cluster: NonNullable<AppDeps['cluster']>;
  /** Starts owning sessions for this app (its sockets are closed when a session moves away). */
  start(app: App): Promise<void>;
  /** Lets every session go and closes the connections (the store is closed by its owner). */
  stop(): Promise<void>;
}

function newRedisClient(url: string) {
  return createClient({ url });
}
type RedisClient = ReturnType<typeof newRedisClient>;

/** At start, an unreachable Redis refuses the start rather than retrying forever (later, it retries). */
const REDIS_START_TIMEOUT_MS = 10_000;

async function connectWithin(client: RedisClient, ms: number): Promise<void> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`Redis did not answer within ${ms / 1000} s`)), ms);
  });
  try {
    await Promise.race([client.connect(), late]);
  } finally {
    clearTimeout(timer);
  }
}

async function connectRedis(url: string, log: Logger): Promise<{ redis: RedisClient; subscriber: RedisClient }> {
  const redis = newRedisClient(url);
  // Without a listener an 'error' (Redis restarting) would end the process; the client reconnects by itself.
  redis.on('error', (error: unknown) => log.error('redis error', describeError(error)));
  await connectWithin(redis, REDIS_START_TIMEOUT_MS);
  const subscriber = redis.duplicate();
  subscriber.on('error', (error: unknown) => log.error('redis error', describeError(error)));
  await connectWithin(subscriber, REDIS_START_TIMEOUT_MS);
  return { redis, subscriber };
}

/** Shared budgets; while Redis is unreachable each process counts alone rather than refusing all. */
function redisLimiters(redis: RedisClient): LimiterFactory {
  return (options) =>
    new RateLimiterRedis({
      storeClient: redis,
      useRedisPackage: true,
      rejectIfRedisNotReady: true,
      insuranceLimiter: new RateLimiterMemory(options),
      ...options,
      keyPrefix: `rl:${options.keyPrefix}`,
    });
}

/** Closes this process's sockets of a session, so their clients reconnect through the proxy. */
function socketDropper(app: () => App | null) {
  return (sessionId: string) => {
    // Closing the transport (not the socket) lets the client reconnect on its own.
    for (const socket of app()?.io.of('/').sockets.values() ?? []) {
      if (socket.data.sessionId === sessionId) socket.conn.close();
    }
  };
}

/** Opens PostgreSQL and Redis and builds what createApp needs to be one of several processes. */
export async function openCluster(config: ClusterConfig, log: Logger): Promise<Cluster> {
  const pg = await PgStore.open(config.databaseUrl, {
    onPoolError: (error) => log.error('database connection lost', describeError(error)),
  });
  const store = new ClusterStore(pg);
  const { redis, subscriber } = await connectRedis(config.redisUrl, log);
  let app: App | null = null;
  const ownerId = randomUUID();
  const ownership = new Ownership(store, {
    ownerId,
    leaseMs: config.leaseMs,
    heartbeatMs: config.heartbeatMs,
    log,
    dropSockets: socketDropper(() => app),
    askRelease: (sessionId) => void redis.publish(RELEASE_CHANNEL, sessionId).catch(() => {}),
  });
  await subscriber.subscribe(RELEASE_CHANNEL, (sessionId) => void ownership.handOver(sessionId));
  return {
    store,
    limiters: redisLimiters(redis),
    cluster: { adapter: createAdapter(redis), gate: ownership },
    start: async (started) => {
      app = started;
      await ownership.start(started.service);
      log.info('cluster member', { ownerId, leaseMs: config.leaseMs });
    },
    stop: async () => {
      await ownership.stop();
      await subscriber.quit().catch(() => {});
      await redis.quit().catch(() => {});
    },
  };
}
