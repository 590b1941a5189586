import { afterEach, describe, expect, it } from 'vitest';
import { comparable, EXPECTED_RESULTS, NAMES, runReferenceSession } from '../support/scenario.js';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';
import type { Room } from '../support/room.js';

describe('a whole session over real sockets', () => {
  let server: TestServer | undefined;
  let room: Room | undefined;
  const data = tempDataDir();

  afterEach(async () => {
    room?.close();
    await server?.stop();
    data.remove();
  });

  it('runs every phase with five participants and ranks as computed by hand', async () => {
    server = await startServer(data.dir);
    const run = await runReferenceSession(server.url, async () => {});
    room = run.room;
    expect(comparable(run.results)).toEqual(EXPECTED_RESULTS);
    expect(run.results?.ballots).toBe(5);

    // Participants see the same results, and their own ballot (the changed one) in their private view.
    const ed = room.person('Ed').tracker;
    await ed.until((t) => t.publicView?.view.phase === 'results');
    expect(comparable(ed.publicView?.view.results ?? null)).toEqual(EXPECTED_RESULTS);
    const a1 = room.facilitator.view?.ideas.find((i) => i.text === 'a1');
    expect(a1?.mergedFromNumbers).toHaveLength(1);
    expect(ed.mine?.view.myBallot?.[0]).toBe(a1?.id);
    for (const name of NAMES) expect(room.person(name).tracker.mine?.view.myIdeas).toHaveLength(2);
  });
});
