import type { Result } from '../../shared/session/result.js';
import type { Actor, Command } from '../../shared/session/commands.js';
import { isSecretEvent, type SessionEvent } from '../../shared/session/events.js';
import type { StateDraft } from '../../shared/session/state-draft.js';
import type { SessionChange } from '../store/event-store.js';
import { toSecretRow } from './secret-rows.js';

/**
 * A session within one batch, before it is committed: every command of the batch is decided on
 * and applied to one draft, so a burst of ballots copies the ballot map once, not once each.
 */
export interface Draft {
  state: StateDraft;
  version: number;
  /** Command keys applied in this batch. */
  keys: string[];
}

export interface Answer {
  item: Pending;
  result: Result<SessionEvent[]>;
  /** Answered from a key committed before this batch, so true whatever becomes of the batch. */
  settled: boolean;
}

/** Consecutive failed commits after which the server reports itself degraded. */
export const DEGRADED_AFTER = 3;

/** Whether the server can store what it is told: `/healthz` says it. */
export type Health = { ok: true } | { ok: false; reason: string };

/** What the store keeps of one accepted command: public events, and ballots apart. */
export function toChange(
  sessionId: string,
  version: number,
  events: SessionEvent[],
  commandKey: string | null,
  timerEndsAt: number | null,
): SessionChange {
  return {
    timerEndsAt,
    sessionId,
    version,
    events: events.filter((e) => !isSecretEvent(e)),
    ballots: events.filter(isSecretEvent).map(toSecretRow),
    commandKey,
  };
}

/**
 * Whether a batch closes a vote: ranking left for discussion or results (the plenary's or a
 * table's), or a ratification round closed.
 */
export function closesVoting(changes: readonly SessionChange[]): boolean {
  return changes.some((change) =>
    change.events.some((e) => {
      const fact = e.type === 'atTable' ? e.event : e;
      return (fact.type === 'phaseChanged' && fact.from === 'ranking') || fact.type === 'ratificationClosed';
    }),
  );
}

export interface Pending {
  sessionId: string;
  actor: Actor;
  command: Command;
  commandKey: string | null;
  resolve: (result: Result<SessionEvent[]>) => void;
}
