import { createHash, createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { customAlphabet, nanoid } from 'nanoid';
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
 * A participant's ballot keys, one per ranking round: HMAC of their token under the session's
 * salt, prefixed with the round. The store holds only the token's SHA-256, from which the keys
 * cannot be computed, so no stored column links a ballot to its voter; only a request that
 * presents the token can find "my ballot".
 */
export function ballotKeys(salt: string, token: string): [string, string] {
  const key = (round: number) =>
    `${round}:${createHmac('sha256', salt).update(`${round}:${token}`).digest('base64url')}`;
  return [key(1), key(2)];
}
