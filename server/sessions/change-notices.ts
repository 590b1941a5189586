import type { Actor } from '../../shared/session/commands.js';
import type { SessionEvent } from '../../shared/session/events.js';
import type { SessionState } from '../../shared/session/state.js';
import { ratificationSettingsOf } from '../../shared/session/ratification/rule.js';

/**
 * Participants whose private view the events change, so that only they are sent a new one.
 * Authors are looked up in the state after the events.
 */
export function touchedParticipants(state: SessionState, events: readonly SessionEvent[], actor: Actor): Set<string> {
  const touched = new Set<string>();
  const author = (ideaId: string) => {
    const id = state.ideas.get(ideaId)?.authorId;
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
      case 'ratificationAnswered':
        // A delegate's answer is every member's "my organization's answer".
        if (ratificationSettingsOf(state.settings).voters === 'delegates') {
          for (const id of state.participantOrder) {
            if (state.participants.get(id)?.organization === event.organization) touched.add(id);
          }
        }
        if (actor.role === 'participant') touched.add(actor.participantId);
        break;
      case 'ratificationOpened':
        // A new round starts with no answers: everyone's "my answers" goes back to empty.
        for (const id of state.participantOrder) touched.add(id);
        break;
      case 'participantJoined':
      case 'participantDoneSet':
        touched.add(event.participantId);
        break;
      case 'phaseChanged':
        // The final vote starts with no ballots: everyone's "my ballot" goes back to empty; and
        // as the tables start or end, everyone's ideas are those at their table, or the session's.
        if (
          (event.from === 'discussion' && event.to === 'ranking') ||
          event.from === 'tables' ||
          event.to === 'tables'
        ) {
          for (const id of state.participantOrder) touched.add(id);
        }
        break;
      case 'atTable':
      case 'tableHostSet':
        // Whatever happens at a table may change what its few members see of their own.
        for (const id of state.tables[event.tableId]?.members ?? []) touched.add(id);
        break;
      case 'participantSeated':
        touched.add(event.participantId);
        break;
      case 'tablesSeated':
        for (const id of state.participantOrder) touched.add(id);
        break;
      default:
        break;
    }
  }
  return touched;
}

/** What changed in a session, for the fan-out to decide who gets a new view. */
export interface ChangeNotice {
  sessionId: string;
  privateFor: Set<string>;
  removed: string[];
  /** How many accepted commands the change holds (a storm comes in batches of many). */
  commands: number;
  /** The whole session was deleted. */
  deleted?: boolean;
}

/** One accepted command of a committed batch. */
export interface AcceptedCommand {
  sessionId: string;
  actor: Actor;
  events: readonly SessionEvent[];
}

/** One notice per session changed by a committed batch; `states` are the sessions after it. */
export function changeNotices(
  states: ReadonlyMap<string, SessionState>,
  accepted: readonly AcceptedCommand[],
): ChangeNotice[] {
  const notices = new Map<string, ChangeNotice>();
  for (const { sessionId, actor, events } of accepted) {
    const state = states.get(sessionId);
    if (!state) continue;
    const notice = notices.get(sessionId) ?? { sessionId, privateFor: new Set<string>(), removed: [], commands: 0 };
    notice.commands += 1;
    for (const id of touchedParticipants(state, events, actor)) notice.privateFor.add(id);
    for (const event of events) {
      // A removal during the tables is decided at the table of whoever is removed.
      const fact = event.type === 'atTable' ? event.event : event;
      if (fact.type === 'participantRemoved') notice.removed.push(fact.participantId);
    }
    notices.set(sessionId, notice);
  }
  return [...notices.values()];
}
