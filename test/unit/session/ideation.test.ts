import { describe, expect, it } from 'vitest';
import { privateView, publicView, facilitatorView } from '../../../shared/session/views.js';
import { Machine, outcome } from '../../support/machine.js';

function inIdeation(settings = {}) {
  const m = new Machine(settings);
  const ada = m.join('Ada');
  const bo = m.join('Bo');
  m.advance();
  return { m, ada, bo };
}

describe('ideation', () => {
  it('adds, edits and deletes own ideas, trimmed, within the limits', () => {
    const { m, ada } = inIdeation({ ideasPerParticipant: 2, ideaLength: 20 });
    const id = m.addIdea(ada, '  more   youth  outreach ');
    expect(m.state.ideas.get(id)?.text).toBe('more youth outreach');
    m.must({ type: 'editIdea', ideaId: id, text: 'youth outreach' }, ada);
    expect(m.state.ideas.get(id)?.originalText).toBe('youth outreach');
    m.addIdea(ada, 'second');
    expect(outcome(m.run({ type: 'addIdea', text: 'third' }, ada))).toBe('LIMIT_REACHED');
    m.must({ type: 'deleteIdea', ideaId: id }, ada);
    expect(m.state.ideas.get(id)?.status).toBe('withdrawn');
    expect(outcome(m.run({ type: 'addIdea', text: 'third' }, ada))).toBe('accepted');
  });

  it('counts characters as people do, so one emoji or kanji is one character', () => {
    const { m, ada } = inIdeation({ ideaLength: 20 });
    expect(outcome(m.run({ type: 'addIdea', text: '😀'.repeat(20) }, ada))).toBe('accepted');
    expect(outcome(m.run({ type: 'addIdea', text: '漢'.repeat(21) }, ada))).toBe('BAD_REQUEST');
    expect(outcome(m.run({ type: 'addIdea', text: '   ' }, ada))).toBe('BAD_REQUEST');
  });

  it("refuses touching someone else's idea as if it did not exist", () => {
    const { m, ada, bo } = inIdeation();
    const id = m.addIdea(ada, 'mine');
    expect(outcome(m.run({ type: 'editIdea', ideaId: id, text: 'hijack' }, bo))).toBe('NOT_FOUND');
    expect(outcome(m.run({ type: 'deleteIdea', ideaId: id }, bo))).toBe('NOT_FOUND');
  });

  it('keeps ideas private: others, the facilitator and the display see counts only', () => {
    const { m, ada, bo } = inIdeation();
    m.addIdea(ada, 'a secret plan');
    m.must({ type: 'setDone', done: true }, ada);
    const shown = [
      publicView(m.state),
      facilitatorView(m.state),
      privateView(m.state, bo.participantId, bo.ballotKeys),
    ];
    for (const view of shown) expect(JSON.stringify(view)).not.toContain('a secret plan');
    expect(publicView(m.state)).toMatchObject({ ideasSubmitted: 1, participantsDone: 1 });
    expect(privateView(m.state, ada.participantId, ada.ballotKeys)?.myIdeas[0]?.text).toBe('a secret plan');
  });

  it('refuses writing outside ideation', () => {
    const m = new Machine();
    const ada = m.join('Ada');
    expect(outcome(m.run({ type: 'addIdea', text: 'early' }, ada))).toBe('WRONG_PHASE');
    m.advance();
    const id = m.addIdea(ada, 'on time');
    m.advance();
    expect(outcome(m.run({ type: 'addIdea', text: 'late' }, ada))).toBe('WRONG_PHASE');
    expect(outcome(m.run({ type: 'editIdea', ideaId: id, text: 'late' }, ada))).toBe('WRONG_PHASE');
    expect(outcome(m.run({ type: 'setDone', done: true }, ada))).toBe('WRONG_PHASE');
  });
});
