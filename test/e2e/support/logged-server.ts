import { join } from 'node:path';
import { createApp } from '../../../server/app.js';
import { silentLogger } from '../../../server/logger.js';
import { SqliteStore } from '../../../server/store/sqlite-store.js';

/** One HTTP exchange as the server saw it (Socket.IO's websocket upgrades are not requests). */
export interface Exchange {
  path: string;
  status: number;
  acceptEncoding: string;
  headers: Record<string, string>;
}

export interface LoggedServer {
  url: string;
  /** Every HTTP response the server finished, in order. */
  exchanges: Exchange[];
  stop(): Promise<void>;
}

/**
 * The real server over `dataDir`, serving the client built in `clientDir`, on a given port (a
 * phone's storage and service worker belong to its origin, so a "new deployment" must come back on
 * the same port). It logs what it answered, to see what phones ask for and what they get.
 */
export async function startLogged(dataDir: string, port: number, clientDir: string): Promise<LoggedServer> {
  const store = new SqliteStore(join(dataDir, 'roundtable.sqlite'));
  const app = createApp({ store, log: silentLogger, clientDir });
  const exchanges: Exchange[] = [];
  app.httpServer.prependListener('request', (req, res) => {
    // Taken now: the static files' handler rewrites req.url to the precompressed copy it sends.
    const path = req.url ?? '';
    res.on('finish', () => {
      const headers: Record<string, string> = {};
      for (const [name, value] of Object.entries(res.getHeaders())) headers[name] = String(value);
      exchanges.push({
        path,
        status: res.statusCode,
        acceptEncoding: req.headers['accept-encoding'] ?? '',
        headers,
      });
    });
  });
  await new Promise<void>((resolve) => app.httpServer.listen(port, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${port}`,
    exchanges,
    stop: async () => {
      await app.shutdown();
      store.close();
    },
  };
}
