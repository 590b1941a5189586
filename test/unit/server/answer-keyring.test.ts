import { createHmac } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import { MAX_RATIFICATION_ROUNDS } from '../../../shared/session/ratification/ratification-types.js';
import { AnswerKeyring } from '../../../server/sessions/secrets.js';

const SALT = 'session-salt';
const TOKEN = 'a-participant-token-of-32-symbols';

describe('AnswerKeyring', () => {
  it('derives each round’s key as it always has: answers stored before a restart must still be found', () => {
    const ring = new AnswerKeyring(SALT, TOKEN);
    for (let round = 1; round <= MAX_RATIFICATION_ROUNDS; round++) {
      const expected = createHmac('sha256', SALT).update(`ratify:${round}:${TOKEN}`).digest('base64url');
      expect(ring.forRound(round)).toBe(expected);
      expect(ring.forRound(round)).toBe(expected);
    }
  });

  it('gives keys that differ by round, by token and by session', () => {
    const keys = new Set([
      new AnswerKeyring(SALT, TOKEN).forRound(1),
      new AnswerKeyring(SALT, TOKEN).forRound(2),
      new AnswerKeyring(SALT, `${TOKEN}x`).forRound(1),
      new AnswerKeyring(`${SALT}x`, TOKEN).forRound(1),
    ]);
    expect(keys.size).toBe(4);
  });

  it('has no key for a round a session cannot hold', () => {
    const ring = new AnswerKeyring(SALT, TOKEN);
    for (const round of [0, -1, MAX_RATIFICATION_ROUNDS + 1, 1.5, Number.NaN, Number.POSITIVE_INFINITY]) {
      expect(ring.forRound(round)).toBeUndefined();
    }
  });

  it('carries neither the token nor a derived key when socket data is serialised (cluster adapter)', () => {
    const ring = new AnswerKeyring(SALT, TOKEN);
    const key = ring.forRound(1) as string;
    const serialised = JSON.stringify({ answerKeys: ring });
    expect(serialised).toBe('{"answerKeys":{}}');
    expect(serialised).not.toContain(key);
    expect(Object.keys(ring)).toEqual([]);
  });
});
