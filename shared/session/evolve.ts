import type { SeedIdea, SessionEvent } from './events.js';
import { defaultSettings } from './settings.js';
import type { Decision, Idea, Participant, SessionState } from './state.js';
import { StateDraft } from './state-draft.js';
import { parseTableBallotKey } from './tables/ballot-keys.js';
import { applyTableEvent, castAtTable } from './tables/evolve-tables.js';
import { emptyGroup } from './tables/scope.js';
import { newIdea } from './new-idea.js';
import { applyPrework } from './prework/evolve-prework.js';
import { emptyPrework } from './prework/prework-types.js';
import { applyRatification } from './ratification/evolve-ratification.js';
import { emptyRatification } from './ratification/ratification-types.js';

function assertNever(value: never): never {
  throw new Error(`Unhandled event: ${JSON.stringify(value)}`);
}

function updateIdea(draft: StateDraft, ideaId: string, change: Partial<Idea>): void {
  const idea = draft.current.ideas.get(ideaId);
  if (idea) draft.map('ideas').set(ideaId, { ...idea, ...change });
}

function updateParticipant(draft: StateDraft, participantId: string, change: Partial<Participant>): void {
  const participant = draft.current.participants.get(participantId);
  if (participant) draft.map('participants').set(participantId, { ...participant, ...change });
}

function reveal(draft: StateDraft, ideaIds: string[]): void {
  const ideas = draft.map('ideas');
  const revealed = draft.list('revealed');
  for (const id of ideaIds) {
    const idea = ideas.get(id);
    if (!idea || idea.number !== null) continue;
    revealed.push(id);
    ideas.set(id, { ...idea, number: revealed.length });
  }
  // "Every member passes" counts passes since the last idea shared.
  draft.current.namedTurns = { ...draft.current.namedTurns, passed: [] };
}

function log(draft: StateDraft, decision: Decision): void {
  draft.list('decisions').push(decision);
}

/** Goals carried over from an earlier session enter the pool as ideas of no participant. */
function seedIdeas(draft: StateDraft, seeds: readonly SeedIdea[], at: number): void {
  const ideas = draft.map('ideas');
  for (const { ideaId, text, ...seed } of seeds) ideas.set(ideaId, newIdea(ideaId, '', text, at, { seed }));
}

function merge(draft: StateDraft, event: Extract<SessionEvent, { type: 'ideasMerged' }>): void {
  const ideas = draft.map('ideas');
  const target = ideas.get(event.targetId);
  if (!target) return;
  const sourceTexts = event.sourceIds.map((id) => ideas.get(id)?.text ?? '');
  const lineage = [...target.mergedFrom];
  for (const id of event.sourceIds) {
    const source = ideas.get(id);
    if (!source) continue;
    lineage.push(id, ...source.mergedFrom);
    ideas.set(id, { ...source, status: 'merged', mergedInto: target.id });
  }
  ideas.set(target.id, { ...target, text: event.text, mergedFrom: lineage });
  log(draft, {
    at: event.at,
    kind: 'merged',
    targetId: target.id,
    sourceIds: event.sourceIds,
    sourceTexts,
    text: event.text,
  });
}

/** The state of an empty session, before its `sessionCreated` event. */
export function emptyState(): SessionState {
  return {
    id: '',
    code: '',
    title: '',
    createdAt: 0,
    settings: defaultSettings(),
    organizations: [],
    facilitatorTokenHash: '',
    ballotSalt: '',
    // What one group holds, as each table holds it too.
    ...emptyGroup(),
    locked: false,
    participants: new Map(),
    participantOrder: [],
    joinIds: new Map(),
    goals: { adopted: null, details: {} },
    tables: {},
    tableOrder: [],
    prework: emptyPrework(),
    ratification: emptyRatification(),
  };
}

/** Applies one event to a draft (see StateDraft: the state it started from is never changed). */
function apply(draft: StateDraft, event: SessionEvent): void {
  const state = draft.current;
  switch (event.type) {
    case 'sessionCreated': {
      const { type: _type, seeds, ...fields } = event;
      Object.assign(state, fields);
      // Carried-over goals are on the shared list from the start, numbered first.
      seedIdeas(draft, seeds ?? [], event.createdAt);
      return reveal(
        draft,
        (seeds ?? []).map((seed) => seed.ideaId),
      );
    }
    case 'participantJoined': {
      const joinKey = event.joinKey ?? event.joinId;
      draft.map('participants').set(event.participantId, {
        id: event.participantId,
        name: event.name,
        organization: event.organization,
        tokenHash: event.tokenHash,
        joinedAt: event.at,
        removed: false,
        done: false,
        ...(event.sealedToken === undefined ? {} : { sealedToken: event.sealedToken }),
      });
      draft.list('participantOrder').push(event.participantId);
      if (joinKey) draft.map('joinIds').set(joinKey, event.participantId);
      return;
    }
    case 'participantTokenRenewed':
      return updateParticipant(draft, event.participantId, { tokenHash: event.tokenHash });
    case 'participantRemoved':
      return updateParticipant(draft, event.participantId, { removed: true });
    case 'participantDoneSet':
      return updateParticipant(draft, event.participantId, { done: event.done });
    case 'roomLocked':
      state.locked = event.locked;
      return;
    case 'phaseChanged': {
      // Leaving the discussion for the ranking phase starts the final round.
      const round = event.from === 'discussion' && event.to === 'ranking' ? 2 : state.round;
      Object.assign(state, { phase: event.to, focusId: null, round });
      const by = event.by === 'timer' ? { by: event.by } : {};
      return log(draft, { at: event.at, kind: 'phase', from: event.from, to: event.to, round, ...by });
    }
    case 'ideaAdded':
      draft.map('ideas').set(event.ideaId, newIdea(event.ideaId, event.authorId, event.text, event.at));
      return;
    case 'ideaEdited':
      return updateIdea(draft, event.ideaId, { text: event.text, originalText: event.text });
    case 'ideaWithdrawn':
      return updateIdea(draft, event.ideaId, { status: 'withdrawn' });
    case 'ideasRevealed':
      return reveal(draft, event.ideaIds);
    case 'sharingRoundStarted':
      state.sharingRound = event.round;
      return;
    case 'turnPassed':
      state.namedTurns = { ...state.namedTurns, passed: [...state.namedTurns.passed, event.participantId] };
      return;
    case 'turnGiven':
      state.namedTurns = { ...state.namedTurns, turn: event.participantId };
      return;
    case 'ideaFocused':
      state.focusId = event.ideaId;
      return;
    case 'ideaReworded': {
      const before = state.ideas.get(event.ideaId)?.text ?? '';
      updateIdea(draft, event.ideaId, { text: event.text });
      return log(draft, { at: event.at, kind: 'reworded', ideaId: event.ideaId, before, after: event.text });
    }
    case 'ideasMerged':
      return merge(draft, event);
    case 'ballotCast': {
      const ballot = { ranking: event.ranking, organization: event.organization };
      const atTable = parseTableBallotKey(event.ballotKey);
      if (atTable) return castAtTable(draft, atTable.tableId, atTable.key, ballot);
      draft.map('ballots').set(event.ballotKey, ballot);
      return;
    }
    case 'voterRecorded':
      // Legacy logs only: who voted, in cast order, is not kept.
      return;
    case 'timerSet':
      state.timer = event.timer;
      return;
    case 'goalsAdopted': {
      const amended = state.goals.adopted !== null;
      state.goals = { ...state.goals, adopted: event.ideaIds };
      return log(draft, { at: event.at, kind: 'goals-adopted', ideaIds: event.ideaIds, amended });
    }
    case 'goalDescribed': {
      const { type: _type, ideaId, at, ...details } = event;
      state.goals = { ...state.goals, details: { ...state.goals.details, [ideaId]: details } };
      return log(draft, { at, kind: 'goal-described', ideaId, owner: details.owner });
    }
    case 'tablesSeated':
    case 'participantSeated':
    case 'tableHostSet':
    case 'atTable':
    case 'tableShortlisted':
    case 'poolFormed':
      return applyTableEvent(draft, event, evolveAll);
    case 'preworkLinkIssued':
    case 'preworkLinkRevoked':
    case 'preworkSaved':
    case 'preworkClosedSet':
    case 'preworkThemed':
    case 'preworkSeeded':
      return applyPrework(draft, event);
    case 'ratificationOpened':
    case 'ratificationAnswered':
    case 'ratificationClosed':
      return applyRatification(draft, event);
    default:
      return assertNever(event);
  }
}

/** Applies one event to a state, returning a new state (the input is never changed). */
export function evolve(state: SessionState, event: SessionEvent): SessionState {
  return evolveAll(state, [event]);
}

/**
 * Folds events into a state, returning a new state (the input is never changed). Each collection
 * is copied at most once however many events there are, so a long replay stays linear.
 */
export function evolveAll(state: SessionState, events: readonly SessionEvent[]): SessionState {
  const draft = new StateDraft(state);
  applyEvents(draft, events);
  return draft.current;
}

/** Applies events to a draft that its holder keeps changing (a batch of commands, a replay). */
export function applyEvents(draft: StateDraft, events: readonly SessionEvent[]): void {
  for (const event of events) apply(draft, event);
}
