import { join } from 'node:path';
import { defaultSettings } from '../../shared/session/settings.js';
import type { SessionEvent } from '../../shared/session/events.js';
import { hashToken, newRoomCode, newSalt } from '../../server/sessions/secrets.js';
import type { SessionChange } from '../../server/store/event-store.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import type { Profile } from '../config.js';
import { connectParticipant, send } from '../crowd.js';
import { Participant } from '../participant.js';
import type { ScenarioResult } from '../result.js';
import { freePort, makeDataDir, removeDataDir, ServerProcess } from '../server-process.js';
import { summarize } from '../stats.js';

/** The token of every seeded session's facilitator (only its hash is stored). */
const TOKEN = 'bench-facilitator-token';
const PEOPLE_PER_SESSION = 20;
const MIB = 1024 * 1024;

/** A past session as the store keeps it: created, then twenty people joined and wrote an idea each. */
function pastSession(index: number, code: string): SessionChange {
  const sessionId = `stored-${index}`;
  const created: SessionEvent = {
    type: 'sessionCreated',
    id: sessionId,
    code,
    title: `Stored session ${index}`,
    createdAt: Date.now(),
    settings: defaultSettings(),
    organizations: [],
    facilitatorTokenHash: hashToken(TOKEN),
    ballotSalt: newSalt(),
  };
  const people = Array.from({ length: PEOPLE_PER_SESSION }, (_, p): SessionEvent[] => [
    {
      type: 'participantJoined',
      participantId: `${sessionId}-p${p}`,
      name: `P${p}`,
      organization: null,
      tokenHash: `h${p}`,
      at: 0,
    },
    {
      type: 'ideaAdded',
      ideaId: `${sessionId}-i${p}`,
      authorId: `${sessionId}-p${p}`,
      text: `Idea ${p} of ${index}`,
      at: 0,
    },
  ]);
  return { sessionId, version: 1 + people.length, events: [created, ...people.flat()], ballots: [], commandKey: null };
}

/** Writes `count` sessions into a fresh data directory's file; returns their codes. */
function seed(dataDir: string, count: number): string[] {
  const store = new SqliteStore(join(dataDir, 'roundtable.sqlite'));
  const codes = new Set<string>();
  while (codes.size < count) codes.add(newRoomCode());
  const list = [...codes];
  for (let first = 0; first < count; first += 1000) {
    store.commit(list.slice(first, first + 1000).map((code, i) => pastSession(first + i, code)));
  }
  store.close();
  return list;
}

/** Starts the real server on `dataDir`: spawn to listening (ms) and RSS after GC (bytes). */
async function startAndMeasure(dataDir: string, profile: Profile) {
  const server = new ServerProcess('roundtable', await freePort(), dataDir);
  await server.start(profile.waitMs);
  const listeningMs = server.listeningAt - server.spawnedAt;
  // CPU time is what the start costs; time spent waiting for a CPU is what a busy machine adds.
  const { runNs, waitNs } = server.startupSched;
  return { server, listeningMs, cpuMs: runNs / 1e6, starvedMs: waitNs / 1e6, rss: (await server.memory()).rss };
}

/** The time from sending a facilitator's attach to a session not in memory to its answer. */
async function firstAttach(server: ServerProcess, code: string, index: number, profile: Profile): Promise<number> {
  const facilitator = new Participant(-2 - index);
  if (!(await connectParticipant(facilitator, server.url, profile.waitMs))) throw new Error('could not connect');
  const sent = performance.now();
  const result = await send(facilitator, 'facilitator:attach', { code, token: TOKEN }, profile.waitMs);
  const took = performance.now() - sent;
  facilitator.client?.close();
  if (!result.ok) throw new Error(`attach refused: ${result.error.code}`);
  return took;
}

/**
 * Many stored sessions, few in use: start to listening and memory against an empty store, and the
 * first attach to each of the live rooms (each loaded from the file on that attach).
 */
export async function storedSessions(profile: Profile, run: number): Promise<ScenarioResult> {
  const { count, live } = profile.stored;
  const emptyDir = makeDataDir();
  const fullDir = makeDataDir();
  try {
    const seedStarted = performance.now();
    const codes = seed(fullDir, count);
    const seedMs = performance.now() - seedStarted;
    const empty = await startAndMeasure(emptyDir, profile);
    await empty.server.stop();
    const stored = await startAndMeasure(fullDir, profile);
    const attaches: number[] = [];
    for (const [i, code] of codes.slice(0, live).entries())
      attaches.push(await firstAttach(stored.server, code, i, profile));
    const after = (await stored.server.memory()).rss;
    await stored.server.stop();
    const attach = summarize(attaches);
    return {
      scenario: 'stored-sessions',
      server: 'roundtable',
      n: count,
      run,
      completed: true,
      failures: 0,
      figures: {
        liveSessions: live,
        spawnToListeningMs: Math.round(stored.listeningMs),
        emptyStoreSpawnToListeningMs: Math.round(empty.listeningMs),
        startupCpuMs: Math.round(stored.cpuMs),
        startupStarvedMs: Math.round(stored.starvedMs),
        emptyStoreStartupCpuMs: Math.round(empty.cpuMs),
        rssMiB: Number((after / MIB).toFixed(1)),
        emptyStoreRssMiB: Number((empty.rss / MIB).toFixed(1)),
        rssOverEmptyMiB: Number(((after - empty.rss) / MIB).toFixed(1)),
        firstAttachColdMs: Number((attaches[0] ?? 0).toFixed(1)),
        coldAttachP50Ms: attach.p50,
        coldAttachMaxMs: attach.max,
        seedMs: Math.round(seedMs),
      },
      notes: [],
    };
  } finally {
    removeDataDir(emptyDir);
    removeDataDir(fullDir);
  }
}
