import pg from 'pg';
import { startLocalCluster, type ClusterOptions, type LocalCluster } from '../../../scripts/cluster/cluster.js';

export type { LocalCluster };

/** The local cluster of `npm run cluster`, with the server run from TypeScript, and a view into its database. */
export async function startTestCluster(options: ClusterOptions = {}): Promise<TestCluster> {
  const cluster = await startLocalCluster(options);
  const db = new pg.Client({ connectionString: cluster.postgres.url });
  await db.connect();
  // A restart of PostgreSQL in a test ends this connection: that must not fail the test run.
  db.on('error', () => {});
  return new TestCluster(cluster, db);
}

export class TestCluster {
  constructor(
    readonly local: LocalCluster,
    private db: pg.Client,
  ) {}

  get url(): string {
    return this.local.url;
  }

  /** Index (in `local.servers`) of the process that owns a session now, or -1. */
  async ownerIndex(sessionId: string): Promise<number> {
    const row = (
      await this.db.query<{ owner_id: string | null }>('SELECT owner_id FROM sessions WHERE id = $1', [sessionId])
    ).rows[0];
    const owner = row?.owner_id;
    if (!owner) return -1;
    return this.local.servers.findIndex((server) => server.output().includes(`"ownerId":"${owner}"`));
  }

  /** Reads the database (for counting rows behind the service's back). */
  async query<R extends pg.QueryResultRow>(text: string, values: unknown[] = []): Promise<R[]> {
    return (await this.db.query<R>(text, values)).rows;
  }

  /** Reconnects the test's own database connection (after PostgreSQL was restarted). */
  async reconnectDb(): Promise<void> {
    await this.db.end().catch(() => {});
    this.db = new pg.Client({ connectionString: this.local.postgres.url });
    this.db.on('error', () => {});
    await this.db.connect();
  }

  async stop(): Promise<void> {
    await this.db.end().catch(() => {});
    await this.local.stop();
  }
}
