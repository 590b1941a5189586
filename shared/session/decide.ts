import { err, type Result } from '../protocol/result.js';
import type { Command, DecideContext, FacilitatorCommand, ParticipantCommand } from './commands.js';
import { decideFocusIdea, decideMergeIdeas, decideRewordIdea } from './decide-clarification.js';
import { decideAdoptGoals, decideDescribeGoal } from './decide-goals.js';
import { decideAddIdea, decideDeleteIdea, decideEditIdea, decideSetDone } from './decide-ideation.js';
import { decideAdvance, decideExpireTimer, decideStepBack, decideTimer } from './decide-phase.js';
import { decideSubmitBallot } from './decide-ranking.js';
import { decideJoin, decideLock, decideRemove } from './decide-room.js';
import { decidePassTurn, decideRevealRound, decideShareIdea, decideSkipTurn } from './decide-sharing.js';
import type { SessionEvent } from './events.js';
import type { SessionState } from './state.js';

type Decision = Result<SessionEvent[]>;

function assertNever(value: never): never {
  throw new Error(`Unhandled command: ${JSON.stringify(value)}`);
}

function decideForParticipant(
  state: SessionState,
  command: ParticipantCommand,
  participantId: string,
  ballotKeys: readonly [string, string],
  ctx: DecideContext,
): Decision {
  switch (command.type) {
    case 'addIdea':
      return decideAddIdea(state, participantId, command.text, ctx);
    case 'editIdea':
      return decideEditIdea(state, participantId, command.ideaId, command.text);
    case 'deleteIdea':
      return decideDeleteIdea(state, participantId, command.ideaId);
    case 'setDone':
      return decideSetDone(state, participantId, command.done);
    case 'shareIdea':
      return decideShareIdea(state, participantId, command.ideaId);
    case 'passTurn':
      return decidePassTurn(state, participantId);
    case 'submitBallot':
      return decideSubmitBallot(state, participantId, ballotKeys, command.ranking);
    default:
      return assertNever(command);
  }
}

function decideForFacilitator(state: SessionState, command: FacilitatorCommand, ctx: DecideContext): Decision {
  switch (command.type) {
    case 'advancePhase':
      return decideAdvance(state, command.from, ctx);
    case 'stepBack':
      return decideStepBack(state, command.from, ctx);
    case 'revealRound':
      return decideRevealRound(state, ctx);
    case 'skipTurn':
      return decideSkipTurn(state);
    case 'focusIdea':
      return decideFocusIdea(state, command.ideaId);
    case 'rewordIdea':
      return decideRewordIdea(state, command.ideaId, command.text, ctx.now);
    case 'mergeIdeas':
      return decideMergeIdeas(state, command.targetId, command.sourceIds, command.text, ctx.now);
    case 'lockRoom':
      return decideLock(state, command.locked);
    case 'removeParticipant':
      return decideRemove(state, command.participantId);
    case 'startTimer':
      return decideTimer(state, 'start', command.seconds, ctx.now);
    case 'pauseTimer':
      return decideTimer(state, 'pause', 0, ctx.now);
    case 'resumeTimer':
      return decideTimer(state, 'resume', 0, ctx.now);
    case 'extendTimer':
      return decideTimer(state, 'extend', command.seconds, ctx.now);
    case 'clearTimer':
      return decideTimer(state, 'clear', 0, ctx.now);
    case 'adoptGoals':
      return decideAdoptGoals(state, command.ideaIds, ctx.now);
    case 'describeGoal': {
      const { type: _type, ideaId, ...details } = command;
      return decideDescribeGoal(state, ideaId, details, ctx.now);
    }
    default:
      return assertNever(command);
  }
}

const PARTICIPANT_COMMANDS = new Set<Command['type']>([
  'addIdea',
  'editIdea',
  'deleteIdea',
  'setDone',
  'shareIdea',
  'passTurn',
  'submitBallot',
]);

function isParticipantCommand(command: Command): command is ParticipantCommand {
  return PARTICIPANT_COMMANDS.has(command.type);
}

/**
 * Decides what a command does to a session: the events to record, or a typed refusal.
 * Authorisation comes first: each kind of actor may issue only its own kind of command.
 */
export function decide(state: SessionState, command: Command, ctx: DecideContext): Decision {
  const { actor } = ctx;
  if (command.type === 'join') {
    return actor.role === 'joiner' ? decideJoin(state, command, ctx) : err('FORBIDDEN', 'Only a newcomer joins.');
  }
  if (command.type === 'expireTimer') {
    return actor.role === 'system' ? decideExpireTimer(state, ctx) : err('FORBIDDEN', 'Only the server ends timers.');
  }
  if (isParticipantCommand(command)) {
    if (actor.role !== 'participant') return err('FORBIDDEN', 'Only participants do that.');
    if (state.participants[actor.participantId]?.removed !== false) {
      return err('UNAUTHORIZED', 'You are no longer in this session.');
    }
    return decideForParticipant(state, command, actor.participantId, actor.ballotKeys, ctx);
  }
  if (actor.role !== 'facilitator') return err('FORBIDDEN', 'Only the facilitator does that.');
  return decideForFacilitator(state, command, ctx);
}
