import Database from 'better-sqlite3';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import type { Actor, Command } from '../../shared/session/commands.js';
import { defaultSettings } from '../../shared/session/settings.js';
import { silentLogger } from '../../server/logger.js';
import { admit } from '../../server/sessions/participant-access.js';
import { SessionService } from '../../server/sessions/session-service.js';
import { SqliteStore } from '../../server/store/sqlite-store.js';
import { tempDataDir } from '../support/server.js';
import { plainState } from '../support/plain-state.js';

const FACILITATOR: Actor = { role: 'facilitator' };
const NOBODY_ATTACHED = () => false;

describe('sessions leave memory when idle and come back exactly as they were', () => {
  const data = tempDataDir();
  const file = join(data.dir, 'roundtable.sqlite');
  let store: SqliteStore | undefined;
  let service: SessionService | undefined;
  afterEach(() => {
    service?.close();
    store?.close();
    data.remove();
  });

  function open(now?: () => number): SessionService {
    service?.close();
    store?.close();
    store = new SqliteStore(file);
    service = new SessionService({ store, log: silentLogger, now });
    service.load();
    return service;
  }

  /** A session in ideation with people, ideas, command keys and a paused timer. */
  async function busySession(svc: SessionService, title = 'Shared goals') {
    const { sessionId, code } = await svc.create({ title, settings: defaultSettings(), organizations: ['North'] });
    const run = async (command: Command, actor: Actor = FACILITATOR, key: string | null = null) => {
      const result = await svc.execute(sessionId, actor, command, key);
      if (!result.ok) throw new Error(`${command.type}: ${result.error.code}`);
    };
    const people: string[] = [];
    for (const name of ['Ada', 'Grace', 'Linus']) {
      const joined = await admit(svc, sessionId, { name, organization: 'North', joinId: `join-${name}` });
      if (!joined.ok) throw new Error('join refused');
      people.push(joined.value.participantId);
    }
    await run({ type: 'advancePhase', from: 'lobby' });
    for (const [i, participantId] of people.entries()) {
      const actor: Actor = { role: 'participant', participantId, ballotKeys: ['a', 'b'] };
      await run({ type: 'addIdea', text: `Idea ${i}` }, actor, `cmd-${participantId}`);
    }
    await run({ type: 'startTimer', seconds: 300 });
    await run({ type: 'pauseTimer' });
    return { sessionId, code, run };
  }

  const snapshot = (svc: SessionService, id: string) => {
    const live = svc.get(id)!;
    return { state: plainState(live.state), version: live.version, keys: [...live.commandKeys].sort() };
  };

  it('an evicted session is rebuilt from the file with the same state, version, command keys and timer', async () => {
    const svc = open();
    const { sessionId, code } = await busySession(svc);
    const before = snapshot(svc, sessionId);
    expect(before.keys).toHaveLength(3);
    expect(before.state.timer).toMatchObject({ endsAt: null, expired: false });

    expect(svc.evictIdle(0, NOBODY_ATTACHED)).toEqual([sessionId]);
    expect(svc.loadedCount()).toBe(0);
    expect(plainState(svc.findByCode(code)!.state)).toEqual(before.state);
    expect(snapshot(svc, sessionId)).toEqual(before);
    // A retried command is still recognised: applied once, answered as before.
    const retried = await svc.execute(sessionId, FACILITATOR, { type: 'lockRoom', locked: true }, before.keys[0]!);
    expect(retried).toEqual({ ok: true, value: [] });
    expect(svc.get(sessionId)!.version).toBe(before.version);
  });

  it('keeps sessions someone is attached to, recently used, or with a running timer', async () => {
    const svc = open();
    const used = await busySession(svc, 'Used');
    const attached = await busySession(svc, 'Attached');
    const timed = await busySession(svc, 'Timed');
    await timed.run({ type: 'resumeTimer' });
    expect(svc.evictIdle(60_000, NOBODY_ATTACHED)).toEqual([]);
    expect(svc.evictIdle(0, (id) => id === attached.sessionId)).toEqual([used.sessionId]);
    expect(svc.loadedCount()).toBe(2);
  });

  it('a start loads only the sessions whose timer runs, and that timer still fires', async () => {
    const svc = open();
    const quiet = await busySession(svc, 'Quiet');
    const timed = await busySession(svc, 'Timed');
    await timed.run({ type: 'clearTimer' });
    await timed.run({ type: 'startTimer', seconds: 1 });
    const restarted = open();
    expect(restarted.sessionCount()).toBe(2);
    expect(restarted.loadedCount()).toBe(1);
    expect(restarted.evictIdle(0, NOBODY_ATTACHED)).toEqual([]);
    await new Promise((resolve) => setTimeout(resolve, 1_300));
    await restarted.idle();
    expect(restarted.get(timed.sessionId)?.state.phase).toBe('sharing');
    expect(restarted.get(quiet.sessionId)?.state.phase).toBe('ideation');
    // Once the timer has fired, nothing keeps the session in memory or loads it at the next start.
    expect(restarted.evictIdle(0, NOBODY_ATTACHED).sort()).toEqual([quiet.sessionId, timed.sessionId].sort());
    expect(open().loadedCount()).toBe(0);
  });

  it('the retention purge deletes old sessions that are not in memory', async () => {
    let clock = Date.now();
    const svc = open(() => clock);
    const old = await busySession(svc, 'Old');
    clock += 31 * 24 * 3600 * 1000;
    const recent = await busySession(svc, 'Recent');
    const restarted = open(() => clock);
    expect(restarted.loadedCount()).toBe(0);
    expect(await restarted.purgeOlderThan(30 * 24 * 3600 * 1000)).toBe(1);
    expect(restarted.get(old.sessionId)).toBeUndefined();
    expect(restarted.findByCode(old.code)).toBeUndefined();
    expect(restarted.get(recent.sessionId)?.state.title).toBe('Recent');
  });

  it('a file written before the index columns is read, and its running timers are found at start', async () => {
    const svc = open();
    const timed = await busySession(svc, 'Legacy timed');
    await timed.run({ type: 'resumeTimer' });
    const quiet = await busySession(svc, 'Legacy quiet');
    const createdAt = svc.get(quiet.sessionId)!.state.createdAt;
    svc.close();
    store!.close();
    service = undefined;
    store = undefined;
    // What an earlier version's file looks like: the sessions table without the two columns.
    const db = new Database(file);
    db.exec(`CREATE TABLE old AS SELECT id, code, version FROM sessions; PRAGMA foreign_keys = OFF;
      DROP TABLE sessions; CREATE TABLE sessions (id TEXT PRIMARY KEY, code TEXT NOT NULL UNIQUE, version INTEGER NOT NULL);
      INSERT INTO sessions SELECT * FROM old; DROP TABLE old;`);
    db.close();
    const migrated = open();
    expect(migrated.loadedCount()).toBe(2);
    expect(store!.createdBefore(createdAt + 1)).toContain(quiet.sessionId);
    expect(migrated.evictIdle(0, NOBODY_ATTACHED)).toEqual([quiet.sessionId]);
    // The first start wrote down which timers run: the next loads only that one.
    expect(open().loadedCount()).toBe(1);
  });
});
