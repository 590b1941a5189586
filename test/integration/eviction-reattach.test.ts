import { afterEach, describe, expect, it } from 'vitest';
import { Room } from '../support/room.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

/** Long enough for the sweep (every `IDLE_MS`) to have run a few times. */
const IDLE_MS = 40;

async function until(check: () => boolean, ms = 5000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('timed out');
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
}

describe('a phone and the facilitator come back to a session that left memory', () => {
  const data = tempDataDir();
  let server: TestServer | undefined;
  let room: Room | undefined;
  afterEach(async () => {
    room?.close();
    await server?.stop();
    data.remove();
  });

  it('re-attach over real sockets, see everything as it was, and the next change applies as a patch', async () => {
    server = await startServer(data.dir, { sessionIdleMs: IDLE_MS });
    room = await Room.open(server.url, { title: 'Evicted and back' });
    await room.join('Ada');
    await room.advance('lobby');
    await room.act('Ada', 'idea:add', { text: 'Shared calendar' });
    await room.settle(server.app.service.findByCode(room.code)!.version);
    const before = { facilitator: room.facilitator.facilitator!, mine: room.person('Ada').tracker.mine! };

    // While someone is attached, the session stays.
    await new Promise((resolve) => setTimeout(resolve, 4 * IDLE_MS));
    expect(server.app.service.loadedCount()).toBe(1);
    room.close();
    await until(() => server!.app.service.loadedCount() === 0);

    await room.reconnect(server.url);
    const ada = room.person('Ada').tracker;
    await room.facilitator.until((t) => t.facilitator !== null);
    await ada.until((t) => t.mine !== null && t.publicView !== null);
    expect(room.facilitator.facilitator!.version).toBe(before.facilitator.version);
    expect(room.facilitator.facilitator!.view).toEqual(before.facilitator.view);
    expect(ada.mine!.view).toEqual(before.mine.view);
    expect(ada.publicView!.version).toBe(before.facilitator.version);

    // A newcomer joins the session by its code, and the next change reaches everyone as a patch.
    await room.join('Grace');
    await room.act('Ada', 'idea:add', { text: 'Joint training' });
    const version = server.app.service.findByCode(room.code)!.version;
    await room.settle(version);
    expect(room.facilitator.view?.ideasSubmitted).toBe(2);
    expect(ada.mine!.view.myIdeas.map((idea) => idea.text)).toEqual(['Shared calendar', 'Joint training']);
    expect(room.person('Grace').tracker.publicView!.view.participantCount).toBe(2);
    for (const tracker of [room.facilitator, ada, room.person('Grace').tracker]) expect(tracker.gaps).toBe(0);
  });
});
