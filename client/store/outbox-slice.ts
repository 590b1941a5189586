import type { CommandEventName, CommandPayload } from '../../shared/protocol/schemas.js';

/** Participant commands: the ones a phone may queue while offline. */
export type ParticipantEvent =
  'idea:add' | 'idea:edit' | 'idea:delete' | 'ideation:done' | 'sharing:share' | 'sharing:pass' | 'ballot:submit';

type PayloadOf<E extends CommandEventName> = Omit<CommandPayload<E>, 'commandId'>;

/**
 * A participant action waiting for the server's acknowledgement. Its commandId is made once, when
 * the person acts, and sent unchanged on every retry, so the server applies it exactly once.
 */
export type OutboxEntry = {
  [E in ParticipantEvent]: { commandId: string; event: E; payload: PayloadOf<E>; queuedAt: number };
}[ParticipantEvent];

export interface OutboxSlice {
  outbox: OutboxEntry[];
}

export const initialOutbox: OutboxSlice = { outbox: [] };

/** A command id: random enough that two phones never collide, within the protocol's 8-64 characters. */
export function newCommandId(): string {
  return `c-${crypto.randomUUID()}`;
}
