import { freePort, startPostgres, startRedis, stopPid, type Postgres, type Redis } from './engines.js';
import { startNginx, type Nginx } from './nginx.js';
import { startServerProcess, type ServerProcess } from './server-process.js';

export interface LocalCluster {
  postgres: Postgres;
  redis: Redis;
  nginx: Nginx;
  servers: ServerProcess[];
  /** The proxy's URL: what browsers and phones open. */
  url: string;
  env: Record<string, string>;
  /** Starts one more process and puts it behind the proxy. */
  addServer(): Promise<ServerProcess>;
  /** Starts a process again on the port of one that stopped. */
  restartServer(index: number): Promise<ServerProcess>;
  /** Stops everything by pid (servers, proxy, Redis, PostgreSQL) and deletes their directories. */
  stop(): Promise<void>;
}

export interface ClusterOptions {
  processes?: number;
  leaseMs?: number;
  /** Extra environment of every server process. */
  env?: Record<string, string>;
  /** How to run the server (default: TypeScript through tsx). */
  entry?: string[];
}

/** PostgreSQL, Redis, nginx and `processes` server processes, each on a free port. */
export async function startLocalCluster(options: ClusterOptions = {}): Promise<LocalCluster> {
  const [postgres, redis] = await Promise.all([startPostgres(), startRedis()]);
  const env = {
    DATABASE_URL: postgres.url,
    REDIS_URL: redis.url,
    LEASE_MS: String(options.leaseMs ?? 3000),
    TRUST_PROXY: 'loopback',
    ...options.env,
  };
  const ports = await Promise.all(Array.from({ length: options.processes ?? 3 }, () => freePort()));
  const started = await Promise.allSettled(ports.map((port) => startServerProcess(port, env, options.entry)));
  const servers = started.flatMap((result) => (result.status === 'fulfilled' ? [result.value] : []));
  const failed = started.find((result) => result.status === 'rejected');
  if (failed) {
    // Nothing may outlive a failed start: the servers that did start, Redis and PostgreSQL.
    await Promise.all(servers.map((server) => stopPid(server.pid)));
    await redis.stop();
    await postgres.remove();
    throw failed.reason;
  }
  const nginx = await startNginx(await freePort(), ports);
  const cluster: LocalCluster = {
    postgres,
    redis,
    nginx,
    servers,
    url: nginx.url,
    env,
    addServer: async () => {
      const server = await startServerProcess(await freePort(), env, options.entry);
      servers.push(server);
      await nginx.reload(servers.map((s) => s.port));
      return server;
    },
    restartServer: async (index) => {
      const old = servers[index]!;
      const server = await startServerProcess(old.port, env, options.entry);
      servers[index] = server;
      return server;
    },
    stop: async () => {
      await Promise.all(servers.map((server) => stopPid(server.pid, 'SIGTERM')));
      await nginx.stop();
      await redis.stop();
      await postgres.remove();
    },
  };
  return cluster;
}
