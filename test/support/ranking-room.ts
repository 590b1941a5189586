import type { CreateSessionInput } from '../../shared/protocol/schemas.js';
import { Room } from './room.js';

/**
 * A room brought over real sockets to the ranking phase: `names` joined, each shared one idea.
 * Returns the room and the ids of the ideas on the ballot, in order of reveal.
 */
export async function roomInRanking(
  url: string,
  names: readonly string[],
  input: Partial<CreateSessionInput> = {},
  options: { routed?: boolean } = {},
): Promise<{ room: Room; ideas: string[] }> {
  const room = await Room.open(url, { title: 'Ranking room', ...input }, options);
  for (const name of names) await room.join(name);
  await room.advance('lobby');
  for (const name of names) await room.act(name, 'idea:add', { text: `idea of ${name}` });
  await room.advance('ideation');
  await room.advance('sharing');
  await room.advance('clarification');
  await room.facilitator.until((t) => t.view?.phase === 'ranking');
  return { room, ideas: room.facilitator.view?.ideas.map((idea) => idea.id) ?? [] };
}
