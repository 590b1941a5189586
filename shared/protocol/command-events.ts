import { COMMAND_RULES, type Command, type CommandTypeOf } from '../session/commands.js';
import type { CommandEventName, CommandPayload } from './schemas.js';

/** The session command each command event of the wire carries; who may send it follows from COMMAND_RULES. */
export const COMMAND_OF_EVENT = {
  'idea:add': 'addIdea',
  'idea:edit': 'editIdea',
  'idea:delete': 'deleteIdea',
  'ideation:done': 'setDone',
  'sharing:share': 'shareIdea',
  'sharing:pass': 'passTurn',
  'ballot:submit': 'submitBallot',
  'phase:advance': 'advancePhase',
  'phase:back': 'stepBack',
  'sharing:reveal-round': 'revealRound',
  'sharing:skip-turn': 'skipTurn',
  'idea:focus': 'focusIdea',
  'idea:reword': 'rewordIdea',
  'idea:merge': 'mergeIdeas',
  'room:lock': 'lockRoom',
  'participant:remove': 'removeParticipant',
  'timer:start': 'startTimer',
  'timer:pause': 'pauseTimer',
  'timer:resume': 'resumeTimer',
  'timer:extend': 'extendTimer',
  'timer:clear': 'clearTimer',
  'goals:adopt': 'adoptGoals',
  'goal:describe': 'describeGoal',
  'tables:seat': 'seatTables',
  'tables:move': 'seatParticipant',
  'table:host': 'setTableHost',
  'table:choose': 'chooseTable',
  'prework:revoke': 'revokePreworkLink',
  'prework:close': 'setPreworkClosed',
  'prework:group': 'groupPriorities',
  'prework:seed': 'seedPrework',
  'ratification:open': 'openRatification',
  'ratification:close': 'closeRatification',
  'ratification:answer': 'answerRatification',
} as const satisfies Record<CommandEventName, CommandTypeOf<'participant' | 'facilitator'>>;

/** The session command an event carries. */
export type CommandOfEvent<E extends CommandEventName> = Extract<Command, { type: (typeof COMMAND_OF_EVENT)[E] }>;

/** Who may send an event over the wire. */
export type EventSender = 'participant' | 'facilitator';

type EventsBy<R extends EventSender> = {
  [E in CommandEventName]: (typeof COMMAND_OF_EVENT)[E] extends CommandTypeOf<R> ? E : never;
}[CommandEventName];

/** The events a participant sends: the ones a phone may queue while offline. */
export type ParticipantEventName = EventsBy<'participant'>;

/** Who may send `event`: the sender of the command it carries. */
export function senderOf(event: CommandEventName): EventSender {
  return COMMAND_RULES[COMMAND_OF_EVENT[event]].by;
}

/** Every event a participant sends, in protocol order. */
export const PARTICIPANT_EVENTS = (Object.keys(COMMAND_OF_EVENT) as CommandEventName[]).filter(
  (event): event is ParticipantEventName => senderOf(event) === 'participant',
);

// Fails to compile when a payload's envelope disagrees with its sender: the facilitator's
// commands carry the facilitator token, a participant's never do.
type Misfits = {
  [E in CommandEventName]: ('token' extends keyof CommandPayload<E> ? 'facilitator' : 'participant') extends (
    E extends ParticipantEventName ? 'participant' : 'facilitator'
  )
    ? never
    : E;
}[CommandEventName];
const envelopesMatchSenders: [Misfits] extends [never] ? true : never = true;
void envelopesMatchSenders;
