import { describe, expect, it } from 'vitest';
import { PARTICIPANT_EVENTS } from '../../../shared/protocol/command-events.js';
import { commandSchemas } from '../../../shared/protocol/schemas.js';
import { COMMAND_RULES, type Command } from '../../../shared/session/commands.js';
import { PHASES, nextPhase, sessionPhases, type Phase } from '../../../shared/session/phases.js';
import { FACILITATOR, Machine, outcome } from '../../support/machine.js';

/** A two-round session walked through every phase, with the state met in each. */
function walk() {
  const m = new Machine({ twoRounds: true, ballotSize: 2, sharingMode: 'named-turns' });
  const voters = ['Ada', 'Bo', 'Cy'].map((name) => m.join(name));
  const states = new Map<Phase, Machine['state']>([[m.state.phase, m.state]]);
  const visited: Phase[] = [m.state.phase];
  let ids: string[] = [];
  while (m.state.phase !== 'results') {
    if (m.state.phase === 'ideation') ids = voters.map((v, i) => m.addIdea(v, `idea ${i}`));
    if (m.state.phase === 'ranking') for (const v of voters) m.must({ type: 'submitBallot', ranking: [ids[0]!] }, v);
    m.advance();
    states.set(m.state.phase, m.state);
    visited.push(m.state.phase);
  }
  return { m, voters, ids, states, visited };
}

/** One sample of every phase-bound command. */
function samples(ideaId: string): Command[] {
  return [
    { type: 'addIdea', text: 'late' },
    { type: 'editIdea', ideaId, text: 'late' },
    { type: 'deleteIdea', ideaId },
    { type: 'setDone', done: true },
    { type: 'shareIdea', ideaId },
    { type: 'passTurn' },
    { type: 'submitBallot', ranking: [ideaId] },
    { type: 'revealRound' },
    { type: 'skipTurn' },
    { type: 'focusIdea', ideaId: null },
    { type: 'rewordIdea', ideaId, text: 'sharper' },
    { type: 'mergeIdeas', targetId: ideaId, sourceIds: ['other'] },
    { type: 'startTimer', seconds: 60 },
    { type: 'adoptGoals', ideaIds: [ideaId] },
    { type: 'describeGoal', ideaId, rationale: '', owner: '', indicator: '', targetDate: '' },
  ];
}

describe('phases as data', () => {
  it('advances through the declared order, with the discussion between the two votes', () => {
    const { visited } = walk();
    expect(visited).toEqual([
      'lobby',
      'ideation',
      'sharing',
      'clarification',
      'ranking',
      'discussion',
      'ranking',
      'results',
    ]);
    expect(nextPhase('ranking', false, 1)).toBe('results');
    expect(sessionPhases(false)).toEqual(PHASES.filter((p) => p !== 'discussion' && p !== 'tables'));
    expect(sessionPhases(true)).toEqual(PHASES.filter((p) => p !== 'tables'));
    expect(sessionPhases(false, true)).toEqual(['lobby', 'tables', 'clarification', 'ranking', 'results']);
  });

  it('allows the one declared step back and no other', () => {
    const { m, states } = walk();
    for (const [phase, state] of states) {
      m.state = state;
      const result = outcome(m.run({ type: 'stepBack', from: phase }, FACILITATOR));
      expect(result, phase).toBe(phase === 'clarification' ? 'accepted' : 'WRONG_PHASE');
    }
  });
});

describe('commands as data', () => {
  it('refuses every phase-bound command outside its phases with WRONG_PHASE, before any other check', () => {
    const { m, voters, ids, states } = walk();
    for (const [phase, state] of states) {
      m.state = state;
      for (const command of samples(ids[0]!)) {
        const rule: { by: string; phases?: readonly Phase[] } = COMMAND_RULES[command.type];
        const actor = rule.by === 'participant' ? voters[0]! : FACILITATOR;
        const code = outcome(m.run(command, actor));
        if (rule.phases?.includes(phase)) expect(code, `${command.type} in ${phase}`).not.toBe('WRONG_PHASE');
        else expect(code, `${command.type} in ${phase}`).toBe('WRONG_PHASE');
      }
    }
  });

  it('derives the participant events from who sends each command', () => {
    expect(PARTICIPANT_EVENTS).toEqual([
      'idea:add',
      'idea:edit',
      'idea:delete',
      'ideation:done',
      'sharing:share',
      'sharing:pass',
      'ballot:submit',
      'table:choose',
      'ratification:answer',
    ]);
    for (const event of Object.keys(commandSchemas) as (keyof typeof commandSchemas)[]) {
      expect('token' in commandSchemas[event].shape, event).toBe(
        !PARTICIPANT_EVENTS.includes(event as (typeof PARTICIPANT_EVENTS)[number]),
      );
    }
  });
});
