import { describe, expect, it } from 'vitest';
import { publicView } from '../../../shared/session/views.js';
import { FACILITATOR, Machine, outcome } from '../../support/machine.js';

function inClarification() {
  const m = new Machine();
  const ada = m.join('Ada');
  m.advance();
  const ids = ['one', 'two', 'three', 'four'].map((text) => m.addIdea(ada, text));
  m.advance();
  m.advance();
  return { m, ada, ids: ids as [string, string, string, string] };
}

describe('clarification', () => {
  it('focuses one idea for everyone, and clears the focus on leaving the phase', () => {
    const { m, ids } = inClarification();
    m.must({ type: 'focusIdea', ideaId: ids[1] }, FACILITATOR);
    expect(publicView(m.state).focusId).toBe(ids[1]);
    m.advance();
    expect(m.state.focusId).toBeNull();
  });

  it('rewords an idea and keeps the original wording', () => {
    const { m, ids } = inClarification();
    m.must({ type: 'rewordIdea', ideaId: ids[0], text: 'one, sharpened' }, FACILITATOR);
    const shown = publicView(m.state).ideas.find((i) => i.id === ids[0]);
    expect(shown).toMatchObject({ text: 'one, sharpened', originalText: 'one', edited: true });
  });

  it('merges duplicates transitively: the survivor keeps the whole lineage', () => {
    const { m, ids } = inClarification();
    m.must({ type: 'focusIdea', ideaId: ids[2] }, FACILITATOR);
    m.must({ type: 'mergeIdeas', targetId: ids[1], sourceIds: [ids[2]] }, FACILITATOR);
    expect(m.state.focusId).toBe(ids[1]);
    m.must({ type: 'mergeIdeas', targetId: ids[0], sourceIds: [ids[1]], text: 'one and more' }, FACILITATOR);
    expect(m.state.ideas.get(ids[0]!)?.mergedFrom.sort()).toEqual([ids[1], ids[2]].sort());
    expect(m.state.ideas.get(ids[2]!)).toMatchObject({ status: 'merged', mergedInto: ids[1] });
    const view = publicView(m.state);
    expect(view.ideas.map((i) => i.text).sort()).toEqual(['four', 'one and more']);
    expect(view.ideas.find((i) => i.id === ids[0])?.mergedFromNumbers.length).toBe(2);
  });

  it('refuses merging an idea into itself, merged ideas, or unknown ones', () => {
    const { m, ids } = inClarification();
    expect(outcome(m.run({ type: 'mergeIdeas', targetId: ids[0], sourceIds: [ids[0]] }, FACILITATOR))).toBe(
      'BAD_REQUEST',
    );
    m.must({ type: 'mergeIdeas', targetId: ids[0], sourceIds: [ids[1]] }, FACILITATOR);
    expect(outcome(m.run({ type: 'mergeIdeas', targetId: ids[2], sourceIds: [ids[1]] }, FACILITATOR))).toBe(
      'NOT_FOUND',
    );
    expect(outcome(m.run({ type: 'focusIdea', ideaId: 'nope' }, FACILITATOR))).toBe('NOT_FOUND');
  });

  it('may step back to sharing and forward again; nothing else steps back', () => {
    const { m } = inClarification();
    m.must({ type: 'stepBack', from: 'clarification' }, FACILITATOR);
    expect(m.state.phase).toBe('sharing');
    expect(outcome(m.run({ type: 'stepBack', from: 'sharing' }, FACILITATOR))).toBe('WRONG_PHASE');
    m.advance();
    expect(m.state.phase).toBe('clarification');
  });

  it('refuses clarification commands in other phases', () => {
    const { m, ids } = inClarification();
    m.advance();
    expect(outcome(m.run({ type: 'rewordIdea', ideaId: ids[0], text: 'late' }, FACILITATOR))).toBe('WRONG_PHASE');
    expect(outcome(m.run({ type: 'focusIdea', ideaId: null }, FACILITATOR))).toBe('WRONG_PHASE');
  });
});
