import { parseArgs } from 'node:util';
import { buildServer } from '../scripts/build/server-bundle.js';
import { PROFILES } from './config.js';
import { machineInfo } from './proc-stats.js';
import { tablesScenario } from './scenarios/tables.js';
import { freePort, makeDataDir, removeDataDir, ServerProcess } from './server-process.js';
import { warmUp } from './warm-up.js';

/**
 * npx tsx bench/tables-300.ts [--quick] [--people 300] [--tables 40]
 *
 * The tables-300 scenario alone: a fresh server (the one `npm start` runs), 300 people in 40
 * tables; prints one JSON line with the one-action p50/p99 inside the tables and in the plenary vote.
 */
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    people: { type: 'string', default: '300' },
    tables: { type: 'string', default: '40' },
  },
});

async function main(): Promise<void> {
  const profile = PROFILES[args.quick ? 'quick' : 'full'];
  await buildServer();
  const dataDir = makeDataDir();
  const server = new ServerProcess('roundtable', await freePort(), dataDir, []);
  try {
    await server.start(profile.waitMs);
    await warmUp('roundtable', server, profile);
    const plan = { people: Number(args.people), tables: Number(args.tables) };
    const result = await tablesScenario(server, profile, 1, plan);
    console.log(JSON.stringify({ ...result, node: process.version, machine: machineInfo() }));
    process.exitCode = result.failures === 0 ? 0 : 1;
  } finally {
    await server.stop();
    removeDataDir(dataDir);
  }
}

void main();
