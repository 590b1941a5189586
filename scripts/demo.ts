/**
 * `npm run demo`: a server with one session already filled with simulated participants, so one
 * person can try every phase alone. Open the console link, advance the phases; the simulated
 * people write ideas, share in turn and vote. Join from your phone too, with the join link.
 *
 *   npm run demo                 # port 3000 (or PORT), data in a temporary directory
 *   npm run demo -- --people 6   # more simulated participants (up to 6)
 *   npm run demo -- --named      # named turns instead of anonymous rounds
 */
import { mkdtempSync, rmSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { createApp } from '../server/app.js';
import { silentLogger } from '../server/logger.js';
import { SqliteStore } from '../server/store/sqlite-store.js';
import type { Result } from '../shared/session/result.js';
import { DEMO_ORGANIZATIONS } from '../client/demo/demo-data.js';
import { startDemoParticipants } from '../client/demo/start-demo.js';

const { values } = parseArgs({
  options: {
    people: { type: 'string', default: '4' },
    named: { type: 'boolean', default: false },
  },
});

const dataDir = mkdtempSync(join(tmpdir(), 'roundtable-demo-'));
const store = new SqliteStore(join(dataDir, 'roundtable.sqlite'));
const app = createApp({ store, log: silentLogger, clientDir: resolve('dist/client') });

function listen(port: number): Promise<number> {
  return new Promise((done, fail) => {
    app.httpServer.once('error', fail);
    app.httpServer.listen(port, () => done((app.httpServer.address() as AddressInfo).port));
  });
}

async function main(): Promise<void> {
  const wanted = Number(process.env.PORT ?? 3000);
  // A busy port (another server, another demo) is not worth failing over: take any free one.
  const port = await listen(wanted).catch(() => listen(0));
  const url = `http://localhost:${port}`;
  const response = await fetch(`${url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({
      title: 'Demo: what should our alliance achieve this year?',
      settings: { ballotSize: 3, ...(values.named ? { sharingMode: 'named-turns' } : {}) },
      organizations: DEMO_ORGANIZATIONS,
    }),
  });
  const created = (await response.json()) as Result<{ code: string; displayCode: string; facilitatorToken: string }>;
  if (!created.ok) throw new Error(`could not create the demo session: ${created.error.message}`);
  const { code, displayCode, facilitatorToken } = created.value;
  const people = Math.max(1, Math.min(6, Number(values.people) || 4));
  const bots = await startDemoParticipants(url, code, people);

  console.log(`
Roundtable demo: a session with ${people} simulated participants.

  Facilitator console  ${url}/host/${displayCode}#${facilitatorToken}
  Projector display    ${url}/display/${displayCode}
  Join (phone)         ${url}/join/${displayCode}   room code ${displayCode}

Open the console, press "Start writing ideas", and move on phase by phase; the simulated
people write ideas, share and vote by themselves. The console link holds the facilitator
token after the #: keep it to yourself. Data lives in ${dataDir} and is removed on exit.
Press Ctrl+C to stop.
`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    bots.stop();
    await app.shutdown();
    store.close();
    rmSync(dataDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
