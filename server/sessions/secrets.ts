import {
  createCipheriv,
  createDecipheriv,
  createHash,
  createHmac,
  hkdfSync,
  randomBytes,
  timingSafeEqual,
} from 'node:crypto';
import { customAlphabet, nanoid } from 'nanoid';
import { MAX_RATIFICATION_ROUNDS, type AnswerKeys } from '../../shared/session/ratification/ratification-types.js';
import { ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH } from '../../shared/session/room-code.js';

/** A bearer token: 32 nanoid symbols, 192 bits from the system's secure random source. */
export function newToken(): string {
  return nanoid(32);
}

/** A fresh id for sessions, participants and ideas. */
export function newId(): string {
  return nanoid(16);
}

/** A random room code; nanoid draws from crypto.getRandomValues without modulo bias. */
export const newRoomCode: () => string = customAlphabet(ROOM_CODE_ALPHABET, ROOM_CODE_LENGTH);

/** A per-session secret from which ballot keys are derived. */
export function newSalt(): string {
  return randomBytes(32).toString('base64url');
}

/** HMAC-SHA-256 of a message under a key, as every derived key here is written. */
function keyed(key: string, message: string): string {
  return createHmac('sha256', key).update(message).digest('base64url');
}

/** What is stored in place of a token. */
export function hashToken(token: string): string {
  return createHash('sha256').update(token).digest('base64url');
}

/** Compares a presented token with a stored hash in constant time. */
export function tokenMatches(token: string, storedHash: string): boolean {
  const presented = Buffer.from(hashToken(token));
  const stored = Buffer.from(storedHash);
  return presented.length === stored.length && timingSafeEqual(presented, stored);
}

/**
 * What a join id is stored as: its HMAC under the session's salt. The id itself (a random UUID
 * made by the client) is never stored, so the token sealed under it cannot be opened from disk.
 */
export function joinKey(salt: string, joinId: string): string {
  return keyed(salt, `join:${joinId}`);
}

function sealKey(salt: string, joinId: string): Buffer {
  return Buffer.from(hkdfSync('sha256', joinId, salt, 'roundtable token seal', 32));
}

/**
 * A participant's token sealed (AES-256-GCM) under a key derived from their join id, so that the
 * same join, retried, is answered with the same token: one person keeps one token, hence one
 * ballot key per round, however often they join again.
 */
export function sealToken(salt: string, joinId: string, token: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', sealKey(salt, joinId), iv);
  const sealed = Buffer.concat([cipher.update(token, 'utf8'), cipher.final()]);
  return Buffer.concat([iv, cipher.getAuthTag(), sealed]).toString('base64url');
}

/** Opens a token sealed by `sealToken`; null if the join id is not the one it was sealed under. */
export function unsealToken(salt: string, joinId: string, sealed: string): string | null {
  const bytes = Buffer.from(sealed, 'base64url');
  if (bytes.length < 29) return null;
  const decipher = createDecipheriv('aes-256-gcm', sealKey(salt, joinId), bytes.subarray(0, 12));
  decipher.setAuthTag(bytes.subarray(12, 28));
  try {
    return Buffer.concat([decipher.update(bytes.subarray(28)), decipher.final()]).toString('utf8');
  } catch {
    return null;
  }
}

/**
 * The stored key of a ballot command, for recognising a retry: an HMAC of the client's command id
 * under the voter's ballot keys (which nothing stored can compute), never the participant's id,
 * so the commands table cannot name a voter.
 */
export function ballotCommandKey(keys: readonly [string, string], commandId: string): string {
  return `b:${keyed(keys.join(' '), commandId)}`;
}

/**
 * A participant's ballot keys, one per ranking round: HMAC of their token under the session's
 * salt, prefixed with the round. The store holds only the token's SHA-256, from which the keys
 * cannot be computed, so no stored column links a ballot to its voter; only a request that
 * presents the token can find "my ballot".
 */
export function ballotKeys(salt: string, token: string): [string, string] {
  const key = (round: number) => `${round}:${keyed(salt, `${round}:${token}`)}`;
  return [key(1), key(2)];
}

/**
 * A participant's ballot key for the vote at their table: like the plenary keys, an HMAC of their
 * token that nothing stored can compute, and unlike them in every byte, so that no stored key ties
 * a table ballot to the same person's plenary ballot. Prefixed as a first round's, which it is at
 * the table.
 */
export function tableBallotKey(salt: string, token: string): string {
  return `1:${keyed(salt, `table:${token}`)}`;
}

/**
 * A participant's ratification keys, one per round: like ballot keys, an HMAC of their token under
 * the session's salt (with a purpose of its own, so no ballot key can be turned into an answer key).
 * Each is derived the first time a round asks for it (most sessions never ratify), so the ring
 * keeps the token, in private fields: nothing that serialises the ring (a log line, a dump)
 * carries it.
 */
export class AnswerKeyring implements AnswerKeys {
  readonly #salt: string;
  readonly #token: string;
  readonly #derived = new Map<number, string>();

  constructor(salt: string, token: string) {
    this.#salt = salt;
    this.#token = token;
  }

  forRound(round: number): string | undefined {
    if (!Number.isInteger(round) || round < 1 || round > MAX_RATIFICATION_ROUNDS) return undefined;
    let key = this.#derived.get(round);
    if (key === undefined) {
      key = keyed(this.#salt, `ratify:${round}:${this.#token}`);
      this.#derived.set(round, key);
    }
    return key;
  }
}
