import { afterAll, beforeAll, describe } from 'vitest';
import { AxeLog } from '../e2e/support/axe.js';
import { launchBrowser, requireBuiltClient } from '../e2e/support/browser.js';
import { E2eRoom } from '../e2e/support/room.js';
import { phasesBeforeVoting } from '../e2e/scenarios/before-voting.js';
import type { E2eEnv } from '../e2e/scenarios/env.js';
import { votingAndResults } from '../e2e/scenarios/voting.js';
import type { TestServer } from '../support/server.js';
import { startTestCluster, type TestCluster } from './support/cluster.js';

/**
 * `npm run test:cluster`: the end-to-end workshop of test/e2e (a facilitator's laptop, a projector,
 * phones, every phase to the results) in Chromium, through nginx in front of three processes on
 * PostgreSQL and Redis. The app's own client names its room in the handshake; its transports are
 * the defaults (long-polling first, then the WebSocket upgrade, which must reach the same process).
 */
describe.runIf(process.env.CLUSTER_LONG)('a whole workshop in Chromium, through the cluster', () => {
  let cluster: TestCluster;
  const env = { axe: new AxeLog() } as E2eEnv;

  beforeAll(async () => {
    requireBuiltClient();
    cluster = await startTestCluster({ processes: 3 });
    // The scenarios read only the server's URL: here, the proxy's.
    env.server = { url: cluster.url } as TestServer;
    env.browser = await launchBrowser();
    env.room = new E2eRoom(env.browser, cluster.url, env.axe, '');
  }, 90_000);

  afterAll(async () => {
    await env.room?.close();
    await env.browser?.close();
    await cluster?.stop();
  });

  phasesBeforeVoting(env);
  votingAndResults(env);
});
