import { execFileSync, spawnSync } from 'node:child_process';
import { startLocalCluster, type LocalCluster } from '../scripts/cluster/cluster.js';
import { SERVER_OUT_DIR } from '../scripts/build/server-bundle.js';
import { processSchedNs } from './proc-stats.js';
import { canPin, CROWD_LIMITS, ServerProcess, type MemorySample } from './server-process.js';

export type Part = 'servers' | 'nginx' | 'postgres' | 'redis';

/** A process and all its descendants (PostgreSQL's backends, nginx's workers). */
function withDescendants(pid: number): number[] {
  const children = spawnSync('pgrep', ['-P', String(pid)])
    .stdout.toString()
    .split('\n')
    .filter(Boolean)
    .map(Number);
  return [pid, ...children.flatMap(withDescendants)];
}

/**
 * `processes` server processes on PostgreSQL and Redis behind nginx, seen by the scenarios as one
 * server at the proxy's address. Its CPU is everything the cluster runs: the servers, nginx,
 * PostgreSQL with its backends, and Redis, all pinned to core 0 as the single server is.
 */
export class ClusterTarget extends ServerProcess {
  private constructor(
    private readonly cluster: LocalCluster,
    port: number,
  ) {
    super('roundtable', port, cluster.postgres.dir);
  }

  /** `profileDir`: each server writes a V8 CPU profile there when it stops. */
  static async open(processes: number, profileDir?: string): Promise<ClusterTarget> {
    const profiling = profileDir ? ['--cpu-prof', `--cpu-prof-dir=${profileDir}`] : [];
    const cluster = await startLocalCluster({
      processes,
      env: { ...CROWD_LIMITS, NODE_ENV: 'production' },
      entry: [...profiling, `${SERVER_OUT_DIR}/index.mjs`],
    });
    const target = new ClusterTarget(cluster, cluster.nginx.port);
    if (canPin())
      for (const pid of target.pids())
        execFileSync('taskset', ['-a', '-p', '-c', '0', String(pid)], { stdio: 'ignore' });
    return target;
  }

  /** The cluster's processes by part, each with its descendants. */
  private groups(): Record<Part, number[]> {
    return {
      servers: this.cluster.servers.map((s) => s.pid),
      nginx: withDescendants(this.cluster.nginx.pid()),
      postgres: withDescendants(this.cluster.postgres.pid()),
      redis: [this.cluster.redis.pid()],
    };
  }

  private pids(): number[] {
    return Object.values(this.groups()).flat();
  }

  override async start(): Promise<void> {}

  override sched(): { runNs: number; waitNs: number } {
    const total = { runNs: 0, waitNs: 0 };
    for (const pid of this.pids()) {
      const sched = processSchedNs(pid);
      total.runNs += sched?.runNs ?? 0;
      total.waitNs += sched?.waitNs ?? 0;
    }
    return total;
  }

  /** CPU nanoseconds used so far by each part of the cluster (where the time goes). */
  cpuByPart(): Record<Part, number> {
    const groups = this.groups();
    const used = (pids: number[]) => pids.reduce((sum, pid) => sum + (processSchedNs(pid)?.runNs ?? 0), 0);
    return {
      servers: used(groups.servers),
      nginx: used(groups.nginx),
      postgres: used(groups.postgres),
      redis: used(groups.redis),
    };
  }

  override async memory(): Promise<MemorySample> {
    return { rss: 0, heapUsed: null, gc: false };
  }

  override async stop(): Promise<void> {
    await this.cluster.stop();
  }
}
