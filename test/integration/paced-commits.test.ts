import { setTimeout as sleep } from 'node:timers/promises';
import { describe, expect, it } from 'vitest';
import { COMMIT_WINDOW_MS } from '../../server/sessions/commit-pacer.js';
import { Room } from '../support/room.js';
import { serverFixture } from '../support/server-fixture.js';

const PEOPLE = 30;
/** Well under the commit window: without pacing each idea would be a commit of its own. */
const GAP_MS = 3;

describe('commits while people act at once', () => {
  const fixture = serverFixture('each');

  it('groups ideas sent a few milliseconds apart into few commits, and loses none of those acknowledged', async () => {
    const { url, store } = await fixture.start();
    const room = fixture.track(await Room.open(url, { title: 'Paced' }));
    const names = Array.from({ length: PEOPLE }, (_, i) => `P${i}`);
    for (const name of names) await room.join(name);
    await room.advance('lobby');

    let commits = 0;
    const commit = store.commit.bind(store);
    store.commit = (changes) => {
      commits += 1;
      return commit(changes);
    };
    const answers: Promise<unknown>[] = [];
    const started = performance.now();
    for (const name of names) {
      answers.push(room.tryAct(name, 'idea:add', { text: `idea of ${name}` }));
      await sleep(GAP_MS);
    }
    const results = (await Promise.all(answers)) as { ok: boolean }[];
    const span = performance.now() - started;
    expect(results.every((result) => result.ok)).toBe(true);
    // One commit per window at most while the crowd lasts (two more for its edges), far fewer
    // than one per idea.
    expect(commits).toBeLessThanOrEqual(Math.ceil(span / COMMIT_WINDOW_MS) + 2);
    expect(commits).toBeLessThan(PEOPLE / 2);

    // Every acknowledged idea is in the file: a restarted server rebuilds them from it.
    room.close();
    const restarted = await fixture.start();
    await room.reconnect(restarted.url);
    await room.facilitator.until((t) => t.view?.ideasSubmitted === PEOPLE);
    for (const name of names) {
      const tracker = room.person(name).tracker;
      await tracker.until((t) => t.mine?.view.myIdeas.some((idea) => idea.text === `idea of ${name}`) === true);
    }
  });
});
