import type { SessionEvent } from '../../shared/session/events.js';
import { ANSWERS, type RatificationAnswer } from '../../shared/session/ratification/rule.js';
import type { AnswerItem } from '../../shared/session/ratification/ratification-types.js';
import type { StoredBallot } from '../store/event-store.js';

type SecretEvent = Extract<SessionEvent, { type: 'ballotCast' | 'ratificationAnswered' }>;

/** Ratification answers share the ballots table (and its compaction); their keys start with "r". */
const ANSWER_KEY = /^r(\d+):/;

/**
 * The row a secret event is kept as. A ratification answer's items are written one string each,
 * `ideaId answer reason` joined by tabs (ids and answers hold no tab; reasons are cleaned text).
 */
export function toSecretRow(event: SecretEvent): StoredBallot {
  if (event.type === 'ballotCast') {
    return { ballotKey: event.ballotKey, ranking: event.ranking, organization: event.organization };
  }
  return {
    ballotKey: event.answerKey,
    ranking: event.answers.map((a) => [a.ideaId, a.answer, a.reason.replaceAll('\t', ' ')].join('\t')),
    organization: event.organization,
  };
}

function isAnswer(value: string | undefined): value is RatificationAnswer {
  return (ANSWERS as readonly string[]).includes(value ?? '');
}

function decodeItem(item: string): AnswerItem | null {
  const [ideaId, answer, ...reason] = item.split('\t');
  return ideaId && isAnswer(answer) ? { ideaId, answer, reason: reason.join(' ') } : null;
}

/** The event a stored row replays as, for rebuilding a session. */
export function fromSecretRow(row: StoredBallot): SessionEvent {
  const round = ANSWER_KEY.exec(row.ballotKey)?.[1];
  if (round === undefined) return { type: 'ballotCast', ...row };
  return {
    type: 'ratificationAnswered',
    answerKey: row.ballotKey,
    round: Number(round),
    organization: row.organization,
    answers: row.ranking.map(decodeItem).filter((item): item is AnswerItem => item !== null),
  };
}
