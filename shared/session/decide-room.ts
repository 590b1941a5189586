import { err, ok, type Result } from './result.js';
import type { DecideContext, JoinCommand } from './commands.js';
import { nextTurn } from './decide-sharing.js';
import type { SessionEvent } from './events.js';
import { phaseRule } from './phases.js';
import { ideasOf } from './queries.js';
import type { SessionState } from './state.js';

type Decision = Result<SessionEvent[]>;

/** Whether new participants may join: the room is not locked and the phase takes newcomers. */
export function acceptsJoins(state: SessionState): boolean {
  return !state.locked && phaseRule(state.phase).joinable;
}

/**
 * An organization as the facilitator spelled it when the typed name matches one on their list
 * (any case, spaces trimmed), so that "acme " and "ACME" count as one organization.
 */
export function canonicalOrganization(state: SessionState, typed: string | null): string | null {
  const trimmed = typed?.trim().replace(/\s+/g, ' ') ?? '';
  if (trimmed === '') return null;
  const match = state.organizations.find((known) => known.toLocaleLowerCase() === trimmed.toLocaleLowerCase());
  return match ?? trimmed;
}

/**
 * Someone joins with a name (and organization); their token's hash is how they come back. The
 * same join again (its reply was lost, or the join id was copied to another device) changes
 * nothing: the server hands back the token sealed for that participant, so one person never holds
 * two tokens, and so never two ballot keys for a round.
 */
export function decideJoin(state: SessionState, command: JoinCommand, ctx: DecideContext): Decision {
  const earlier = command.joinKey === null ? undefined : state.joinIds.get(command.joinKey);
  if (earlier !== undefined) {
    return state.participants.get(earlier)?.removed === false
      ? ok([])
      : err('JOIN_REFUSED', 'No open session has that code.');
  }
  if (!acceptsJoins(state)) return err('JOIN_REFUSED', 'No open session has that code.');
  return ok([
    {
      type: 'participantJoined',
      participantId: ctx.newId(),
      name: command.name,
      organization: canonicalOrganization(state, command.organization),
      tokenHash: command.tokenHash,
      at: ctx.now,
      ...(command.joinKey === null ? {} : { joinKey: command.joinKey }),
      ...(command.sealedToken === null ? {} : { sealedToken: command.sealedToken }),
    },
  ]);
}

/** The facilitator locks or unlocks the room against new joiners. */
export function decideLock(state: SessionState, locked: boolean): Decision {
  return state.locked === locked ? ok([]) : ok([{ type: 'roomLocked', locked }]);
}

/**
 * The facilitator removes a participant. Their unshared ideas are withdrawn with them; what they
 * already shared stays on the list, and a ballot they cast cannot be singled out, so it stays.
 */
export function decideRemove(state: SessionState, participantId: string): Decision {
  const participant = state.participants.get(participantId);
  if (!participant || participant.removed) return err('NOT_FOUND', 'No such participant.');
  const events: SessionEvent[] = [{ type: 'participantRemoved', participantId }];
  for (const idea of ideasOf(state, participantId)) {
    if (idea.number === null && idea.status === 'active') events.push({ type: 'ideaWithdrawn', ideaId: idea.id });
  }
  if (state.namedTurns.turn === participantId) {
    const without = {
      ...state,
      participants: new Map(state.participants).set(participantId, { ...participant, removed: true }),
    };
    events.push({ type: 'turnGiven', participantId: nextTurn(without, participantId, state.namedTurns.passed) });
  }
  return ok(events);
}
