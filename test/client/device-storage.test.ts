import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { loadDrafts, loadOutbox } from '../../client/session/device-storage.js';

/** The part of the Storage interface device-storage uses, over a Map. */
class MemoryStorage {
  readonly items = new Map<string, string>();
  getItem(key: string) {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string) {
    this.items.set(key, value);
  }
  removeItem(key: string) {
    this.items.delete(key);
  }
}

describe('what a phone keeps for a room', () => {
  let storage: MemoryStorage;
  beforeEach(() => {
    storage = new MemoryStorage();
    Object.assign(globalThis, { localStorage: storage });
  });
  afterEach(() => {
    Reflect.deleteProperty(globalThis, 'localStorage');
  });

  it('sends again only queued actions of events a participant may send', () => {
    const entry = (event: string) => ({ commandId: `c-${event}`, event, payload: {}, queuedAt: 0 });
    storage.setItem(
      'roundtable:outbox:ROOM',
      JSON.stringify([entry('sharing:pass'), entry('phase:advance'), entry('idea:fly'), { event: 'idea:add' }]),
    );
    expect(loadOutbox('ROOM').map((queued) => queued.event)).toEqual(['sharing:pass']);
  });

  it('reads drafts written before the ballot was held once, keeping only the unsent edit', () => {
    storage.setItem(
      'roundtable:drafts:ROOM',
      JSON.stringify({ ideaText: 'half', ranking: ['a'], sentRanking: ['a'], sentRound: 1, done: true }),
    );
    expect(loadDrafts('ROOM')).toEqual({ ideaText: 'half', ranking: ['a'] });
  });
});
