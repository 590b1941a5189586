import { advance, openBigRoom, type BigRoom } from './big-room.js';
import type { Profile } from './config.js';
import { failed, type ScenarioName, type ScenarioResult } from './result.js';
import { joinStorm } from './scenarios/join-storm.js';
import { manyRooms } from './scenarios/many-rooms.js';
import { memoryScenario } from './scenarios/memory.js';
import { oneAction } from './scenarios/one-action.js';
import { ideaStorm } from './scenarios/idea-storm.js';
import { restart } from './scenarios/restart.js';
import { storedSessions } from './scenarios/stored-sessions.js';
import { TABLES_PLAN, tablesScenario } from './scenarios/tables.js';
import { prepareRanking, votes } from './scenarios/votes.js';
import { freePort, makeDataDir, removeDataDir, ServerProcess, type ServerKind } from './server-process.js';
import { warmUp } from './warm-up.js';

export type Emit = (result: ScenarioResult) => void;

export interface RunOptions {
  profile: Profile;
  /** Scenarios to leave out (the join storm always runs: it brings the participants in). */
  skip: Set<ScenarioName>;
  /** Where the servers write V8 CPU profiles (`--cpu-prof`), if profiling. */
  profileDir?: string;
}

/** Resume/leave cycles run at one size only: the largest one within the profile's bound. */
function cyclesAt(profile: Profile, n: number): number {
  const eligible = profile.sizes.filter((size) => size <= profile.memoryCycles.atMostN);
  return eligible.length > 0 && n === Math.max(...eligible) ? profile.memoryCycles.cycles : 0;
}

/** A fresh, warmed-up server on a fresh data directory; stopped and removed whatever happens. */
async function withServer<T>(kind: ServerKind, options: RunOptions, body: (server: ServerProcess) => Promise<T>) {
  const dataDir = makeDataDir();
  // A CPU profile is written when the server exits normally, so a killed one leaves none.
  const profiling = options.profileDir ? ['--cpu-prof', `--cpu-prof-dir=${options.profileDir}`] : [];
  const server = new ServerProcess(kind, await freePort(), dataDir, profiling);
  try {
    await server.start(options.profile.waitMs);
    await warmUp(kind, server, options.profile);
    return await body(server);
  } finally {
    await server.stop();
    removeDataDir(dataDir);
  }
}

/**
 * Scenarios 1-5 on one big room of N participants: they share one session, which moves from the
 * lobby through ideation to ranking as a real one would. A scenario that throws ends the sequence,
 * and the ones after it are reported as not run.
 */
export async function runBigRoom(kind: ServerKind, n: number, run: number, options: RunOptions, emit: Emit) {
  const { profile } = options;
  const plan: ScenarioName[] = ['join-storm', 'memory', 'one-action', 'idea-storm', 'votes'];
  if (kind === 'roundtable') plan.push('restart');
  let room: BigRoom | null = null;
  let current: ScenarioName = 'join-storm';
  try {
    await withServer(kind, options, async (server) => {
      const open = await openBigRoom(kind, server, n, run, profile);
      room = open;
      const before = await server.memory();
      // Phase moves happen whether or not the scenario that follows them is skipped.
      const steps: Record<ScenarioName, { before?: () => Promise<unknown>; measure: () => Promise<ScenarioResult> }> = {
        'join-storm': { measure: () => joinStorm(open) },
        memory: { measure: () => memoryScenario(open, before, cyclesAt(profile, n)) },
        'one-action': { before: () => advance(open, 'lobby', 'ideation'), measure: () => oneAction(open) },
        'idea-storm': { measure: () => ideaStorm(open) },
        votes: { before: async () => (open.ideaIds = await prepareRanking(open)), measure: () => votes(open) },
        restart: { measure: () => restart(open) },
        'many-rooms': { measure: () => Promise.reject(new Error('not part of the big room')) },
        'stored-sessions': { measure: () => Promise.reject(new Error('not part of the big room')) },
        'one-room-5000': { measure: () => Promise.reject(new Error('not part of the big room')) },
        'tables-300': { measure: () => Promise.reject(new Error('not part of the big room')) },
      };
      try {
        for (const name of plan) {
          current = name;
          await steps[name].before?.();
          // The join storm is what brings the participants in, so it always runs.
          if (name === 'join-storm' || !options.skip.has(name)) emit(await steps[name].measure());
        }
      } finally {
        // The restart replaced the server: stop the new one too.
        if (open.server !== server) await open.server.stop();
      }
    });
  } catch (error) {
    const at = plan.indexOf(current);
    emit(failed(current, kind, n, run, error));
    for (const name of plan.slice(at + 1)) emit(failed(name, kind, n, run, new Error(`not run: ${current} failed`)));
  } finally {
    const opened = room as BigRoom | null;
    opened?.crowd.closeAll();
    opened?.facilitator.close();
  }
}

/** Scenario 6 on its own fresh server. */
export async function runManyRooms(kind: ServerKind, run: number, options: RunOptions, emit: Emit) {
  const { profile } = options;
  const n = profile.rooms.count * profile.rooms.size;
  try {
    emit(await withServer(kind, options, (server) => manyRooms(kind, server, profile, run)));
  } catch (error) {
    emit(failed('many-rooms', kind, n, run, error));
  }
}

/** The very large room: everyone joins, then single actions, then everyone votes at once. */
async function oneLargeRoom(kind: ServerKind, server: ServerProcess, run: number, profile: Profile) {
  const n = profile.oneRoom;
  const room = await openBigRoom(kind, server, n, run, profile);
  try {
    const joined = await joinStorm(room);
    await advance(room, 'lobby', 'ideation');
    const action = await oneAction(room);
    room.ideaIds = await prepareRanking(room);
    const voted = await votes(room);
    const parts = [joined, action, voted];
    const result: ScenarioResult = {
      scenario: 'one-room-5000',
      server: kind,
      n,
      run,
      completed: parts.every((part) => part.completed),
      failures: parts.reduce((sum, part) => sum + part.failures, 0),
      figures: {
        allJoinedMs: joined.figures.allJoinedMs ?? null,
        oneActionP50Ms: action.figures.p50Ms ?? null,
        oneActionP99Ms: action.figures.p99Ms ?? null,
        votesP99Ms: voted.figures.p99Ms ?? null,
        votesAllCountedMs: voted.figures.allCountedMs ?? null,
      },
      notes: parts.flatMap((part) => part.notes),
    };
    return result;
  } finally {
    room.crowd.closeAll();
    room.facilitator.close();
  }
}

/** One action and everyone votes, in one room of `profile.oneRoom`, on its own fresh server. */
export async function runOneLargeRoom(kind: ServerKind, run: number, options: RunOptions, emit: Emit) {
  try {
    emit(await withServer(kind, options, (server) => oneLargeRoom(kind, server, run, options.profile)));
  } catch (error) {
    emit(failed('one-room-5000', kind, options.profile.oneRoom, run, error));
  }
}

/** Many stored sessions, few live (Roundtable only: the baseline stores nothing). */
export async function runStoredSessions(run: number, options: RunOptions, emit: Emit) {
  try {
    emit(await storedSessions(options.profile, run));
  } catch (error) {
    emit(failed('stored-sessions', 'roundtable', options.profile.stored.count, run, error));
  }
}

/** tables-300 on its own fresh server: 300 people in 40 tables, then the plenary vote. */
export async function runTables(run: number, options: RunOptions, emit: Emit) {
  try {
    emit(await withServer('roundtable', options, (server) => tablesScenario(server, options.profile, run)));
  } catch (error) {
    emit(failed('tables-300', 'roundtable', TABLES_PLAN.people, run, error));
  }
}
