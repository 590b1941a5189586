import { createServer } from 'node:net';
import { join } from 'node:path';
import { createApp } from '../../../server/app.js';
import { silentLogger } from '../../../server/logger.js';
import { SqliteStore } from '../../../server/store/sqlite-store.js';
import { CLIENT_DIR } from './browser.js';

/** A port free right now, so a server can be stopped and started again at the same address. */
export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      const port = typeof address === 'object' && address ? address.port : 0;
      probe.close(() => resolve(port));
    });
  });
}

/** The real server on a given port over `dataDir`; `stop` is the graceful stop a deploy would do. */
export async function startOnPort(dataDir: string, port: number): Promise<{ url: string; stop: () => Promise<void> }> {
  const store = new SqliteStore(join(dataDir, 'roundtable.sqlite'));
  const app = createApp({ store, log: silentLogger, clientDir: CLIENT_DIR });
  await new Promise<void>((resolve) => app.httpServer.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    stop: async () => {
      await app.shutdown();
      store.close();
    },
  };
}
