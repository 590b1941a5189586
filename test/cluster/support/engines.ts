import { startPostgres, startRedis, type Postgres, type Redis } from '../../../scripts/cluster/engines.js';

export { startPostgres, startRedis, type Postgres, type Redis };

/** A database of its own on a shared test PostgreSQL, so test files do not see each other's rows. */
export async function freshDatabase(pg: Postgres, name: string): Promise<string> {
  const { default: pgClient } = await import('pg');
  const admin = new pgClient.Client({ connectionString: pg.url });
  await admin.connect();
  await admin.query(`DROP DATABASE IF EXISTS ${name}`);
  await admin.query(`CREATE DATABASE ${name}`);
  await admin.end();
  return pg.url.replace(/\/postgres$/, `/${name}`);
}
