/**
 * npm run bench:cluster [-- --repeat 3] [--n 200] [--processes 3] [--cpu-prof DIR]
 *
 * The one-room and many-rooms scenarios against one process (SQLite, as `npm start` runs) and
 * against `processes` processes behind nginx on PostgreSQL and Redis (as `npm run cluster` runs),
 * the whole server side pinned to core 0 and the load generator to core 1 in both cases. Prints
 * one JSON line per measurement, then the medians and the cluster's overhead per message.
 *
 * One room: N phones joined, then single ideas one at a time: ack time, time until the last
 * phone saw it, and server-side CPU per view delivered. Many rooms: rooms of 10, everyone adding
 * an idea every 1-2 s: the same figures under a steady load.
 */
import { parseArgs } from 'node:util';
import { buildServer } from '../scripts/build/server-bundle.js';
import { advance, openBigRoom } from './big-room.js';
import { ClusterTarget, type Part } from './cluster-target.js';
import { PROFILES, type Profile } from './config.js';
import { meter } from './meter.js';
import { joinStorm } from './scenarios/join-storm.js';
import { manyRooms } from './scenarios/many-rooms.js';
import { oneAction } from './scenarios/one-action.js';
import { freePort, makeDataDir, pinSelfToCore, removeDataDir, ServerProcess } from './server-process.js';
import { medianAndSpread } from './stats.js';

const { values: args } = parseArgs({
  options: {
    repeat: { type: 'string', default: '3' },
    n: { type: 'string', default: '200' },
    processes: { type: 'string', default: '3' },
    // The cluster's servers write CPU profiles there (read them with bench/profile-summary.ts).
    'cpu-prof': { type: 'string' },
  },
});

const profile: Profile = {
  ...PROFILES.quick,
  actions: 40,
  rooms: { count: 20, size: 10, seconds: 10, intervalMs: [1000, 2000] },
};

type Row = Record<string, number | string | null>;

async function measure(target: ServerProcess, label: string, run: number): Promise<Row> {
  const n = Number(args.n);
  const room = await openBigRoom('roundtable', target, n, run, profile);
  await joinStorm(room);
  await advance(room, 'lobby', 'ideation');
  const stop = meter(target, [room.crowd]);
  const one = await oneAction(room);
  const oneCost = stop();
  room.crowd.closeAll();
  room.facilitator.close();
  const parts0 = target instanceof ClusterTarget ? target.cpuByPart() : null;
  const many = await manyRooms('roundtable', target, profile, run);
  const shares = parts0 && target instanceof ClusterTarget ? cpuShares(parts0, target.cpuByPart()) : {};
  return {
    target: label,
    run,
    oneRoomN: n,
    oneAckP50Ms: one.figures.ackP50Ms ?? null,
    oneLastPhoneP50Ms: one.figures.p50Ms ?? null,
    oneLastPhoneP99Ms: one.figures.p99Ms ?? null,
    oneCpuUsPerMessage: oneCost.cpuUsPerMessage,
    manyActions: many.figures.actions ?? null,
    manyP50Ms: many.figures.p50Ms ?? null,
    manyP99Ms: many.figures.p99Ms ?? null,
    manyAckP99Ms: many.figures.ackP99Ms ?? null,
    manyCpuUsPerMessage: many.figures.cpuUsPerMessage ?? null,
    manyServerCpuShare: many.figures.serverCpuShare ?? null,
    failures: one.failures + many.failures,
    ...shares,
  };
}

/** Each part's share of the cluster's CPU over the many-rooms run. */
function cpuShares(before: Record<Part, number>, after: Record<Part, number>): Row {
  const used = (Object.keys(after) as Part[]).map((part) => [part, after[part] - before[part]] as const);
  const total = used.reduce((sum, [, ns]) => sum + ns, 0);
  return Object.fromEntries(used.map(([part, ns]) => [`manyCpuShare_${part}`, Math.round((ns / total) * 100) / 100]));
}

async function single(run: number): Promise<Row> {
  const dataDir = makeDataDir();
  const server = new ServerProcess('roundtable', await freePort(), dataDir);
  try {
    await server.start(profile.waitMs);
    return await measure(server, 'one process', run);
  } finally {
    await server.stop();
    removeDataDir(dataDir);
  }
}

async function cluster(run: number, processes: number): Promise<Row> {
  const target = await ClusterTarget.open(processes, args['cpu-prof']);
  try {
    return await measure(target, `${processes} processes`, run);
  } finally {
    await target.stop();
  }
}

function summary(rows: Row[]): void {
  const keys = Object.keys(rows[0] ?? {}).filter((k) => !['target', 'run'].includes(k));
  const byTarget = new Map<string, Row[]>();
  for (const row of rows) byTarget.set(String(row.target), [...(byTarget.get(String(row.target)) ?? []), row]);
  console.log('\nmedian of runs (spread min-max)');
  for (const [target, list] of byTarget) {
    const cells = keys.map((key) => {
      const stats = medianAndSpread(list.map((r) => Number(r[key])).filter((v) => Number.isFinite(v)));
      const round = (x: number) => Math.round(x * 10) / 10;
      return stats ? `${key}=${round(stats.median)} (${round(stats.min)}-${round(stats.max)})` : `${key}=-`;
    });
    console.log(`${target}: ${cells.join(', ')}`);
  }
}

async function main(): Promise<void> {
  await buildServer();
  pinSelfToCore(1);
  const rows: Row[] = [];
  for (let run = 1; run <= Number(args.repeat); run++) {
    for (const row of [await single(run), await cluster(run, Number(args.processes))]) {
      rows.push(row);
      console.log(JSON.stringify(row));
    }
  }
  summary(rows);
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error);
    process.exit(1);
  },
);
