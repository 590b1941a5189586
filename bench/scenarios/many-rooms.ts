import { advance, openBigRoom, type BigRoom } from '../big-room.js';
import type { Profile } from '../config.js';
import { commandId, joinRoom, send } from '../crowd.js';
import { meter } from '../meter.js';
import type { Participant } from '../participant.js';
import type { ScenarioResult } from '../result.js';
import type { ServerKind, ServerProcess } from '../server-process.js';
import { between, sleep, summarize } from '../stats.js';
import { settleStream, startStream, track, type SentStream } from './count-stream.js';
import { ideaText } from './one-action.js';

/** Opens the rooms, ten at a time, each with its participants joined and in ideation. */
async function openRooms(kind: ServerKind, server: ServerProcess, profile: Profile, run: number) {
  const rooms: BigRoom[] = [];
  let joinFailures = 0;
  for (let first = 0; first < profile.rooms.count; first += 10) {
    const batch = Math.min(10, profile.rooms.count - first);
    const opened = await Promise.all(
      Array.from({ length: batch }, async () => {
        const room = await openBigRoom(kind, server, profile.rooms.size, run, profile);
        const errors = await Promise.all(
          room.crowd.members.map((m) => joinRoom(m, server.url, room.code, profile.waitMs)),
        );
        joinFailures += errors.filter((e) => e !== null).length;
        await advance(room, 'lobby', 'ideation');
        return room;
      }),
    );
    rooms.push(...opened);
  }
  return { rooms, joinFailures };
}

/** One participant adding ideas at random intervals until `end`. */
async function actUntil(member: Participant, stream: SentStream, profile: Profile, end: number): Promise<void> {
  const [low, high] = profile.rooms.intervalMs;
  await sleep(between(0, high));
  while (performance.now() < end) {
    const text = ideaText(`room ${member.index} ${stream.sentAt.length}`);
    track(stream, send(member, 'idea:add', { commandId: commandId(), text }, profile.waitMs));
    await sleep(between(low, high));
  }
}

/** Scenario 6: many small rooms at once, everyone adding an idea every few seconds. */
export async function manyRooms(kind: ServerKind, server: ServerProcess, profile: Profile, run: number) {
  const { rooms, joinFailures } = await openRooms(kind, server, profile, run);
  const streams = rooms.map((room) => startStream('ideasSubmitted', room.crowd.highest('ideasSubmitted')));
  for (const room of rooms) room.crowd.record('ideasSubmitted');
  const stop = meter(
    server,
    rooms.map((r) => r.crowd),
  );
  const end = performance.now() + profile.rooms.seconds * 1000;
  await Promise.all(
    rooms.flatMap((room, i) =>
      room.crowd.members.filter((m) => m.client).map((m) => actUntil(m, streams[i] as SentStream, profile, end)),
    ),
  );
  const outcomes = await Promise.all(rooms.map((room, i) => settleStream(room, streams[i] as SentStream)));
  const cost = stop();
  const all = summarize(Float64Array.from(outcomes.flatMap((o) => Array.from(o.samples))));
  for (const room of rooms) {
    room.crowd.closeAll();
    room.facilitator.close();
  }
  const result: ScenarioResult = {
    scenario: 'many-rooms',
    server: kind,
    n: profile.rooms.count * profile.rooms.size,
    run,
    completed: true,
    failures: joinFailures + outcomes.reduce((n, o) => n + o.refused + o.undelivered, 0),
    figures: {
      rooms: rooms.length,
      actions: outcomes.reduce((n, o) => n + o.accepted, 0),
      p50Ms: all.p50,
      p99Ms: all.p99,
      maxMs: all.max,
      ackP99Ms: summarize(outcomes.flatMap((o) => o.ackSamples)).p99,
      serverCpuShare: cost.serverCpuShare,
      serverStarvedShare: cost.serverStarvedShare,
      cpuUsPerMessage: cost.cpuUsPerMessage,
      generatorCpuShare: cost.generatorCpuShare,
    },
    notes: [...new Set(outcomes.flatMap((o) => o.refusals))],
  };
  return result;
}
