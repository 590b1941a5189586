import type { ParticipantEventName } from '../../shared/protocol/command-events.js';
import type { CommandEventName, CommandPayload } from '../../shared/protocol/schemas.js';

type PayloadOf<E extends CommandEventName> = Omit<CommandPayload<E>, 'commandId'>;

/**
 * A participant action waiting for the server's acknowledgement. Its commandId is made once, when
 * the person acts, and sent unchanged on every retry, so the server applies it exactly once.
 */
export type OutboxEntry = {
  [E in ParticipantEventName]: { commandId: string; event: E; payload: PayloadOf<E>; queuedAt: number };
}[ParticipantEventName];

export interface OutboxSlice {
  /** Actions waiting to be sent or acknowledged, oldest first. */
  outbox: OutboxEntry[];
  /**
   * Actions the server acknowledged that no private view has shown yet. The view follows the ack
   * within one flush interval; until it does, these still speak for what the person did, so a
   * sent ballot or idea does not blink back to its old state.
   */
  acked: OutboxEntry[];
}

export const initialOutbox: OutboxSlice = { outbox: [], acked: [] };

/** What the person did that no view shows yet: acknowledged first, then queued, in order. */
export function unseenActions(state: OutboxSlice): OutboxEntry[] {
  return state.acked.length === 0 ? state.outbox : [...state.acked, ...state.outbox];
}

/** A command id: random enough that two phones never collide, within the protocol's 8-64 characters. */
export function newCommandId(): string {
  return `c-${crypto.randomUUID()}`;
}
