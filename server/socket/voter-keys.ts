import type { AnswerKeys } from '../../shared/session/ratification/ratification-types.js';
import type { AppSocket } from './types.js';

/** A participant's secret keys, derived from their token when a socket attaches (see server/sessions/secrets.ts). */
export interface VoterKeys {
  /** One per plenary ranking round. */
  ballotKeys: [string, string];
  /** The key of their ballot at their table. */
  tableKey: string;
  /** Ratification keys, derived per round when asked for. */
  answerKeys: AnswerKeys;
}

/**
 * Each participant socket's keys, beside the socket in this process's memory only. Not in
 * `socket.data`: a cluster adapter serialises that into its answer to another process's
 * `fetchSockets()` (Presence asks every process), and there a ballot key next to a participant id
 * would tie the stored ballot to its voter for anyone reading the adapter's traffic.
 */
const keysOf = new WeakMap<AppSocket, VoterKeys>();

/** Gives the socket these keys, or takes its keys away (it now speaks for no participant). */
export function holdVoterKeys(socket: AppSocket, keys: VoterKeys | undefined): void {
  if (keys) keysOf.set(socket, keys);
  else keysOf.delete(socket);
}

export function voterKeysOf(socket: AppSocket): VoterKeys | undefined {
  return keysOf.get(socket);
}
