import { err, ok, type Result } from '../../shared/session/result.js';
import { memoOn } from '../../shared/session/memo.js';
import type { Participant, SessionState } from '../../shared/session/state.js';
import { hashToken, joinKey, newToken, sealToken, unsealToken } from './secrets.js';
import type { SessionService } from './session-service.js';

/** Who a join or resume made this connection: a participant and the one token they hold. */
export interface Admission {
  participantId: string;
  token: string;
}

export interface JoinInput {
  name: string;
  organization: string | null;
  joinId: string | null;
}

/** The participant an earlier join with this join id made, with the token sealed for them. */
function earlierAdmission(state: SessionState | undefined, joinId: string): Admission | null {
  if (!state) return null;
  const participantId = state.joinIds.get(joinKey(state.ballotSalt, joinId));
  const sealed = participantId === undefined ? undefined : state.participants.get(participantId)?.sealedToken;
  const token = sealed === undefined ? null : unsealToken(state.ballotSalt, joinId, sealed);
  return participantId === undefined || token === null ? null : { participantId, token };
}

/**
 * Joins a session as a new participant, or, when this join id already made one (a lost reply, a
 * second device, an attacker replaying it), hands back that participant's own token: one person,
 * one token, whatever the route, so one ballot key per round and one ballot.
 */
export async function admit(service: SessionService, sessionId: string, input: JoinInput): Promise<Result<Admission>> {
  const salt = service.get(sessionId)?.state.ballotSalt ?? '';
  const token = newToken();
  const { joinId } = input;
  const result = await service.execute(
    sessionId,
    { role: 'joiner' },
    {
      type: 'join',
      name: input.name,
      organization: input.organization,
      tokenHash: hashToken(token),
      joinKey: joinId === null ? null : joinKey(salt, joinId),
      sealedToken: joinId === null ? null : sealToken(salt, joinId, token),
    },
    null,
  );
  if (!result.ok) return result;
  const joined = result.value.find((e) => e.type === 'participantJoined');
  if (joined?.type === 'participantJoined') return ok({ participantId: joined.participantId, token });
  const earlier = joinId === null ? null : earlierAdmission(service.get(sessionId)?.state, joinId);
  return earlier ? ok(earlier) : err('INTERNAL', 'The join was not recorded.');
}

// Token hashes indexed once per version of the roster: a room resuming after a restart would
// otherwise scan every participant for each resume (O(N²) over the reconnection storm).
const byTokenHash = memoOn(
  (participants: SessionState['participants']): ReadonlyMap<string, Participant> =>
    new Map([...participants.values()].map((p) => [p.tokenHash, p])),
);

/** The participant who holds this token, if they are still in the session. */
export function participantByToken(state: SessionState, token: string): Participant | undefined {
  const participant = byTokenHash(state.participants).get(hashToken(token));
  return participant && !participant.removed ? participant : undefined;
}
