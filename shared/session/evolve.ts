import type { SessionEvent } from './events.js';
import type { Idea, SessionState } from './state.js';

function assertNever(value: never): never {
  throw new Error(`Unhandled event: ${JSON.stringify(value)}`);
}

function withIdea(state: SessionState, idea: Idea): SessionState {
  return { ...state, ideas: { ...state.ideas, [idea.id]: idea } };
}

function updateIdea(state: SessionState, ideaId: string, change: Partial<Idea>): SessionState {
  const idea = state.ideas[ideaId];
  return idea ? withIdea(state, { ...idea, ...change }) : state;
}

function reveal(state: SessionState, ideaIds: string[]): SessionState {
  const ideas = { ...state.ideas };
  const revealed = [...state.revealed];
  for (const id of ideaIds) {
    const idea = ideas[id];
    if (!idea || idea.number !== null) continue;
    revealed.push(id);
    ideas[id] = { ...idea, number: revealed.length };
  }
  // "Every member passes" counts passes since the last idea shared.
  return { ...state, ideas, revealed, namedTurns: { ...state.namedTurns, passed: [] } };
}

function merge(state: SessionState, event: Extract<SessionEvent, { type: 'ideasMerged' }>): SessionState {
  const target = state.ideas[event.targetId];
  if (!target) return state;
  const ideas = { ...state.ideas };
  const lineage = [...target.mergedFrom];
  for (const id of event.sourceIds) {
    const source = ideas[id];
    if (!source) continue;
    lineage.push(id, ...source.mergedFrom);
    ideas[id] = { ...source, status: 'merged', mergedInto: target.id };
  }
  ideas[target.id] = { ...target, text: event.text, mergedFrom: lineage };
  return { ...state, ideas };
}

/** The state of an empty session, before its `sessionCreated` event. */
export function emptyState(): SessionState {
  return {
    id: '',
    code: '',
    title: '',
    createdAt: 0,
    settings: {
      ideasPerParticipant: 10,
      ideaLength: 280,
      ballotSize: 5,
      sharingMode: 'anonymous',
      minBallots: 3,
      durations: {},
    },
    organizations: [],
    facilitatorTokenHash: '',
    ballotSalt: '',
    phase: 'lobby',
    locked: false,
    participants: {},
    participantOrder: [],
    ideas: {},
    revealed: [],
    sharingRound: 0,
    namedTurns: { turn: null, passed: [] },
    focusId: null,
    ballots: {},
    voters: {},
    timer: null,
  };
}

/** Applies one event to a state, returning a new state (the input is never changed). */
export function evolve(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'sessionCreated': {
      const { type: _type, ...fields } = event;
      return { ...state, ...fields };
    }
    case 'participantJoined':
      return {
        ...state,
        participants: {
          ...state.participants,
          [event.participantId]: {
            id: event.participantId,
            name: event.name,
            organization: event.organization,
            tokenHash: event.tokenHash,
            joinedAt: event.at,
            removed: false,
            done: false,
          },
        },
        participantOrder: [...state.participantOrder, event.participantId],
      };
    case 'participantRemoved': {
      const participant = state.participants[event.participantId];
      if (!participant) return state;
      return {
        ...state,
        participants: { ...state.participants, [participant.id]: { ...participant, removed: true } },
      };
    }
    case 'participantDoneSet': {
      const participant = state.participants[event.participantId];
      if (!participant) return state;
      return {
        ...state,
        participants: { ...state.participants, [participant.id]: { ...participant, done: event.done } },
      };
    }
    case 'roomLocked':
      return { ...state, locked: event.locked };
    case 'phaseChanged':
      return { ...state, phase: event.to, focusId: null };
    case 'ideaAdded':
      return withIdea(state, {
        id: event.ideaId,
        authorId: event.authorId,
        text: event.text,
        originalText: event.text,
        createdAt: event.at,
        status: 'active',
        number: null,
        mergedFrom: [],
        mergedInto: null,
      });
    case 'ideaEdited':
      return updateIdea(state, event.ideaId, { text: event.text, originalText: event.text });
    case 'ideaWithdrawn':
      return updateIdea(state, event.ideaId, { status: 'withdrawn' });
    case 'ideasRevealed':
      return reveal(state, event.ideaIds);
    case 'sharingRoundStarted':
      return { ...state, sharingRound: event.round };
    case 'turnPassed':
      return {
        ...state,
        namedTurns: { ...state.namedTurns, passed: [...state.namedTurns.passed, event.participantId] },
      };
    case 'turnGiven':
      return { ...state, namedTurns: { ...state.namedTurns, turn: event.participantId } };
    case 'ideaFocused':
      return { ...state, focusId: event.ideaId };
    case 'ideaReworded':
      return updateIdea(state, event.ideaId, { text: event.text });
    case 'ideasMerged':
      return merge(state, event);
    case 'ballotCast':
      return { ...state, ballots: { ...state.ballots, [event.ballotKey]: event.ranking } };
    case 'voterRecorded':
      return { ...state, voters: { ...state.voters, [event.participantId]: true } };
    case 'timerSet':
      return { ...state, timer: event.timer };
    default:
      return assertNever(event);
  }
}

/** Folds a list of events into a state. */
export function evolveAll(state: SessionState, events: readonly SessionEvent[]): SessionState {
  return events.reduce(evolve, state);
}
