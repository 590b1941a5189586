import { join, resolve } from 'node:path';
import { createApp } from './app.js';
import { consoleLogger } from './logger.js';
import { SqliteStore } from './store/sqlite-store.js';

const port = Number(process.env.PORT ?? 3000);
const dataDir = resolve(process.env.DATA_DIR ?? 'data');
const started = performance.now();

const store = new SqliteStore(join(dataDir, 'roundtable.sqlite'));
const app = createApp({ store, log: consoleLogger, clientDir: resolve('dist/client') });

app.httpServer.listen(port, () => {
  consoleLogger.info('listening', {
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
  consoleLogger.info('stopping', { signal });
  app.io.emit('server:restarting');
  await app.close();
  store.close();
  process.exit(0);
}
process.on('SIGTERM', () => void stop('SIGTERM'));
process.on('SIGINT', () => void stop('SIGINT'));
