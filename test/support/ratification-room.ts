import type { CreateSessionInput } from '../../shared/protocol/schemas.js';
import type { RatificationAnswer } from '../../shared/session/ratification/rule.js';
import { Room } from './room.js';

/** A room on real sockets taken to its results: everyone wrote one idea and ranked the first three. */
export async function roomAtResults(
  url: string,
  input: CreateSessionInput,
  people: readonly [string, string | undefined][],
): Promise<{ room: Room; ideas: string[] }> {
  const room = await Room.open(url, input);
  for (const [name, organization] of people) await room.join(name, organization);
  await room.advance('lobby');
  for (const [i, [name]] of people.entries())
    await room.act(name, 'idea:add', { text: `Shared goal proposal ${i + 1}` });
  await room.advance('ideation');
  await room.advance('sharing');
  await room.advance('clarification');
  await room.facilitator.until((t) => t.view?.phase === 'ranking');
  const ideas = (room.facilitator.view?.ideas ?? []).map((idea) => idea.id).slice(0, 3);
  for (const [name] of people) await room.act(name, 'ballot:submit', { ranking: ideas });
  await room.advance('ranking');
  await room.facilitator.until((t) => t.view?.phase === 'results');
  return { room, ideas };
}

/** Each person answers every goal of the open round: `answer(name, goal)` with an optional reason. */
export async function answerRound(
  room: Room,
  round: number,
  goals: readonly string[],
  answer: (name: string, ideaId: string) => RatificationAnswer,
  reason: (name: string, ideaId: string) => string = () => '',
): Promise<void> {
  for (const name of room.people.keys()) {
    const answers = goals.map((ideaId) => ({ ideaId, answer: answer(name, ideaId), reason: reason(name, ideaId) }));
    await room.act(name, 'ratification:answer', { round, answers });
  }
}
