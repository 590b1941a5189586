import type { SeedIdea, SessionEvent } from './events.js';
import { defaultSettings } from './settings.js';
import type { Decision, Idea, SessionState } from './state.js';

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

function logged(state: SessionState, decision: Decision): SessionState {
  return { ...state, decisions: [...state.decisions, decision] };
}

/** Goals carried over from an earlier session enter the pool as ideas of no participant. */
function seedIdeas(seeds: readonly SeedIdea[], at: number): Record<string, Idea> {
  const ideas: Record<string, Idea> = {};
  for (const { ideaId, text, ...seed } of seeds) {
    ideas[ideaId] = {
      id: ideaId,
      authorId: '',
      text,
      originalText: text,
      createdAt: at,
      status: 'active',
      number: null,
      mergedFrom: [],
      mergedInto: null,
      seed,
    };
  }
  return ideas;
}

function merge(state: SessionState, event: Extract<SessionEvent, { type: 'ideasMerged' }>): SessionState {
  const target = state.ideas[event.targetId];
  if (!target) return state;
  const sourceTexts = event.sourceIds.map((id) => state.ideas[id]?.text ?? '');
  const ideas = { ...state.ideas };
  const lineage = [...target.mergedFrom];
  for (const id of event.sourceIds) {
    const source = ideas[id];
    if (!source) continue;
    lineage.push(id, ...source.mergedFrom);
    ideas[id] = { ...source, status: 'merged', mergedInto: target.id };
  }
  ideas[target.id] = { ...target, text: event.text, mergedFrom: lineage };
  return logged(
    { ...state, ideas },
    { at: event.at, kind: 'merged', targetId: target.id, sourceIds: event.sourceIds, sourceTexts, text: event.text },
  );
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
    phase: 'lobby',
    locked: false,
    participants: {},
    participantOrder: [],
    joinIds: {},
    ideas: {},
    revealed: [],
    sharingRound: 0,
    namedTurns: { turn: null, passed: [] },
    focusId: null,
    round: 1,
    ballots: {},
    voters: {},
    timer: null,
    goals: { adopted: null, details: {} },
    decisions: [],
  };
}

/** Applies one event to a state, returning a new state (the input is never changed). */
export function evolve(state: SessionState, event: SessionEvent): SessionState {
  switch (event.type) {
    case 'sessionCreated': {
      const { type: _type, seeds, ...fields } = event;
      return { ...state, ...fields, ideas: seedIdeas(seeds ?? [], event.createdAt) };
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
        joinIds: event.joinId ? { ...state.joinIds, [event.joinId]: event.participantId } : state.joinIds,
      };
    case 'participantTokenRenewed': {
      const participant = state.participants[event.participantId];
      if (!participant) return state;
      return {
        ...state,
        participants: { ...state.participants, [participant.id]: { ...participant, tokenHash: event.tokenHash } },
      };
    }
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
    case 'phaseChanged': {
      // Leaving the discussion for the ranking phase starts the final round.
      const round = event.from === 'discussion' && event.to === 'ranking' ? 2 : state.round;
      const decision: Decision = { at: event.at, kind: 'phase', from: event.from, to: event.to, round };
      return logged({ ...state, phase: event.to, focusId: null, round }, decision);
    }
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
        seed: null,
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
    case 'ideaReworded': {
      const before = state.ideas[event.ideaId]?.text ?? '';
      const decision: Decision = { at: event.at, kind: 'reworded', ideaId: event.ideaId, before, after: event.text };
      return logged(updateIdea(state, event.ideaId, { text: event.text }), decision);
    }
    case 'ideasMerged':
      return merge(state, event);
    case 'ballotCast': {
      const record = { ranking: event.ranking, organization: event.organization };
      return { ...state, ballots: { ...state.ballots, [event.ballotKey]: record } };
    }
    case 'voterRecorded':
      return { ...state, voters: { ...state.voters, [`${event.round}:${event.participantId}`]: true } };
    case 'timerSet':
      return { ...state, timer: event.timer };
    case 'goalsAdopted': {
      const amended = state.goals.adopted !== null;
      const goals = { ...state.goals, adopted: event.ideaIds };
      return logged({ ...state, goals }, { at: event.at, kind: 'goals-adopted', ideaIds: event.ideaIds, amended });
    }
    case 'goalDescribed': {
      const { type: _type, ideaId, at, ...details } = event;
      const goals = { ...state.goals, details: { ...state.goals.details, [ideaId]: details } };
      return logged({ ...state, goals }, { at, kind: 'goal-described', ideaId, owner: details.owner });
    }
    default:
      return assertNever(event);
  }
}

/** Folds a list of events into a state. */
export function evolveAll(state: SessionState, events: readonly SessionEvent[]): SessionState {
  return events.reduce(evolve, state);
}
