import { join, resolve } from 'node:path';
import { createApp } from '../server/app.js';
import { silentLogger } from '../server/logger.js';
import { SqliteStore } from '../server/store/sqlite-store.js';

/**
 * The real server for bench/phone-load.ts, serving the built client from CLIENT_DIR (a copy
 * without the precompressed files, to measure compression on the fly). Says `listening` on stdout.
 */
const store = new SqliteStore(join(resolve(process.env.DATA_DIR ?? 'data'), 'roundtable.sqlite'));
const app = createApp({ store, log: silentLogger, clientDir: resolve(process.env.CLIENT_DIR ?? 'dist/client') });
app.httpServer.listen({ port: Number(process.env.PORT), host: '127.0.0.1', backlog: 4096 }, () => {
  process.stdout.write(`${JSON.stringify({ message: 'listening' })}\n`);
});
process.on('SIGTERM', () => {
  void app.shutdown().then(() => {
    store.close();
    process.exit(0);
  });
});
