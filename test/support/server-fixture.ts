import { afterAll, afterEach } from 'vitest';
import type { AppDeps } from '../../server/app.js';
import { startServer, tempDataDir, type TestServer } from './server.js';

/** Anything a test opens that must be closed when it ends: a room, a socket, a proxy. */
type Closable = { close(): unknown } | { disconnect(): unknown };

export interface ServerFixture {
  /** The data directory every start of this fixture's server uses. */
  readonly dir: string;
  /** The running server (a test that reads it before `start` has a bug: it throws). */
  readonly server: TestServer;
  /** Starts the real server on this data directory, stopping the previous one first (a restart). */
  start(options?: Partial<Omit<AppDeps, 'store'>>): Promise<TestServer>;
  /** Registers something to close at tear-down, and hands it back. */
  track<T extends Closable>(thing: T): T;
}

/**
 * A real server over a fresh data directory for a describe block: what was tracked is closed, the
 * server stopped and the directory removed after each test (`each`) or after the block (`all`).
 */
export function serverFixture(scope: 'each' | 'all'): ServerFixture {
  const data = tempDataDir();
  let current: TestServer | undefined;
  let opened: Closable[] = [];
  (scope === 'each' ? afterEach : afterAll)(async () => {
    for (const thing of opened) {
      if ('close' in thing) thing.close();
      else thing.disconnect();
    }
    opened = [];
    await current?.stop();
    current = undefined;
    data.remove();
  });
  return {
    dir: data.dir,
    get server() {
      if (!current) throw new Error('The test server has not been started.');
      return current;
    },
    async start(options) {
      await current?.stop();
      current = await startServer(data.dir, options);
      return current;
    },
    track(thing) {
      opened.push(thing);
      return thing;
    },
  };
}
