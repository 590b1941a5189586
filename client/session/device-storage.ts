import { PARTICIPANT_EVENTS } from '../../shared/protocol/command-events.js';
import type { Drafts } from '../store/drafts-slice.js';
import type { OutboxEntry } from '../store/outbox-slice.js';

/**
 * What this device remembers per room code, in localStorage: the participant's token (to come
 * back without typing), the facilitator's token (kept out of URLs the server sees), actions not
 * yet acknowledged, and drafts. Storage can be unavailable (private mode, quota): then we carry on
 * without it rather than fail.
 */
const KEYS = {
  participant: (code: string) => `roundtable:participant:${code}`,
  facilitator: (code: string) => `roundtable:host:${code}`,
  outbox: (code: string) => `roundtable:outbox:${code}`,
  drafts: (code: string) => `roundtable:drafts:${code}`,
};

function read(key: string): unknown {
  try {
    const raw = localStorage.getItem(key);
    return raw === null ? null : (JSON.parse(raw) as unknown);
  } catch {
    return null;
  }
}

function write(key: string, value: unknown): void {
  try {
    if (value === null) localStorage.removeItem(key);
    else localStorage.setItem(key, JSON.stringify(value));
  } catch {
    // Nothing to do: the session still works, it just cannot survive a reload on this device.
  }
}

const isObject = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

export interface ParticipantIdentity {
  token: string;
  participantId: string;
}

export function loadParticipant(code: string): ParticipantIdentity | null {
  const value = read(KEYS.participant(code));
  if (!isObject(value) || typeof value.token !== 'string' || typeof value.participantId !== 'string') return null;
  return { token: value.token, participantId: value.participantId };
}

export function saveParticipant(code: string, identity: ParticipantIdentity | null): void {
  write(KEYS.participant(code), identity);
}

export function loadFacilitatorToken(code: string): string | null {
  const value = read(KEYS.facilitator(code));
  return typeof value === 'string' ? value : null;
}

export function saveFacilitatorToken(code: string, token: string | null): void {
  write(KEYS.facilitator(code), token);
}

export function loadOutbox(code: string): OutboxEntry[] {
  const value = read(KEYS.outbox(code));
  if (!Array.isArray(value)) return [];
  // Entries were written by this app; a malformed one, or one of an event the protocol no longer has, is dropped rather than sent.
  return value.filter(
    (entry): entry is OutboxEntry =>
      isObject(entry) &&
      typeof entry.commandId === 'string' &&
      PARTICIPANT_EVENTS.some((event) => event === entry.event) &&
      isObject(entry.payload),
  );
}

export function saveOutbox(code: string, outbox: readonly OutboxEntry[]): void {
  write(KEYS.outbox(code), outbox.length === 0 ? null : outbox);
}

export function loadDrafts(code: string): Drafts | null {
  const value = read(KEYS.drafts(code));
  if (!isObject(value)) return null;
  const ids = (list: unknown) =>
    Array.isArray(list) ? list.filter((id): id is string => typeof id === 'string') : null;
  return {
    ideaText: typeof value.ideaText === 'string' ? value.ideaText : '',
    ranking: ids(value.ranking),
  };
}

export function saveDrafts(code: string, drafts: Drafts | null): void {
  write(KEYS.drafts(code), drafts);
}

/** Forgets everything about a room on this device (after removal, or leaving). */
export function forgetRoom(code: string): void {
  saveParticipant(code, null);
  saveOutbox(code, []);
  saveDrafts(code, null);
}
