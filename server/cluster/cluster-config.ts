/**
 * Whether this process is one of several, read from the environment. Kept apart from
 * cluster-mode.ts, which brings in PostgreSQL's and Redis's clients: a start on the embedded
 * default reads this and never loads them (evaluating them took about 50 ms of every start).
 */
export interface ClusterConfig {
  databaseUrl: string;
  redisUrl: string;
  /** Longest time a dead process keeps its sessions (a takeover waits for it). */
  leaseMs: number;
  heartbeatMs: number;
}

/** Cluster mode is on when DATABASE_URL is set; REDIS_URL is then required. */
export function clusterConfigFromEnv(env: NodeJS.ProcessEnv): ClusterConfig | null {
  if (!env.DATABASE_URL) return null;
  if (!env.REDIS_URL) throw new Error('REDIS_URL must be set with DATABASE_URL (cluster mode)');
  const leaseMs = Number(env.LEASE_MS ?? 5000);
  if (!Number.isInteger(leaseMs) || leaseMs < 500) throw new Error('LEASE_MS must be an integer of at least 500');
  return { databaseUrl: env.DATABASE_URL, redisUrl: env.REDIS_URL, leaseMs, heartbeatMs: Math.round(leaseMs / 3) };
}
