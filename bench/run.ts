import { appendFileSync, writeFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { buildServer } from '../scripts/build/server-bundle.js';
import { PROFILES, type Profile } from './config.js';
import { machineInfo, openFileLimit } from './proc-stats.js';
import { table } from './report.js';
import type { ScenarioName, ScenarioResult } from './result.js';
import { canPin, pinSelfToCore } from './server-process.js';
import {
  runBigRoom,
  runManyRooms,
  runOneLargeRoom,
  runStoredSessions,
  runTables,
  type Emit,
  type RunOptions,
} from './sequence.js';
import type { ServerKind } from './server-process.js';

/**
 * npm run bench [-- --quick | --smoke] [--sizes 200,1000] [--repeat 3] [--no-baseline]
 *   [--no-rooms] [--no-big-room] [--out results.jsonl] [--skip restart,memory] [--cpu-prof DIR]
 *
 * Prints one JSON line per scenario as it finishes, then a table against the baseline and the
 * issue's targets. Progress goes to stderr.
 */
const { values: args } = parseArgs({
  options: {
    quick: { type: 'boolean', default: false },
    smoke: { type: 'boolean', default: false },
    sizes: { type: 'string' },
    repeat: { type: 'string', default: '1' },
    'no-baseline': { type: 'boolean', default: false },
    'no-rooms': { type: 'boolean', default: false },
    out: { type: 'string' },
    skip: { type: 'string', default: '' },
    'cpu-prof': { type: 'string' },
    // Only the scenarios that run on servers of their own (stored-sessions, one-room-5000, many-rooms).
    'no-big-room': { type: 'boolean', default: false },
  },
});

// A whole run must end, whatever hangs: the full profile is planned for about 7 minutes (per repeat).
const DEADLINE_MS: Record<Profile['name'], number> = { full: 9.5 * 60_000, quick: 90_000, smoke: 90_000 };

function chooseProfile(): Profile {
  const base = PROFILES[args.smoke ? 'smoke' : args.quick ? 'quick' : 'full'];
  if (!args.sizes) return base;
  const sizes = args.sizes.split(',').map((s) => Number(s.trim()));
  if (sizes.some((n) => !Number.isInteger(n) || n < 3)) throw new Error('--sizes takes whole numbers of at least 3');
  return { ...base, sizes };
}

function log(message: string): void {
  process.stderr.write(`[bench ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

/** Every scenario, `repeat` times: the big room at each size, then the many rooms. */
async function runAll(options: RunOptions, kinds: ServerKind[], repeat: number, emit: Emit): Promise<void> {
  const { profile, skip } = options;
  for (let run = 1; run <= repeat; run++) {
    for (const n of args['no-big-room'] ? [] : profile.sizes) {
      for (const kind of kinds) {
        log(`run ${run}: big room, ${kind}, N=${n}`);
        await runBigRoom(kind, n, run, options, emit);
      }
    }
    if (!skip.has('stored-sessions')) {
      log(`run ${run}: ${profile.stored.count} stored sessions, ${profile.stored.live} live`);
      await runStoredSessions(run, options, emit);
    }
    for (const kind of skip.has('one-room-5000') ? [] : kinds) {
      log(`run ${run}: one room of ${profile.oneRoom}, ${kind}`);
      await runOneLargeRoom(kind, run, options, emit);
    }
    if (!skip.has('tables-300') && profile.name === 'full') {
      log(`run ${run}: tables-300`);
      await runTables(run, options, emit);
    }
    if (args['no-rooms'] || skip.has('many-rooms')) continue;
    for (const kind of kinds) {
      log(`run ${run}: ${profile.rooms.count} rooms of ${profile.rooms.size}, ${kind}`);
      await runManyRooms(kind, run, options, emit);
    }
  }
}

async function main(): Promise<number> {
  const profile = chooseProfile();
  const repeat = Math.max(1, Math.min(5, Number(args.repeat) || 1));
  const kinds: ServerKind[] = args['no-baseline'] ? ['roundtable'] : ['roundtable', 'baseline'];
  const skip = new Set(args.skip.split(',').filter(Boolean) as ScenarioName[]);
  const options: RunOptions = { profile, skip, profileDir: args['cpu-prof'] ? resolve(args['cpu-prof']) : undefined };
  // The server under test is the one `npm start` runs: compiled ahead, from the current sources
  // (not minified when profiling, so that the profile names functions and lines).
  await buildServer(undefined, { minify: !options.profileDir });
  const pinned = pinSelfToCore(1);
  // Each process (server, load generator) holds one descriptor per socket, plus its own files.
  const needFiles = Math.max(...profile.sizes, profile.oneRoom, profile.rooms.count * (profile.rooms.size + 1)) + 500;
  const limit = openFileLimit();
  if (limit !== null && limit < needFiles) {
    log(`open-file limit ${limit} is below the ${needFiles} this run needs; raise it with ulimit -n`);
    return 2;
  }
  const header = {
    bench: 'roundtable',
    profile: profile.name,
    sizes: profile.sizes,
    repeat,
    pinned: pinned ? 'server on core 0, load generator on core 1' : 'not pinned (taskset missing or one core)',
    node: process.version,
    machine: machineInfo(),
  };
  console.log(JSON.stringify(header));
  if (args.out) writeFileSync(args.out, `${JSON.stringify(header)}\n`);
  const results: ScenarioResult[] = [];
  const emit = (result: ScenarioResult) => {
    results.push(result);
    console.log(JSON.stringify(result));
    if (args.out) appendFileSync(args.out, `${JSON.stringify(result)}\n`);
    log(`${result.scenario} ${result.server} N=${result.n}: ${result.completed ? 'done' : `FAILED ${result.error}`}`);
  };
  const deadlineMs = DEADLINE_MS[profile.name] * repeat;
  const timer = setTimeout(() => {
    log(`run exceeded ${deadlineMs / 1000} s; stopping with what was measured`);
    console.log(`\n${table(results)}`);
    process.exit(3); // the exit hook in server-process kills every server still running
  }, deadlineMs);
  timer.unref();
  await runAll(options, kinds, repeat, emit);
  clearTimeout(timer);
  console.log(`\n${table(results)}`);
  console.log(`\nload average after the run: ${machineInfo().loadAverage}; pinned: ${canPin()}`);
  return results.every((r) => r.completed && r.failures === 0) ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    log(`bench failed: ${error instanceof Error ? error.stack : String(error)}`);
    process.exit(2);
  },
);
