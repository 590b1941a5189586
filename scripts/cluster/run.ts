/**
 * `npm run cluster`: PostgreSQL, Redis, nginx and three server processes on this machine, each on
 * a free port in a temporary directory; prints the URL and stops everything on Ctrl-C.
 * Needs Debian's `postgresql`, `redis-server` and `nginx` (installed here when missing, as root).
 */
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { startLocalCluster } from './cluster.js';

const NEEDED: [string, string][] = [
  ['/usr/lib/postgresql/15/bin/postgres', 'postgresql'],
  ['/usr/bin/redis-server', 'redis-server'],
  ['/usr/sbin/nginx', 'nginx'],
];

function installMissing(): void {
  const missing = NEEDED.filter(([path]) => !existsSync(path)).map(([, pkg]) => pkg);
  if (missing.length === 0) return;
  if (process.getuid?.() !== 0) {
    console.error(`Install first: sudo apt-get install -y ${missing.join(' ')}`);
    process.exit(1);
  }
  execFileSync('apt-get', ['install', '-y', ...missing], { stdio: 'inherit' });
}

installMissing();
const processes = Number(process.env.PROCESSES ?? 3);
const cluster = await startLocalCluster({
  processes,
  entry: ['--enable-source-maps', 'dist/server/index.mjs'],
});
console.log(
  `\nRoundtable cluster: ${processes} processes behind nginx, PostgreSQL ${cluster.postgres.port}, Redis ${cluster.redis.port}`,
);
for (const server of cluster.servers) console.log(`  process ${server.pid} on ${server.url}`);
console.log(`\nOpen ${cluster.url}\nCtrl-C stops everything.\n`);

let stopping = false;
async function stop(): Promise<void> {
  if (stopping) return;
  stopping = true;
  console.log('\nstopping...');
  await cluster.stop();
  console.log('stopped');
  process.exit(0);
}
process.on('SIGINT', () => void stop());
process.on('SIGTERM', () => void stop());
