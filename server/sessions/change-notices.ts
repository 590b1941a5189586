import type { Actor } from '../../shared/session/commands.js';
import type { SessionEvent } from '../../shared/session/events.js';
import type { SessionState } from '../../shared/session/state.js';

/**
 * Participants whose private view the events change, so that only they are sent a new one.
 * Authors are looked up in the state after the events.
 */
export function touchedParticipants(state: SessionState, events: readonly SessionEvent[], actor: Actor): Set<string> {
  const touched = new Set<string>();
  const author = (ideaId: string) => {
    const id = state.ideas[ideaId]?.authorId;
    if (id) touched.add(id);
  };
  for (const event of events) {
    switch (event.type) {
      case 'ideaAdded':
      case 'ideaEdited':
      case 'ideaWithdrawn':
      case 'ideaReworded':
        author(event.ideaId);
        break;
      case 'ideasRevealed':
        event.ideaIds.forEach(author);
        break;
      case 'ideasMerged':
        [event.targetId, ...event.sourceIds].forEach(author);
        break;
      case 'ballotCast':
        if (actor.role === 'participant') touched.add(actor.participantId);
        break;
      case 'participantJoined':
      case 'participantDoneSet':
        touched.add(event.participantId);
        break;
      default:
        break;
    }
  }
  return touched;
}
