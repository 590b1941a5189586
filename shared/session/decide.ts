import { err, type Result } from './result.js';
import {
  COMMAND_RULES,
  isFacilitatorCommand,
  isParticipantCommand,
  type Actor,
  type Command,
  type CommandRule,
  type DecideContext,
  type FacilitatorCommand,
  type ParticipantCommand,
  type Role,
} from './commands.js';
import { decideFocusIdea, decideMergeIdeas, decideRewordIdea } from './decide-clarification.js';
import { decideAdoptGoals, decideDescribeGoal } from './decide-goals.js';
import { decideAddIdea, decideDeleteIdea, decideEditIdea, decideSetDone } from './decide-ideation.js';
import { decideAdvance, decideStepBack, decideTimer } from './decide-phase.js';
import { decideSubmitBallot } from './decide-ranking.js';
import { decideJoin, decideLock, decideRemove } from './decide-room.js';
import { decidePassTurn, decideRevealRound, decideShareIdea, decideSkipTurn } from './decide-sharing.js';
import type { SessionEvent } from './events.js';
import type { SessionState } from './state.js';
import { decideChooseTable, decideTableCommand, routeToTable, seatNewcomer } from './tables/decide-tables.js';
import { decideTimersDue } from './tables/table-timers.js';
import {
  decideGroup,
  decideIssueLink,
  decideRevokeLink,
  decideSavePrework,
  decideSeed,
  decideSetClosed,
} from './prework/decide-prework.js';
import { decideAnswer, decideCloseRatification, decideOpenRatification } from './ratification/decide-ratification.js';
import { NO_ANSWER_KEYS } from './ratification/ratification-types.js';

type Decision = Result<SessionEvent[]>;
type ParticipantActor = Extract<Actor, { role: 'participant' }>;

function assertNever(value: never): never {
  throw new Error(`Unhandled command: ${JSON.stringify(value)}`);
}

function decideForParticipant(
  state: SessionState,
  command: ParticipantCommand,
  { participantId, ballotKeys, answerKeys = NO_ANSWER_KEYS }: ParticipantActor,
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
    case 'chooseTable':
      return decideChooseTable(state, participantId, command.tableId);
    case 'answerRatification':
      return decideAnswer(state, participantId, answerKeys, command);
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
    case 'seatTables':
    case 'seatParticipant':
    case 'setTableHost':
    case 'atTable':
      return decideTableCommand(state, command, ctx, decide);
    case 'issuePreworkLink':
      return decideIssueLink(state, command);
    case 'revokePreworkLink':
      return decideRevokeLink(state, command.organization);
    case 'setPreworkClosed':
      return decideSetClosed(state, command.closed, ctx);
    case 'groupPriorities':
      return decideGroup(state, command, ctx);
    case 'seedPrework':
      return decideSeed(state, command, ctx);
    case 'openRatification':
      return decideOpenRatification(state, command.ideaIds, ctx);
    case 'closeRatification':
      return decideCloseRatification(state, command.round, ctx);
    default:
      return assertNever(command);
  }
}

const ONLY: Record<Role, string> = {
  participant: 'Only participants do that.',
  facilitator: 'Only the facilitator does that.',
  system: 'Only the server ends timers.',
  joiner: 'Only a newcomer joins.',
  representative: 'Only an organization’s pre-work link does that.',
};

/** What the command rules say before any command-specific check: who may send it, and when. */
function refusal(state: SessionState, command: Command, actor: Actor): Decision | null {
  const rule: CommandRule = COMMAND_RULES[command.type];
  if (actor.role !== rule.by) return err('FORBIDDEN', ONLY[rule.by]);
  if (actor.role === 'participant' && state.participants.get(actor.participantId)?.removed !== false) {
    return err('UNAUTHORIZED', 'You are no longer in this session.');
  }
  if (rule.phases && !rule.phases.includes(state.phase)) {
    return err('WRONG_PHASE', rule.wrongPhase);
  }
  return null;
}

/**
 * Decides what a command does to a session: the events to record, or a typed refusal.
 * Authorisation and the phase come first, checked once against COMMAND_RULES.
 */
export function decide(state: SessionState, command: Command, ctx: DecideContext): Decision {
  const atTable = routeToTable(state, command, ctx, decide);
  if (atTable) return atTable;
  const refused = refusal(state, command, ctx.actor);
  if (refused) return refused;
  const { actor } = ctx;
  if (isParticipantCommand(command)) {
    return actor.role === 'participant'
      ? decideForParticipant(state, command, actor, ctx)
      : err('FORBIDDEN', ONLY.participant);
  }
  if (isFacilitatorCommand(command)) return decideForFacilitator(state, command, ctx);
  if (command.type === 'savePrework') return decideSavePrework(state, command, ctx);
  return command.type === 'join'
    ? seatNewcomer(state, decideJoin(state, command, ctx))
    : decideTimersDue(state, ctx, decide);
}
