import { expect } from 'vitest';
import type { Phase } from '../../shared/session/phases.js';
import type { PublicView } from '../../shared/session/views.js';
import { Room } from './room.js';

export const NAMES = ['Ada', 'Bo', 'Cy', 'Di', 'Ed'] as const;

/**
 * The reference session: five participants, two ideas each, one merge, one rewording, ballots of
 * three (one changed before voting closes). `between` runs after every phase change, for
 * example to restart the server.
 */
export async function runReferenceSession(
  url: string,
  between: (room: Room, phase: Phase) => Promise<void>,
  options: { routed?: boolean } = {},
): Promise<{ room: Room; results: PublicView['results'] }> {
  const room = await Room.open(
    url,
    { title: 'What should the alliance achieve by 2028?', settings: { ballotSize: 3 } },
    options,
  );
  for (const name of NAMES) await room.join(name);
  await room.advance('lobby');
  await between(room, 'ideation');

  for (const name of NAMES) {
    const letter = name[0]?.toLowerCase() ?? '';
    await room.act(name, 'idea:add', { text: `${letter}1` });
    await room.act(name, 'idea:add', { text: `${letter}2` });
  }
  await room.act('Ed', 'ideation:done', { done: true });
  await room.advance('ideation');
  await between(room, 'sharing');

  await room.steer('sharing:reveal-round');
  await room.steer('sharing:reveal-round');
  const exhausted = await room.trySteer('sharing:reveal-round');
  expect(exhausted.ok).toBe(false);
  await room.advance('sharing');
  await between(room, 'clarification');

  await room.facilitator.until((t) => t.view?.phase === 'clarification' && t.view.ideas.length === 10);
  const byText = (text: string) => {
    const idea = room.facilitator.view?.ideas.find((i) => i.text === text);
    if (!idea) throw new Error(`no idea "${text}"`);
    return idea.id;
  };
  await room.steer('idea:focus', { ideaId: byText('c1') });
  await room.steer('idea:merge', { targetId: byText('a1'), sourceIds: [byText('b1')] });
  await room.steer('idea:reword', { ideaId: byText('c1'), text: 'c1 sharpened' });
  await room.advance('clarification');
  await between(room, 'ranking');

  await room.facilitator.until((t) => t.view?.phase === 'ranking');
  const ballots: Record<string, string[]> = {
    Ada: ['a1', 'c1 sharpened', 'd1'],
    Bo: ['a1', 'd1', 'e1'],
    Cy: ['c1 sharpened', 'a1', 'e2'],
    Di: ['d1', 'a1', 'c1 sharpened'],
    Ed: ['e1', 'e2', 'a2'],
  };
  for (const [name, texts] of Object.entries(ballots)) {
    await room.act(name, 'ballot:submit', { ranking: texts.map(byText) });
  }
  // Ed changes their mind before voting closes; only the last ballot counts.
  await room.act('Ed', 'ballot:submit', { ranking: ['a1', 'd1', 'c1 sharpened'].map(byText) });
  await room.advance('ranking');
  await between(room, 'results');

  await room.facilitator.until((t) => t.view?.phase === 'results');
  return { room, results: room.facilitator.view?.results ?? null };
}

/** The results of the reference session, worked out by hand (N = 3: 3, 2, 1 points). */
export const EXPECTED_RESULTS = [
  { text: 'a1', points: 13, voters: 5, rankCounts: [3, 2, 0], meanRank: 1.4, rank: 1, tied: false },
  { text: 'd1', points: 8, voters: 4, rankCounts: [1, 2, 1], meanRank: 2, rank: 2, tied: false },
  { text: 'c1 sharpened', points: 7, voters: 4, rankCounts: [1, 1, 2], meanRank: 2.25, rank: 3, tied: false },
  { text: 'e1', points: 1, voters: 1, rankCounts: [0, 0, 1], meanRank: 3, rank: 4, tied: true },
  { text: 'e2', points: 1, voters: 1, rankCounts: [0, 0, 1], meanRank: 3, rank: 4, tied: true },
  { text: 'a2', points: 0, voters: 0, rankCounts: [0, 0, 0], meanRank: null, rank: 6, tied: true },
  { text: 'b2', points: 0, voters: 0, rankCounts: [0, 0, 0], meanRank: null, rank: 6, tied: true },
  { text: 'c2', points: 0, voters: 0, rankCounts: [0, 0, 0], meanRank: null, rank: 6, tied: true },
  { text: 'd2', points: 0, voters: 0, rankCounts: [0, 0, 0], meanRank: null, rank: 6, tied: true },
];

/** Results reduced to what the hand computation states, tied ideas in text order. */
export function comparable(results: PublicView['results']) {
  const lines = (results?.lines ?? []).map(({ text, points, voters, rankCounts, meanRank, rank, tied }) => ({
    text,
    points,
    voters,
    rankCounts,
    meanRank,
    rank,
    tied,
  }));
  return lines.sort((a, b) => a.rank - b.rank || a.text.localeCompare(b.text));
}
