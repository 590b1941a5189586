import { afterAll, describe, expect, it } from 'vitest';
import { commandId } from '../support/clients.js';
import { freePort, spawnServer, type ServerProcess } from '../support/process.js';
import { Room } from '../support/room.js';
import { tempDataDir } from '../support/server.js';

describe('graceful stop on SIGTERM', () => {
  const data = tempDataDir();
  let server: ServerProcess | undefined;
  let room: Room | undefined;

  afterAll(() => {
    room?.close();
    server?.child.kill('SIGKILL');
    data.remove();
  });

  it('tells clients, finishes what is in flight, exits quickly, and loses nothing', async () => {
    const port = await freePort();
    server = await spawnServer(data.dir, port);
    room = await Room.open(server.url, { title: 'Stop gracefully', settings: { ideasPerParticipant: 50 } });
    await room.join('Ada');
    await room.advance('lobby');
    const socket = room.person('Ada').tracker.socket;
    let told = false;
    socket.on('server:restarting', () => (told = true));

    // Ideas sent right before the signal: each is either acknowledged (and kept) or refused.
    const inFlight = Array.from({ length: 15 }, (_, i) =>
      socket
        .timeout(5000)
        .emitWithAck('idea:add', { commandId: commandId(), text: `idea ${i}` })
        .catch(() => null),
    );
    const signalled = Date.now();
    server.child.kill('SIGTERM');
    const acks = await Promise.all(inFlight);
    const exit = await server.exited;
    const stopMs = Date.now() - signalled;
    expect(exit.code).toBe(0);
    expect(stopMs).toBeLessThan(5000);
    expect(told).toBe(true);
    expect(server.output()).toContain('"message":"stopped"');
    const accepted = acks.filter((a) => a?.ok).length;
    const refused = acks.filter((a) => a && !a.ok && a.error.code === 'UNAVAILABLE').length;
    expect(accepted + refused + acks.filter((a) => a === null).length).toBe(15);

    server = await spawnServer(data.dir, port);
    await room.reconnect(server.url);
    await room.person('Ada').tracker.until((t) => t.mine !== null);
    // Every acknowledged idea is kept; one whose ack was cut off may be kept too, never twice.
    const kept = room.person('Ada').tracker.mine?.view.myIdeas.length ?? 0;
    expect(kept).toBeGreaterThanOrEqual(accepted);
    expect(kept).toBeLessThanOrEqual(15 - refused);
    console.log(`graceful stop: exited in ${stopMs} ms, ${accepted} in-flight ideas kept, ${refused} refused, 0 lost`);
  });
});
