import type { z } from 'zod';
import { commandSchemas, type CommandEventName } from '../../shared/protocol/schemas.js';
import type { FacilitatorCommand, ParticipantCommand } from '../../shared/session/commands.js';

type Schema<E extends CommandEventName> = (typeof commandSchemas)[E];
type Payload<E extends CommandEventName> = z.output<Schema<E>>;

/** How one wire event becomes a session command, and who may send it. */
export type CommandSpec =
  | { role: 'participant'; schema: z.ZodType; toCommand: (payload: never) => ParticipantCommand }
  | { role: 'facilitator'; schema: z.ZodType; toCommand: (payload: never) => FacilitatorCommand };

function participant<E extends CommandEventName>(
  event: E,
  toCommand: (payload: Payload<E>) => ParticipantCommand,
): CommandSpec {
  return { role: 'participant', schema: commandSchemas[event], toCommand };
}

function facilitator<E extends CommandEventName>(
  event: E,
  toCommand: (payload: Payload<E>) => FacilitatorCommand,
): CommandSpec {
  return { role: 'facilitator', schema: commandSchemas[event], toCommand };
}

/** Every command event of the protocol. */
export const COMMANDS: Record<CommandEventName, CommandSpec> = {
  'idea:add': participant('idea:add', (p) => ({ type: 'addIdea', text: p.text })),
  'idea:edit': participant('idea:edit', (p) => ({ type: 'editIdea', ideaId: p.ideaId, text: p.text })),
  'idea:delete': participant('idea:delete', (p) => ({ type: 'deleteIdea', ideaId: p.ideaId })),
  'ideation:done': participant('ideation:done', (p) => ({ type: 'setDone', done: p.done })),
  'sharing:share': participant('sharing:share', (p) => ({ type: 'shareIdea', ideaId: p.ideaId })),
  'sharing:pass': participant('sharing:pass', () => ({ type: 'passTurn' })),
  'ballot:submit': participant('ballot:submit', (p) => ({ type: 'submitBallot', ranking: p.ranking })),
  'phase:advance': facilitator('phase:advance', (p) => ({ type: 'advancePhase', from: p.from })),
  'phase:back': facilitator('phase:back', (p) => ({ type: 'stepBack', from: p.from })),
  'sharing:reveal-round': facilitator('sharing:reveal-round', () => ({ type: 'revealRound' })),
  'sharing:skip-turn': facilitator('sharing:skip-turn', () => ({ type: 'skipTurn' })),
  'idea:focus': facilitator('idea:focus', (p) => ({ type: 'focusIdea', ideaId: p.ideaId })),
  'idea:reword': facilitator('idea:reword', (p) => ({ type: 'rewordIdea', ideaId: p.ideaId, text: p.text })),
  'idea:merge': facilitator('idea:merge', (p) => ({
    type: 'mergeIdeas',
    targetId: p.targetId,
    sourceIds: p.sourceIds,
    text: p.text,
  })),
  'room:lock': facilitator('room:lock', (p) => ({ type: 'lockRoom', locked: p.locked })),
  'participant:remove': facilitator('participant:remove', (p) => ({
    type: 'removeParticipant',
    participantId: p.participantId,
  })),
  'timer:start': facilitator('timer:start', (p) => ({ type: 'startTimer', seconds: p.seconds })),
  'timer:pause': facilitator('timer:pause', () => ({ type: 'pauseTimer' })),
  'timer:resume': facilitator('timer:resume', () => ({ type: 'resumeTimer' })),
  'timer:extend': facilitator('timer:extend', (p) => ({ type: 'extendTimer', seconds: p.seconds })),
  'timer:clear': facilitator('timer:clear', () => ({ type: 'clearTimer' })),
  'goals:adopt': facilitator('goals:adopt', (p) => ({ type: 'adoptGoals', ideaIds: p.ideaIds })),
  'goal:describe': facilitator('goal:describe', (p) => ({
    type: 'describeGoal',
    ideaId: p.ideaId,
    rationale: p.rationale,
    owner: p.owner,
    indicator: p.indicator,
    targetDate: p.targetDate,
  })),
};
