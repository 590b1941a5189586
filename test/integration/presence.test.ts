import { beforeAll, describe, expect, it } from 'vitest';
import { connect, must, type TestSocket } from '../support/clients.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

/**
 * The console's per-person online/offline, over real sockets: a phone that goes away turns
 * offline, one that resumes turns online again, a console that attaches late is told at once,
 * and the list says nothing of votes, nor goes to anyone but the facilitator.
 */

/** Every presence list a socket receives, in order. */
function listen(socket: TestSocket): string[][] {
  const heard: string[][] = [];
  socket.on('facilitator:presence', (message) => heard.push(message.online));
  return heard;
}

async function until(check: () => boolean, what: string): Promise<void> {
  for (let waited = 0; waited < 5000; waited += 25) {
    if (check()) return;
    await new Promise((resolve) => setTimeout(resolve, 25));
  }
  throw new Error(`timed out waiting for ${what}`);
}

describe('who is online, for the console', () => {
  const fixture = serverFixture('all');
  let room: Room;
  let heard: string[][];
  let adaHeard: string[][];
  const last = () => heard.at(-1) ?? [];

  beforeAll(async () => {
    await fixture.start();
    room = fixture.track(await Room.open(fixture.server.url, { title: 'Presence', settings: { ballotSize: 1 } }));
    heard = listen(room.facilitator.socket);
    await room.join('Ada');
    adaHeard = listen(room.person('Ada').tracker.socket);
    await room.join('Bo');
  });

  it('lists every participant with a connected device', async () => {
    const ids = [room.person('Ada').participantId, room.person('Bo').participantId].sort();
    await until(() => JSON.stringify(last()) === JSON.stringify(ids), 'both online');
  });

  it('turns a phone that went away offline, and online again when it resumes', async () => {
    const bo = room.person('Bo');
    bo.tracker.socket.disconnect();
    await until(() => !last().includes(bo.participantId), 'Bo offline');
    expect(last()).toEqual([room.person('Ada').participantId]);
    const again = await connect(fixture.server.url);
    await must(again, 'participant:resume', { code: room.code, token: bo.token });
    await until(() => last().includes(bo.participantId), 'Bo online again');
    again.close();
  });

  it('tells a console that attaches later, and nobody else', async () => {
    const late = await connect(fixture.server.url);
    const lateHeard = listen(late);
    const display = await connect(fixture.server.url);
    const displayHeard = listen(display);
    await must(display, 'display:attach', { code: room.code });
    await must(late, 'facilitator:attach', { code: room.code, token: room.facilitatorToken });
    await until(() => lateHeard.length > 0, 'the late console told');
    expect(lateHeard.at(-1)).toEqual([room.person('Ada').participantId]);
    // Participants and the projector never hear who is online.
    expect(displayHeard).toEqual([]);
    expect(adaHeard).toEqual([]);
    late.close();
    display.close();
  });

  it('carries participant ids only: nothing about ideas or votes', () => {
    for (const list of heard) {
      for (const id of list) expect([room.person('Ada').participantId, room.person('Bo').participantId]).toContain(id);
    }
  });
});

/**
 * While the tables work, a seated phone's sockets are in its table's room, not the session's
 * public room: the console's online list must still count them.
 */
describe('who is online while the tables work', () => {
  const fixture = serverFixture('each');

  it('lists seated people online, turns one offline when their phone goes, and online when it resumes', async () => {
    await fixture.start();
    const room = fixture.track(
      await Room.open(fixture.server.url, {
        title: 'Presence at tables',
        settings: { tables: { split: { by: 'count', count: 2 }, shortlist: { kind: 'all' } } },
      }),
    );
    const heard = listen(room.facilitator.socket);
    const last = () => heard.at(-1) ?? [];
    const names = ['Ada', 'Bo', 'Cy', 'Di', 'Ed', 'Flo'];
    for (const name of names) await room.join(name);
    const everyone = names.map((name) => room.person(name).participantId).sort();
    await room.advance('lobby');
    await room.settle(room.facilitator.facilitator!.version);

    // A console attaching now is told who is online: everyone, all of them at tables.
    const late = fixture.track(await connect(fixture.server.url));
    const lateHeard = listen(late);
    await must(late, 'facilitator:attach', { code: room.code, token: room.facilitatorToken });
    await until(() => lateHeard.length > 0, 'a list for the late console');
    expect(lateHeard.at(-1)).toEqual(everyone);

    const bo = room.person('Bo');
    bo.tracker.socket.disconnect();
    await until(
      () => JSON.stringify(last()) === JSON.stringify(everyone.filter((id) => id !== bo.participantId)),
      'Bo offline',
    );
    const again = fixture.track(await connect(fixture.server.url));
    await must(again, 'participant:resume', { code: room.code, token: bo.token });
    await until(() => JSON.stringify(last()) === JSON.stringify(everyone), 'Bo online again');
  });
});
