import { openBigRoom, steer } from './big-room.js';
import type { Profile } from './config.js';
import { commandId, joinRoom, send } from './crowd.js';
import type { ServerKind, ServerProcess } from './server-process.js';

const WARM_UP_PARTICIPANTS = 20;

/**
 * A small session run once on a fresh server before anything is measured, so that the first
 * scenario is not charged for loading modules lazily and for the JIT's first compilations (a
 * production server has long been warm when a plenary starts).
 */
export async function warmUp(kind: ServerKind, server: ServerProcess, profile: Profile): Promise<void> {
  const room = await openBigRoom(kind, server, WARM_UP_PARTICIPANTS, 0, profile);
  try {
    await Promise.all(room.crowd.members.map((m) => joinRoom(m, server.url, room.code, profile.waitMs)));
    await steer(room, 'phase:advance', { from: 'lobby' });
    for (let round = 0; round < 3; round++) {
      await Promise.all(
        room.crowd.members.map((m) =>
          send(m, 'idea:add', { commandId: commandId(), text: `warm-up idea ${m.index} ${round}` }, profile.waitMs),
        ),
      );
    }
  } finally {
    room.crowd.closeAll();
    room.facilitator.close();
  }
}
