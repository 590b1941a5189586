import { TIMED_PHASES, type Phase } from './phases.js';
import type { GoalDetails } from './state.js';
import type { PreworkCommand } from './prework/prework-types.js';
import type { AnswerKeys, RatificationCommand } from './ratification/ratification-types.js';

/** A participant joining is a command too, so it is logged and replayed like any other. */
export type JoinCommand = {
  type: 'join';
  name: string;
  organization: string | null;
  tokenHash: string;
  /** HMAC of the client's join id (never the id itself), so a retried join finds its participant. */
  joinKey: string | null;
  /** The token sealed under the join id, handed back when the same join comes again. */
  sealedToken: string | null;
};

/** Everything that can be asked of a session; who may ask what is in COMMAND_RULES. */
export type Command =
  | { type: 'addIdea'; text: string }
  | { type: 'editIdea'; ideaId: string; text: string }
  | { type: 'deleteIdea'; ideaId: string }
  | { type: 'setDone'; done: boolean }
  | { type: 'shareIdea'; ideaId: string }
  | { type: 'passTurn' }
  | { type: 'submitBallot'; ranking: string[] }
  | { type: 'advancePhase'; from: Phase }
  | { type: 'stepBack'; from: Phase }
  | { type: 'revealRound' }
  | { type: 'skipTurn' }
  | { type: 'focusIdea'; ideaId: string | null }
  | { type: 'rewordIdea'; ideaId: string; text: string }
  | { type: 'mergeIdeas'; targetId: string; sourceIds: string[]; text?: string | undefined }
  | { type: 'lockRoom'; locked: boolean }
  | { type: 'removeParticipant'; participantId: string }
  | { type: 'startTimer'; seconds: number }
  | { type: 'pauseTimer' }
  | { type: 'resumeTimer' }
  | { type: 'extendTimer'; seconds: number }
  | { type: 'clearTimer' }
  | { type: 'adoptGoals'; ideaIds: string[] }
  | ({ type: 'describeGoal'; ideaId: string } & GoalDetails)
  // The server's own command when a phase timer runs out.
  | { type: 'expireTimer' }
  | JoinCommand
  // Tables (see tables/decide-tables.ts): seating before the start, then one table's controls.
  | { type: 'seatTables' }
  | { type: 'seatParticipant'; participantId: string; tableId: string }
  | { type: 'chooseTable'; tableId: string }
  | { type: 'setTableHost'; tableId: string; participantId: string | null }
  /** A facilitator's control at one table, or at every table (`*`); a table's host may send it for theirs. */
  | { type: 'atTable'; tableId: string; command: TableControl }
  | PreworkCommand
  | RatificationCommand;

/** The facilitator's controls that steer one table: its phases, sharing, clarification and timer. */
export const TABLE_CONTROLS = [
  'advancePhase',
  'stepBack',
  'revealRound',
  'skipTurn',
  'focusIdea',
  'rewordIdea',
  'mergeIdeas',
  'startTimer',
  'pauseTimer',
  'resumeTimer',
  'extendTimer',
  'clearTimer',
] as const;

/** A control that steers one table. */
export type TableControl = Extract<Command, { type: (typeof TABLE_CONTROLS)[number] }>;

export type CommandType = Command['type'];

/**
 * Who issues a command. A participant's ballot keys (one per ranking round) come from their
 * token, never from the client.
 */
export type Actor =
  | {
      role: 'participant';
      participantId: string;
      ballotKeys: readonly [string, string];
      /** Their ballot key for the vote at their table, apart from the plenary's (none outside tables). */
      tableKey?: string;
      /** Their key for each ratification round, derived from the token like the ballot keys (never stored). */
      answerKeys?: AnswerKeys;
    }
  | { role: 'facilitator' }
  | { role: 'system' }
  | { role: 'joiner' }
  /** Someone holding an organization's pre-work link (the command carries the link's secret hash). */
  | { role: 'representative' };

export type Role = Actor['role'];

/** Who may send a command and, if it belongs to some phases only, which and what a refusal says. */
export type CommandRule =
  | { readonly by: Role; readonly phases?: undefined }
  | { readonly by: Role; readonly phases: readonly Phase[]; readonly wrongPhase: string };

const IDEATION = { phases: ['ideation'], wrongPhase: 'Ideas can only be written during ideation.' } as const;
const TURNS = {
  phases: ['sharing'],
  wrongPhase: 'Ideas are shared in turns only during sharing with named turns.',
} as const;
const BEFORE_TABLES = { phases: ['lobby'], wrongPhase: 'People are seated before the tables start.' } as const;
const CLARIFICATION = { phases: ['clarification'], wrongPhase: 'Ideas are clarified during clarification.' } as const;

const BEFORE_SHARING = {
  phases: ['lobby', 'ideation'],
  wrongPhase: 'Pre-work is brought into the idea pool before sharing starts.',
} as const;
const AFTER_RESULTS = { phases: ['results'], wrongPhase: 'Goals are ratified once the results are in.' } as const;

const PREWORK_RULES = {
  issuePreworkLink: { by: 'facilitator' },
  revokePreworkLink: { by: 'facilitator' },
  setPreworkClosed: { by: 'facilitator' },
  groupPriorities: { by: 'facilitator' },
  seedPrework: { by: 'facilitator', ...BEFORE_SHARING },
  savePrework: { by: 'representative' },
} as const satisfies Record<PreworkCommand['type'], CommandRule>;

const RATIFICATION_RULES = {
  openRatification: { by: 'facilitator', ...AFTER_RESULTS },
  answerRatification: { by: 'participant', ...AFTER_RESULTS },
  closeRatification: { by: 'facilitator', ...AFTER_RESULTS },
} as const satisfies Record<RatificationCommand['type'], CommandRule>;

/** Every command: who may send it, and in which phases (any phase when none are named). */
export const COMMAND_RULES = {
  addIdea: { by: 'participant', ...IDEATION },
  editIdea: { by: 'participant', ...IDEATION },
  deleteIdea: { by: 'participant', ...IDEATION },
  setDone: { by: 'participant', ...IDEATION },
  shareIdea: { by: 'participant', ...TURNS },
  passTurn: { by: 'participant', ...TURNS },
  submitBallot: { by: 'participant', phases: ['ranking'], wrongPhase: 'Voting is not open.' },
  // Advancing and stepping back name the phase they leave, and check it themselves.
  advancePhase: { by: 'facilitator' },
  stepBack: { by: 'facilitator' },
  revealRound: { by: 'facilitator', phases: ['sharing'], wrongPhase: 'Ideas are revealed during sharing.' },
  skipTurn: { by: 'facilitator', phases: ['sharing'], wrongPhase: 'Turns are skipped during sharing.' },
  focusIdea: { by: 'facilitator', ...CLARIFICATION },
  rewordIdea: { by: 'facilitator', ...CLARIFICATION },
  mergeIdeas: { by: 'facilitator', ...CLARIFICATION },
  lockRoom: { by: 'facilitator' },
  removeParticipant: { by: 'facilitator' },
  startTimer: { by: 'facilitator', phases: TIMED_PHASES, wrongPhase: 'There is no timer in this phase.' },
  // A timer already set is paused, resumed, extended or cleared whatever the phase.
  pauseTimer: { by: 'facilitator' },
  resumeTimer: { by: 'facilitator' },
  extendTimer: { by: 'facilitator' },
  clearTimer: { by: 'facilitator' },
  adoptGoals: { by: 'facilitator', phases: ['results'], wrongPhase: 'Goals are adopted once the results are in.' },
  describeGoal: { by: 'facilitator', phases: ['results'], wrongPhase: 'Goals are described once the results are in.' },
  expireTimer: { by: 'system' },
  join: { by: 'joiner' },
  seatTables: { by: 'facilitator', ...BEFORE_TABLES },
  seatParticipant: { by: 'facilitator', ...BEFORE_TABLES },
  chooseTable: { by: 'participant', ...BEFORE_TABLES },
  setTableHost: { by: 'facilitator' },
  // A table's host sends it too: decide-tables checks the host before these rules.
  atTable: { by: 'facilitator', phases: ['tables'], wrongPhase: 'The tables are not at work.' },
  ...PREWORK_RULES,
  ...RATIFICATION_RULES,
} as const satisfies Record<CommandType, CommandRule>;

/** The commands of one kind of sender. */
export type CommandTypeOf<R extends Role> = {
  [T in CommandType]: (typeof COMMAND_RULES)[T]['by'] extends R ? T : never;
}[CommandType];

/** Commands a participant may issue about their own contribution. */
export type ParticipantCommand = Extract<Command, { type: CommandTypeOf<'participant'> }>;

/** Commands only the facilitator may issue. */
export type FacilitatorCommand = Extract<Command, { type: CommandTypeOf<'facilitator'> }>;

/** Whether a participant sends this command. */
export function isParticipantCommand(command: Command): command is ParticipantCommand {
  return COMMAND_RULES[command.type].by === 'participant';
}

/** Whether the facilitator sends this command. */
export function isFacilitatorCommand(command: Command): command is FacilitatorCommand {
  return COMMAND_RULES[command.type].by === 'facilitator';
}

/** Everything impure that `decide` needs, passed in so it stays deterministic. */
export interface DecideContext {
  actor: Actor;
  now: number;
  newId: () => string;
  /** A uniform random number in [0, 1), used to shuffle reveal order. */
  random: () => number;
}
