import { getHeapSnapshot } from 'node:v8';
import { describe, expect, it } from 'vitest';
import { ballotKeys, tableBallotKey } from '../../server/sessions/secrets.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

/** Everything in this process's heap, as V8 writes it (a full GC runs first). */
async function heapText(): Promise<string> {
  const snapshot = getHeapSnapshot();
  snapshot.setEncoding('utf8');
  let text = '';
  for await (const chunk of snapshot) text += chunk as string;
  return text;
}

/**
 * A participant's ballot and table keys tie their ballot to them: the server derives them from
 * their token when a socket attaches and may hold them only beside that socket. Read the way an
 * attacker with a heap dump would: once someone's sockets are gone, their keys must be too.
 */
describe('voter keys in the server memory', () => {
  const fixture = serverFixture('all');

  it('go with the participant’s last socket, and are there while one is connected', async () => {
    await fixture.start();
    const room = fixture.track(await Room.open(fixture.server.url, { title: 'Heap', settings: { ballotSize: 3 } }));
    await room.join('Ada');
    await room.join('Bo');
    const live = fixture.server.app.service.get(room.facilitator.view?.sessionId ?? '');
    const salt = live?.state.ballotSalt ?? '';
    expect(salt).not.toBe('');
    // The HMAC part of each key: V8 keeps "1:" + HMAC as a pair of strings, which its heap
    // snapshot writes apart. Computed only after the snapshot, so this test's own copies of the
    // keys cannot be what the search finds.
    const keysOf = (name: string) => {
      const { token } = room.person(name);
      return [...ballotKeys(salt, token), tableBallotKey(salt, token)].map((key) => key.slice(key.indexOf(':') + 1));
    };

    const sockets = fixture.server.app.io.of('/').sockets;
    const before = sockets.size;
    room.person('Ada').tracker.socket.disconnect();
    await expect.poll(() => sockets.size).toBe(before - 1);
    // A change after she left: the flush that follows must not bring her keys back.
    await room.advance('lobby');
    await room.person('Bo').tracker.until((t) => t.view?.phase === 'ideation');

    const heap = await heapText();
    // The search can find keys: Bo, still connected, has his in memory.
    for (const key of keysOf('Bo')) expect(heap.includes(key), `Bo's key ${key} in the heap`).toBe(true);
    for (const key of keysOf('Ada')) expect(heap.includes(key), `Ada's key ${key} in the heap`).toBe(false);
  });
});
