import { err, ok, type Result } from './result.js';
import type { DecideContext } from './commands.js';
import type { SessionEvent } from './events.js';
import { evolve } from './evolve.js';
import { presentParticipants, unrevealedIdeasOf } from './queries.js';
import type { SessionState } from './state.js';

type Decision = Result<SessionEvent[]>;

/** Fisher-Yates with an injected random source, so replays and tests are deterministic. */
export function shuffle<T>(items: readonly T[], random: () => number): T[] {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [out[i], out[j]] = [out[j] as T, out[i] as T];
  }
  return out;
}

/** Every active idea not yet revealed, in a random order. */
export function unrevealedInRandomOrder(state: SessionState, random: () => number): string[] {
  const ids = [...state.ideas.values()]
    .filter((idea) => idea.status === 'active' && idea.number === null)
    .map((idea) => idea.id);
  return shuffle(ids.sort(), random);
}

/**
 * Anonymous mode: one idea from each participant with ideas still unshared, in an order shuffled anew
 * each round so that the position in the list says nothing about who wrote it.
 */
export function decideRevealRound(state: SessionState, ctx: DecideContext): Decision {
  if (state.settings.sharingMode !== 'anonymous') {
    return err('CONFLICT', 'In named turns each participant shares their own ideas.');
  }
  const picks: string[] = [];
  for (const participant of presentParticipants(state)) {
    const next = unrevealedIdeasOf(state, participant.id)[0];
    if (next) picks.push(next.id);
  }
  if (picks.length === 0) return err('CONFLICT', 'Every idea has been shared.');
  return ok([
    { type: 'sharingRoundStarted', round: state.sharingRound + 1 },
    { type: 'ideasRevealed', ideaIds: shuffle(picks, ctx.random) },
  ]);
}

/** The participant after `from` in join order who still has ideas and has not passed. */
export function nextTurn(state: SessionState, from: string | null, passed: readonly string[]): string | null {
  const eligible = presentParticipants(state).map((p) => p.id);
  const start = from === null ? -1 : state.participantOrder.indexOf(from);
  const ordered = [...eligible.filter((id) => state.participantOrder.indexOf(id) > start), ...eligible];
  for (const id of ordered) {
    if (!passed.includes(id) && unrevealedIdeasOf(state, id).length > 0) return id;
  }
  return null;
}

/** The events that hand the turn on after `participantId` passes (or is skipped). */
function passEvents(state: SessionState, participantId: string): SessionEvent[] {
  const passed = [...state.namedTurns.passed, participantId];
  return [
    { type: 'turnPassed', participantId },
    { type: 'turnGiven', participantId: nextTurn(state, participantId, passed) },
  ];
}

function onTurn(state: SessionState, participantId: string): Decision | null {
  if (state.settings.sharingMode !== 'named-turns') {
    return err('WRONG_PHASE', 'Ideas are shared in turns only during sharing with named turns.');
  }
  if (state.namedTurns.turn !== participantId) return err('NOT_YOUR_TURN', 'It is not your turn.');
  return null;
}

/** Named turns: the participant on turn shares one of their ideas. */
export function decideShareIdea(state: SessionState, participantId: string, ideaId: string): Decision {
  const refused = onTurn(state, participantId);
  if (refused) return refused;
  const idea = state.ideas.get(ideaId);
  if (!idea || idea.authorId !== participantId || idea.status !== 'active' || idea.number !== null) {
    return err('NOT_FOUND', 'No such unshared idea of yours.');
  }
  const revealed: SessionEvent = { type: 'ideasRevealed', ideaIds: [ideaId] };
  const after = evolve(state, revealed);
  return ok([revealed, { type: 'turnGiven', participantId: nextTurn(after, participantId, []) }]);
}

/** Named turns: the participant on turn passes. */
export function decidePassTurn(state: SessionState, participantId: string): Decision {
  return onTurn(state, participantId) ?? ok(passEvents(state, participantId));
}

/** Named turns: the facilitator skips whoever is on turn (someone stepped out). */
export function decideSkipTurn(state: SessionState): Decision {
  const turn = state.namedTurns.turn;
  if (turn === null) return err('CONFLICT', 'Nobody is on turn.');
  return ok(passEvents(state, turn));
}
