import { describe, expect, it } from 'vitest';
import type { Decision } from '../../shared/session/state.js';
import { movementOf, movementText } from '../../client/components/results/movement.js';
import { closenessReading } from '../../client/components/results/closeness.js';
import { roundPoints } from '../../client/components/ResultsChart.js';
import { loadConsoleAreas, translate, type Translate } from '../../client/i18n/index.js';
import { decisionText } from '../../client/screens/facilitator/decision-text.js';

// The console's messages load with the console (see client/lazy-screens.ts); the decision log is part of it.
await loadConsoleAreas();
const t: Translate = (key, params) => translate('en', key, params);

describe('movement between rounds and since the last session', () => {
  it('reads a smaller rank as a better place', () => {
    expect(movementOf(5, 1)).toEqual({ direction: 'up', places: 4, before: 5 });
    expect(movementOf(2, 5)).toEqual({ direction: 'down', places: 3, before: 2 });
    expect(movementOf(4, 4)).toEqual({ direction: 'same', places: 0, before: 4 });
  });

  it('says nothing without an earlier rank', () => {
    expect(movementOf(null, 1)).toBeNull();
    expect(movementOf(undefined, 1)).toBeNull();
    expect(movementOf(0, 1)).toBeNull();
  });

  it('words each kind of movement, with singular and plural places', () => {
    expect(movementText(t, 'round', { direction: 'up', places: 1, before: 3 })).toBe(
      'up 1 place since the preliminary vote (was 3)',
    );
    expect(movementText(t, 'round', { direction: 'down', places: 3, before: 2 })).toBe(
      'down 3 places since the preliminary vote (was 2)',
    );
    expect(movementText(t, 'carried', { direction: 'up', places: 2, before: 4 })).toBe(
      'carried-over goal: rank 4 last time, up 2 places',
    );
    expect(movementText(t, 'carried', { direction: 'same', places: 0, before: 1 })).toBe(
      'carried-over goal: rank 1 last time, the same now',
    );
  });
});

describe('numbers a person reads', () => {
  it('rounds weighted points to one decimal', () => {
    expect(roundPoints(15.458333)).toBe(15.5);
    expect(roundPoints(7.000000001)).toBe(7);
    expect(t('results.points', { count: roundPoints(8.1666) })).toBe('8.2 points');
  });

  it('reads Spearman closeness in three bands', () => {
    expect(closenessReading(1)).toBe('close');
    expect(closenessReading(0.7)).toBe('close');
    expect(closenessReading(0.5)).toBe('partly');
    expect(closenessReading(0.29)).toBe('apart');
    expect(closenessReading(-0.4)).toBe('apart');
  });
});

describe('the decision log in words', () => {
  const ideas = new Map([
    ['i1', { number: 1, text: 'Shared calendar' }],
    ['i2', { number: 2, text: 'Joint campaign' }],
  ]);
  const lookup = (id: string) => ideas.get(id);
  const line = (decision: Decision) => decisionText(t, decision, lookup);
  // People's words and idea numbers sit in isolates, so Arabic text cannot reorder the sentence.
  const num = (n: number) => `\u2066#${n}\u2069`;
  const own = (text: string) => `\u2068${text}\u2069`;

  it('names the closes of the votes rather than raw phase names', () => {
    expect(line({ at: 0, kind: 'phase', from: 'ranking', to: 'discussion', round: 1 })).toBe(
      'Preliminary vote closed: discussing the vote.',
    );
    expect(line({ at: 0, kind: 'phase', from: 'discussion', to: 'ranking', round: 2 })).toBe('Final vote opened.');
    expect(line({ at: 0, kind: 'phase', from: 'ranking', to: 'results', round: 2 })).toBe(
      'Voting closed: results shown.',
    );
    expect(line({ at: 0, kind: 'phase', from: 'lobby', to: 'ideation', round: 1 })).toBe(
      'Moved from Joining to Writing ideas.',
    );
  });

  it('keeps the originals of rewordings and merges', () => {
    expect(line({ at: 0, kind: 'reworded', ideaId: 'i1', before: 'Calendar', after: 'Shared calendar' })).toBe(
      `Idea ${num(1)} reworded from “${own('Calendar')}” to “${own('Shared calendar')}”.`,
    );
    expect(
      line({
        at: 0,
        kind: 'merged',
        targetId: 'i2',
        sourceIds: ['gone'],
        sourceTexts: ['A campaign'],
        text: 'Joint campaign',
      }),
    ).toBe(`Merged “${own('A campaign')}” into idea ${num(2)}, now “${own('Joint campaign')}”.`);
  });

  it('tells adoption from amendment, and an empty adoption from a missing one', () => {
    expect(line({ at: 0, kind: 'goals-adopted', ideaIds: ['i1'], amended: false })).toBe(`Goals adopted: ${num(1)}.`);
    expect(line({ at: 0, kind: 'goals-adopted', ideaIds: ['i1', 'i2'], amended: true })).toBe(
      `Adopted goals amended: ${num(1)}, ${num(2)}.`,
    );
    expect(line({ at: 0, kind: 'goals-adopted', ideaIds: [], amended: true })).toBe('Adopted goals amended: none.');
    expect(line({ at: 0, kind: 'goal-described', ideaId: 'i2', owner: '' })).toBe(
      `Goal ${num(2)} recorded; owner: not named.`,
    );
  });
});
