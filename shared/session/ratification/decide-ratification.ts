import type { DecideContext } from '../commands.js';
import type { SessionEvent } from '../events.js';
import { PREWORK_LIMITS } from '../limits.js';
import { textLength } from '../queries.js';
import { err, ok, type Result } from '../result.js';
import type { SessionState } from '../state.js';
import {
  MAX_RATIFICATION_ROUNDS,
  type AnswerItem,
  type AnswerKeys,
  type RatificationRound,
} from './ratification-types.js';
import { ratificationSettingsOf } from './rule.js';
import { answersOfRound, roundOutcomes, roundPrefix } from './tally.js';

type Decision = Result<SessionEvent[]>;

/** The round taking answers, if any. */
export function openRound(state: SessionState): RatificationRound | null {
  const last = state.ratification.rounds.at(-1);
  return last && last.closedAt === null ? last : null;
}

/** The facilitator puts goals to the room: the proposal, or an amended list after a round. */
export function decideOpenRatification(state: SessionState, ideaIds: readonly string[], ctx: DecideContext): Decision {
  if (ratificationSettingsOf(state.settings).rule.kind === 'none') {
    return err('CONFLICT', 'This session adopts goals without a ratification round.');
  }
  if (openRound(state)) return err('CONFLICT', 'A ratification round is already open.');
  const round = state.ratification.rounds.length + 1;
  if (round > MAX_RATIFICATION_ROUNDS) return err('LIMIT_REACHED', 'No more ratification rounds can be held.');
  const unique = [...new Set(ideaIds)];
  if (unique.length === 0) return err('BAD_REQUEST', 'Put at least one goal to the room.');
  for (const id of unique) {
    const idea = state.ideas.get(id);
    if (!idea || idea.status !== 'active' || idea.number === null)
      return err('NOT_FOUND', 'A goal is not on the list.');
  }
  return ok([{ type: 'ratificationOpened', round, ideaIds: unique, at: ctx.now }]);
}

function checkAnswers(round: RatificationRound, answers: readonly AnswerItem[]): Result<AnswerItem[]> {
  const ids = answers.map((a) => a.ideaId);
  if (new Set(ids).size !== ids.length) return err('BAD_REQUEST', 'Each goal is answered once.');
  if (ids.length !== round.ideaIds.length || ids.some((id) => !round.ideaIds.includes(id))) {
    return err('BAD_REQUEST', 'Answer every goal of this round.');
  }
  const cleaned = answers.map((a) => ({ ...a, reason: a.reason.trim() }));
  if (cleaned.some((a) => textLength(a.reason) > PREWORK_LIMITS.ratificationReason)) {
    return err('BAD_REQUEST', `A reason is longer than ${PREWORK_LIMITS.ratificationReason} characters.`);
  }
  return ok(cleaned.sort((a, b) => round.ideaIds.indexOf(a.ideaId) - round.ideaIds.indexOf(b.ideaId)));
}

/**
 * The key the answers are filed under: the participant's own key for the round (derived from
 * their token by the server, never stored), or, when organizations answer through delegates, the
 * organization's: its members speak with one voice and the latest answer counts.
 */
function answerKey(state: SessionState, round: number, organization: string | null, keys: AnswerKeys): Result<string> {
  if (ratificationSettingsOf(state.settings).voters === 'delegates') {
    if (!organization) return err('FORBIDDEN', 'Only an organization’s delegates answer in this session.');
    return ok(`${roundPrefix(round)}o:${organization}`);
  }
  const key = keys.forRound(round);
  return key === undefined ? err('UNAUTHORIZED', 'Reconnect to answer.') : ok(`${roundPrefix(round)}${key}`);
}

/** A participant answers every goal of the open round; answering again replaces their answers. */
export function decideAnswer(
  state: SessionState,
  participantId: string,
  answerKeys: AnswerKeys,
  command: { round: number; answers: readonly AnswerItem[] },
): Decision {
  const round = openRound(state);
  if (!round) return err('WRONG_PHASE', 'No ratification round is open.');
  if (round.round !== command.round) return err('CONFLICT', 'That round is over; answer the goals now put.');
  const answers = checkAnswers(round, command.answers);
  if (!answers.ok) return answers;
  const organization = state.participants.get(participantId)?.organization ?? null;
  const key = answerKey(state, round.round, organization, answerKeys);
  if (!key.ok) return key;
  return ok([
    { type: 'ratificationAnswered', answerKey: key.value, round: round.round, organization, answers: answers.value },
  ]);
}

/** The goals adopted once a round is closed: earlier adopted goals not put again, then those passed. */
function adoptedAfter(state: SessionState, round: RatificationRound, passed: readonly string[]): string[] {
  const kept = (state.goals.adopted ?? []).filter((id) => !round.ideaIds.includes(id));
  return [...kept, ...passed];
}

/**
 * The facilitator closes the round: the rule decides each goal from the counts, and the adopted
 * goals follow. Like results, it needs at least the session's floor of answers.
 */
export function decideCloseRatification(state: SessionState, roundNumber: number, ctx: DecideContext): Decision {
  const round = openRound(state);
  if (!round || round.round !== roundNumber) return err('WRONG_PHASE', 'That ratification round is not open.');
  const records = answersOfRound(state.ratification, round.round);
  const floor = state.settings.minBallots;
  if (records.length < floor) {
    return err('NOT_ENOUGH_BALLOTS', `Closing needs at least ${floor} answers; ${records.length} are in.`);
  }
  const goals = round.ideaIds.map((ideaId) => ({ ideaId, text: state.ideas.get(ideaId)?.text ?? '' }));
  const outcomes = roundOutcomes(records, goals, ratificationSettingsOf(state.settings).rule, floor);
  const passed = outcomes.filter((o) => o.verdict.adopted).map((o) => o.ideaId);
  return ok([
    { type: 'ratificationClosed', round: round.round, outcomes, at: ctx.now },
    { type: 'goalsAdopted', ideaIds: adoptedAfter(state, round, passed), at: ctx.now },
  ]);
}
