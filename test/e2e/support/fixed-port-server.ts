import { join } from 'node:path';
import { createApp } from '../../../server/app.js';
import { silentLogger } from '../../../server/logger.js';
import { SqliteStore } from '../../../server/store/sqlite-store.js';
import { CLIENT_DIR } from './browser.js';

export { freePort } from '../../support/process.js';

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
