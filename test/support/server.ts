import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { createApp, type App, type AppDeps } from '../../server/app.js';
import { silentLogger } from '../../server/logger.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';

export interface TestServer {
  url: string;
  port: number;
  app: App;
  store: SqliteStore;
  dataDir: string;
  /** Stops the server and closes the store, keeping the data directory. */
  stop(): Promise<void>;
}

/** A fresh data directory, removed by the returned cleanup. */
export function tempDataDir(): { dir: string; remove: () => void } {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-test-'));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Starts the real server on a free port over a real SQLite file in `dataDir`. */
export async function startServer(dataDir: string, options: Partial<Omit<AppDeps, 'store'>> = {}): Promise<TestServer> {
  const store = new SqliteStore(join(dataDir, 'roundtable.sqlite'));
  const app = createApp({ store, log: silentLogger, ...options });
  await new Promise<void>((resolve) => app.httpServer.listen(0, '127.0.0.1', resolve));
  const { port } = app.httpServer.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    port,
    app,
    store,
    dataDir,
    stop: async () => {
      await app.close();
      await new Promise<void>((resolve) => app.httpServer.close(() => resolve()));
      await store.close();
    },
  };
}
