import { err, ok, type Result } from './result.js';
import type { SessionEvent } from './events.js';
import { effectiveBallotSize } from './queries.js';
import type { SessionState } from './state.js';

/**
 * A participant casts or replaces their ballot for the current round: 1 to N distinct ideas, best
 * first. The ballot is filed under the round's ballot key. Nothing records who voted: each
 * participant has one token, hence one key per round, so the ballots are the voters.
 */
export function decideSubmitBallot(
  state: SessionState,
  participantId: string,
  ballotKeys: readonly [string, string],
  ranking: readonly string[],
): Result<SessionEvent[]> {
  const size = effectiveBallotSize(state);
  if (ranking.length === 0 || ranking.length > size) {
    return err('BAD_REQUEST', `Rank between 1 and ${size} ideas.`);
  }
  if (new Set(ranking).size !== ranking.length) return err('BAD_REQUEST', 'Each idea can be ranked once.');
  for (const id of ranking) {
    const idea = state.ideas.get(id);
    if (!idea || idea.status !== 'active' || idea.number === null) {
      return err('NOT_FOUND', 'A ranked idea is not on the list.');
    }
  }
  // The round is read from the state the command meets, so a ballot that arrives after the
  // final round has begun counts for the final round, never as a second preliminary ballot.
  const ballotKey = ballotKeys[state.round - 1] as string;
  const organization = state.participants.get(participantId)?.organization ?? null;
  return ok([{ type: 'ballotCast', ballotKey, ranking: [...ranking], organization }]);
}
