import { memoOn } from './memo.js';
import { formatRoomCode } from './room-code.js';
import { discussionView, resultsView, type DiscussionView, type ResultsView } from './results.js';
import {
  activeRevealedIdeas,
  ballotCount,
  effectiveBallotSize,
  ideasOf,
  presentParticipants,
  submittedIdeaCount,
  unsharedIdeaCount,
} from './queries.js';

export { resultsView, discussionView };
export type { ResultsView, DiscussionView };
import type { SessionSettings } from './settings.js';
import type { Phase } from './phases.js';
import type { Decision, GoalDetails, Idea, PhaseTimer, SessionState } from './state.js';
import {
  shortlistOutcomes,
  tablesProgress,
  tablesSeating,
  type ShortlistOutcome,
  type TableProgress,
  type TableSeating,
} from './tables/progress.js';
import { scoped, seatOf, tablesOf } from './tables/scope.js';
import { seatChoice, type SeatChoice } from './tables/seat-choice.js';
import { landscapeView, type LandscapeView } from './prework/landscape.js';
import { NO_ANSWER_KEYS, type AnswerItem, type AnswerKeys } from './ratification/ratification-types.js';
import { myAnswers, ratificationView, type RatificationView } from './ratification/ratification-view.js';

/** A shared idea as everyone sees it: no author unless the session runs named turns. */
export interface SharedIdea {
  id: string;
  number: number;
  text: string;
  originalText: string;
  edited: boolean;
  /** Numbers of the ideas merged into this one. */
  mergedFromNumbers: number[];
  /** The author's display name, only in named-turns mode. */
  author?: string;
  /** A goal carried over from an earlier session: its rank there. */
  previousRank?: number;
  /** In the plenary of a session in tables: the number of the table it comes from. */
  table?: number;
  /** Brought in from pre-work: the organizations that named it (none listed when seeded unattributed). */
  prework?: { organizations: string[] | null };
}

/** An adopted goal: the idea and what the facilitator recorded for it. */
export interface GoalView extends GoalDetails {
  ideaId: string;
  number: number;
  text: string;
}

/** What every participant and the projector see: nothing private, nothing that names a voter. */
export interface PublicView {
  sessionId: string;
  code: string;
  displayCode: string;
  title: string;
  phase: Phase;
  locked: boolean;
  settings: SessionSettings;
  organizations: string[];
  participantCount: number;
  ideasSubmitted: number;
  participantsDone: number;
  ideas: SharedIdea[];
  /** Ideas written but not yet shared (a count, never their text). */
  ideasUnshared: number;
  sharingRound: number;
  /** Named turns: whose turn it is. */
  turn: { participantId: string; name: string } | null;
  focusId: string | null;
  ballotSize: number;
  ballotsIn: number;
  timer: PhaseTimer | null;
  /** 1, or 2 during and after the final vote of a two-round session. */
  round: number;
  discussion: DiscussionView | null;
  results: ResultsView | null;
  /** The adopted goals once the facilitator has confirmed them; null before. */
  goals: GoalView[] | null;
  /** A session in tables: how far each table has got (counts only); null in one group. */
  tables: TableProgress[] | null;
  /** A session in tables, once results are in: how each table's shortlist fared. */
  shortlists: ShortlistOutcome[] | null;
  /** The ratification round by the agreed rule, once one is held. */
  ratification: RatificationView | null;
  /** Seating "chosen", in a seated lobby: the tables to pick from (counts only); null otherwise. */
  seatChoice: SeatChoice | null;
}

export interface FacilitatorView extends PublicView {
  participants: { id: string; name: string; organization: string | null; done: boolean }[];
  /** Who sits at which table, and who hosts it. */
  seating: TableSeating[];
  /** The decision log: phase changes, rewordings, merges, voting closed, goals adopted. */
  decisions: Decision[];
  /** Pre-work: every organization's priorities side by side, themes and overlaps. */
  prework: LandscapeView;
  /** Each table at its clarification step: the ideas its own people see, and its focus. */
  clarifying: TableClarifying[];
}

/** One table's clarification, for the facilitator's tools scoped to that table. */
export interface TableClarifying {
  tableId: string;
  number: number;
  ideas: SharedIdea[];
  focusId: string | null;
}

/** What only one participant sees: who they are, their own ideas and their own ballot. */
export interface PrivateView {
  participantId: string;
  name: string;
  organization: string | null;
  /** Whether they said they have finished writing (so any device of theirs shows it). */
  done: boolean;
  myIdeas: { id: string; text: string; number: number | null; status: Idea['status'] }[];
  /**
   * Their latest ballot and the round it counts in: in the final vote, a ballot of round 1 is no
   * vote yet but the starting point the phone offers.
   */
  myBallot: MyBallot | null;
  /** Their table, in a session split into tables, and whether they host it. */
  table: { id: string; number: number; host: boolean } | null;
  /** Their answers (or their organization's delegate answers) in the latest ratification round. */
  myAnswers: { round: number; answers: AnswerItem[] } | null;
}

export interface MyBallot {
  round: number;
  ranking: string[];
}

function tableOf(state: SessionState, participantId: string): PrivateView['table'] {
  const table = seatOf(state, participantId);
  return table && { id: table.id, number: table.number, host: table.hostId === participantId };
}

function latestBallot(state: SessionState, ballotKeys: readonly [string, string]): MyBallot | null {
  for (let round = state.round; round >= 1; round--) {
    const ballot = state.ballots.get(ballotKeys[round - 1] as string);
    if (ballot) return { round, ranking: ballot.ranking };
  }
  return null;
}

function sharedIdea(state: SessionState, idea: Idea): SharedIdea {
  const shared: SharedIdea = {
    id: idea.id,
    number: idea.number ?? 0,
    text: idea.text,
    originalText: idea.originalText,
    edited: idea.text !== idea.originalText,
    mergedFromNumbers: idea.mergedFrom.map((id) => state.ideas.get(id)?.number ?? 0).filter((n) => n > 0),
  };
  if (state.settings.sharingMode === 'named-turns') {
    shared.author = state.participants.get(idea.authorId)?.name ?? '';
  }
  if (idea.seed) shared.previousRank = idea.seed.previousRank;
  if (idea.table) shared.table = state.tables[idea.table]?.number ?? 0;
  if (idea.prework) shared.prework = idea.prework;
  return shared;
}

function goalsView(state: SessionState): GoalView[] | null {
  const adopted = state.goals.adopted;
  if (adopted === null) return null;
  return adopted.map((ideaId) => ({
    ideaId,
    number: state.ideas.get(ideaId)?.number ?? 0,
    text: state.ideas.get(ideaId)?.text ?? '',
    ...(state.goals.details[ideaId] ?? { rationale: '', owner: '', indicator: '', targetDate: '' }),
  }));
}

// Sections of the views, each computed from the collections it reads and remembered on them: a
// flush after a vote rebuilds "ballots in" only, not the list of ideas or the roster.
const people = memoOn((participants: SessionState['participants'], order: SessionState['participantOrder']) => {
  const present = presentParticipants({ participants, participantOrder: order } as SessionState);
  return {
    count: present.length,
    done: present.filter((p) => p.done).length,
    roster: present.map((p) => ({ id: p.id, name: p.name, organization: p.organization, done: p.done })),
  };
});

const ideasSection = memoOn(
  (
    ideas: SessionState['ideas'],
    revealed: SessionState['revealed'],
    settings: SessionState['settings'],
    // Only named turns show authors, so only then do the people matter.
    participants: SessionState['participants'] | null,
    // The plenary of a session in tables names each idea's table.
    tables: SessionState['tables'],
  ) => {
    const state = { ideas, revealed, settings, participants: participants ?? new Map(), tables } as SessionState;
    return {
      shared: activeRevealedIdeas(state).map((idea) => sharedIdea(state, idea)),
      unshared: unsharedIdeaCount(state),
      submitted: submittedIdeaCount(state),
      ballotSize: effectiveBallotSize(state),
    };
  },
);

const ballotsIn = memoOn((ballots: SessionState['ballots'], round: number) =>
  ballotCount({ ballots, round } as SessionState),
);

/** Discussion and results read most of the state; they are remembered until any of it changes. */
function outcomeOf<R>(view: (state: SessionState) => R): (state: SessionState) => R {
  const last = new WeakMap<SessionState['ballots'], { parts: unknown[]; result: R }>();
  return (state) => {
    const { phase, round, ideas, revealed, participants, settings, organizations } = state;
    const parts = [phase, round, ideas, revealed, participants, settings, organizations];
    const hit = last.get(state.ballots);
    if (hit && hit.parts.every((part, i) => part === parts[i])) return hit.result;
    const result = view(state);
    last.set(state.ballots, { parts, result });
    return result;
  };
}
const discussionOf = outcomeOf(discussionView);
const resultsOf = outcomeOf(resultsView);
const shortlistsOf = memoOn(
  (results: ResultsView, ideas: SessionState['ideas'], tables: SessionState['tables'], state: SessionState) =>
    shortlistOutcomes({ ...state, ideas, tables }, results),
);
const goalsOf = memoOn((goals: SessionState['goals'], ideas: SessionState['ideas']) =>
  goalsView({ goals, ideas } as SessionState),
);

const ratificationOf = memoOn(
  (ratification: SessionState['ratification'], ideas: SessionState['ideas'], settings: SessionState['settings']) =>
    ratificationView({ ratification, ideas, settings } as SessionState),
);
const landscapeOf = memoOn(landscapeView);

/** The view for participants and the projector. */
export function publicView(state: SessionState): PublicView {
  const present = people(state.participants, state.participantOrder);
  const named = state.settings.sharingMode === 'named-turns' ? state.participants : null;
  const ideas = ideasSection(state.ideas, state.revealed, state.settings, named, state.tables);
  const turnHolder = state.namedTurns.turn ? state.participants.get(state.namedTurns.turn) : undefined;
  const results = resultsOf(state);
  return {
    sessionId: state.id,
    code: state.code,
    displayCode: formatRoomCode(state.code),
    title: state.title,
    phase: state.phase,
    locked: state.locked,
    settings: state.settings,
    organizations: state.organizations,
    participantCount: present.count,
    ideasSubmitted: ideas.submitted,
    participantsDone: present.done,
    ideas: ideas.shared,
    ideasUnshared: ideas.unshared,
    sharingRound: state.sharingRound,
    turn: turnHolder ? { participantId: turnHolder.id, name: turnHolder.name } : null,
    focusId: state.focusId,
    ballotSize: ideas.ballotSize,
    ballotsIn: ballotsIn(state.ballots, state.round),
    timer: state.timer,
    round: state.round,
    discussion: discussionOf(state),
    results,
    goals: goalsOf(state.goals, state.ideas),
    tables: tablesProgress(state.tables, state.tableOrder, state.participants),
    shortlists: results === null ? null : shortlistsOf(results, state.ideas, state.tables, state),
    ratification: ratificationOf(state.ratification, state.ideas, state.settings),
    seatChoice: seatChoice(state.tables, state.tableOrder, state.participants, state.settings, state.phase),
  };
}

/** The facilitator's view: the public view plus who is in the room (never who voted what). */
export function facilitatorView(state: SessionState, base: PublicView = publicView(state)): FacilitatorView {
  return {
    ...base,
    participants: people(state.participants, state.participantOrder).roster,
    decisions: state.decisions,
    seating: tablesSeating(state.tables, state.tableOrder, state.participants),
    prework: landscapeOf(state.prework, state.organizations),
    clarifying: clarifyingTables(state),
  };
}

// A table's own public view (built from a state holding no other table), so the console shows a
// table exactly the ideas that table's phones show, and a table's unshared ideas never.
function clarifyingTables(state: SessionState): TableClarifying[] {
  if (state.phase !== 'tables') return [];
  return tablesOf(state)
    .filter((table) => table.phase === 'clarification')
    .map((table) => {
      const view = publicView(scoped(state, table));
      return { tableId: table.id, number: table.number, ideas: view.ideas, focusId: view.focusId };
    });
}

/** One participant's private view; the ballot keys are derived from their token by the server. */
export function privateView(
  state: SessionState,
  participantId: string,
  ballotKeys: readonly [string, string],
  answerKeys: AnswerKeys = NO_ANSWER_KEYS,
): PrivateView | null {
  const me = state.participants.get(participantId);
  if (!me || me.removed) return null;
  return {
    participantId: me.id,
    name: me.name,
    organization: me.organization,
    done: me.done,
    myIdeas: ideasOf(state, me.id).map((idea) => ({
      id: idea.id,
      text: idea.text,
      number: idea.number,
      status: idea.status,
    })),
    myBallot: latestBallot(state, ballotKeys),
    table: tableOf(state, me.id),
    myAnswers: myAnswers(state, me.organization, answerKeys),
  };
}
