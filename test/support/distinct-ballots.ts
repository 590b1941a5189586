import type { Room } from './room.js';

/**
 * Takes a room from the lobby to ranking with one idea from each of `names` (five or more), and
 * has each of them cast a ballot of three ideas unlike anyone else's, so that a ranking seen
 * anywhere names its voter. Resolves, with each voter's ranking, once every voter has been shown
 * their own ballot.
 */
export async function castDistinctBallots(room: Room, names: readonly string[]): Promise<Map<string, string[]>> {
  await room.advance('lobby');
  for (const [i, name] of names.entries()) await room.act(name, 'idea:add', { text: `idea of ${name} ${i}` });
  await room.advance('ideation');
  await room.advance('sharing');
  await room.advance('clarification');
  await room.facilitator.until((t) => t.view?.phase === 'ranking');
  const ideas = room.facilitator.view?.ideas.map((i) => i.id) ?? [];
  const pick = (i: number) => ideas[i % ideas.length]!;
  const rankings = new Map(names.map((name, i) => [name, [pick(i), pick(i + 1), pick(i + 3)]]));
  for (const [name, ranking] of rankings) await room.act(name, 'ballot:submit', { ranking });
  for (const [name, ranking] of rankings) {
    const shown = JSON.stringify(ranking);
    await room.person(name).tracker.until((t) => JSON.stringify(t.mine?.view.myBallot?.ranking) === shown);
  }
  return rankings;
}
