import type { z } from 'zod';
import { senderOf, type CommandOfEvent, type EventSender } from '../../shared/protocol/command-events.js';
import { commandSchemas, type CommandEventName } from '../../shared/protocol/schemas.js';
import type { Command } from '../../shared/session/commands.js';

type Schema<E extends CommandEventName> = (typeof commandSchemas)[E];
type Payload<E extends CommandEventName> = z.output<Schema<E>>;

/** How one wire event becomes a session command, and who may send it. */
export interface CommandSpec {
  role: EventSender;
  schema: z.ZodType;
  toCommand: (payload: never) => Command;
}

/** The event's schema and sender come from shared/; only the payload's mapping is written here. */
function spec<E extends CommandEventName>(
  event: E,
  toCommand: (payload: Payload<E>) => CommandOfEvent<E>,
): CommandSpec {
  return { role: senderOf(event), schema: commandSchemas[event], toCommand };
}

const PREWORK_COMMANDS = {
  'prework:revoke': spec('prework:revoke', (p) => ({ type: 'revokePreworkLink', organization: p.organization })),
  'prework:close': spec('prework:close', (p) => ({ type: 'setPreworkClosed', closed: p.closed })),
  'prework:group': spec('prework:group', (p) => ({
    type: 'groupPriorities',
    label: p.label,
    priorityIds: p.priorityIds,
    themeIds: p.themeIds,
  })),
  'prework:seed': spec('prework:seed', (p) => ({ type: 'seedPrework', itemIds: p.itemIds, attributed: p.attributed })),
  'ratification:open': spec('ratification:open', (p) => ({ type: 'openRatification', ideaIds: p.ideaIds })),
  'ratification:close': spec('ratification:close', (p) => ({ type: 'closeRatification', round: p.round })),
  'ratification:answer': spec('ratification:answer', (p) => ({
    type: 'answerRatification',
    round: p.round,
    answers: p.answers,
  })),
};

/** Every command event of the protocol. */
export const COMMANDS: Record<CommandEventName, CommandSpec> = {
  'idea:add': spec('idea:add', (p) => ({ type: 'addIdea', text: p.text })),
  'idea:edit': spec('idea:edit', (p) => ({ type: 'editIdea', ideaId: p.ideaId, text: p.text })),
  'idea:delete': spec('idea:delete', (p) => ({ type: 'deleteIdea', ideaId: p.ideaId })),
  'ideation:done': spec('ideation:done', (p) => ({ type: 'setDone', done: p.done })),
  'sharing:share': spec('sharing:share', (p) => ({ type: 'shareIdea', ideaId: p.ideaId })),
  'sharing:pass': spec('sharing:pass', () => ({ type: 'passTurn' })),
  'ballot:submit': spec('ballot:submit', (p) => ({ type: 'submitBallot', ranking: p.ranking })),
  'phase:advance': spec('phase:advance', (p) => ({ type: 'advancePhase', from: p.from })),
  'phase:back': spec('phase:back', (p) => ({ type: 'stepBack', from: p.from })),
  'sharing:reveal-round': spec('sharing:reveal-round', () => ({ type: 'revealRound' })),
  'sharing:skip-turn': spec('sharing:skip-turn', () => ({ type: 'skipTurn' })),
  'idea:focus': spec('idea:focus', (p) => ({ type: 'focusIdea', ideaId: p.ideaId })),
  'idea:reword': spec('idea:reword', (p) => ({ type: 'rewordIdea', ideaId: p.ideaId, text: p.text })),
  'idea:merge': spec('idea:merge', (p) => ({
    type: 'mergeIdeas',
    targetId: p.targetId,
    sourceIds: p.sourceIds,
    text: p.text,
  })),
  'room:lock': spec('room:lock', (p) => ({ type: 'lockRoom', locked: p.locked })),
  'participant:remove': spec('participant:remove', (p) => ({
    type: 'removeParticipant',
    participantId: p.participantId,
  })),
  'timer:start': spec('timer:start', (p) => ({ type: 'startTimer', seconds: p.seconds })),
  'timer:pause': spec('timer:pause', () => ({ type: 'pauseTimer' })),
  'timer:resume': spec('timer:resume', () => ({ type: 'resumeTimer' })),
  'timer:extend': spec('timer:extend', (p) => ({ type: 'extendTimer', seconds: p.seconds })),
  'timer:clear': spec('timer:clear', () => ({ type: 'clearTimer' })),
  'goals:adopt': spec('goals:adopt', (p) => ({ type: 'adoptGoals', ideaIds: p.ideaIds })),
  'goal:describe': spec('goal:describe', (p) => ({
    type: 'describeGoal',
    ideaId: p.ideaId,
    rationale: p.rationale,
    owner: p.owner,
    indicator: p.indicator,
    targetDate: p.targetDate,
  })),
  'tables:seat': spec('tables:seat', () => ({ type: 'seatTables' })),
  'tables:move': spec('tables:move', (p) => ({
    type: 'seatParticipant',
    participantId: p.participantId,
    tableId: p.tableId,
  })),
  'table:host': spec('table:host', (p) => ({
    type: 'setTableHost',
    tableId: p.tableId,
    participantId: p.participantId,
  })),
  'table:choose': spec('table:choose', (p) => ({ type: 'chooseTable', tableId: p.tableId })),
  ...PREWORK_COMMANDS,
};
