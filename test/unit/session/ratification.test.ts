import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { facilitatorView, privateView, publicView } from '../../../shared/session/views.js';
import { exportView } from '../../../shared/session/export-view.js';
import {
  ruleVerdict,
  type RatificationAnswer,
  type RatificationRule,
} from '../../../shared/session/ratification/rule.js';
import { outcome } from '../../support/machine.js';
import { answerAll, FACILITATOR, machineAtResults } from '../../support/ratification-machine.js';

const ANSWER = fc.constantFrom<RatificationAnswer>('support', 'live', 'object');

/** The rules as the method states them, written apart from the code under test. */
function reference(rule: RatificationRule, answers: { answer: RatificationAnswer; org: string | null }[]): boolean {
  if (answers.length === 0) return false;
  const share = answers.filter((a) => a.answer !== 'object').length / answers.length;
  switch (rule.kind) {
    case 'none':
      return true;
    case 'unanimity':
      return answers.every((a) => a.answer === 'support');
    case 'consensus':
      return !answers.some((a) => a.answer === 'object');
    case 'majority':
      return share > rule.percent / 100;
    case 'veto':
      return (
        !answers.some((a) => a.answer === 'object' && a.org !== null && rule.organizations.includes(a.org)) &&
        share > rule.percent / 100
      );
  }
}

const RULE: fc.Arbitrary<RatificationRule> = fc.oneof(
  fc.constant<RatificationRule>({ kind: 'unanimity' }),
  fc.constant<RatificationRule>({ kind: 'consensus' }),
  fc.integer({ min: 1, max: 99 }).map((percent): RatificationRule => ({ kind: 'majority', percent })),
  fc
    .integer({ min: 1, max: 99 })
    .map((percent): RatificationRule => ({ kind: 'veto', percent, organizations: ['Small'] })),
);

describe('the ratification rule', () => {
  it('decides each goal as the method states the rule, for random answers through the whole machine', () => {
    fc.assert(
      fc.property(
        RULE,
        fc.array(fc.tuple(fc.constantFrom('Big', 'Small', null), ANSWER, ANSWER), { minLength: 3, maxLength: 9 }),
        (rule, people) => {
          const orgs = people.map(([org]) => org);
          const { machine, participants, ideaIds } = machineAtResults({ ratification: { rule } }, orgs, [
            'Big',
            'Small',
          ]);
          const goals = ideaIds.slice(0, 2);
          machine.must({ type: 'openRatification', ideaIds: goals }, FACILITATOR);
          answerAll(machine, participants, (i, ideaId) => (ideaId === goals[0] ? people[i]![1] : people[i]![2]));
          machine.must({ type: 'closeRatification', round: 1 }, FACILITATOR);
          const expected = goals.filter((_, g) =>
            reference(
              rule,
              people.map(([org, a, b]) => ({ org, answer: g === 0 ? a : b })),
            ),
          );
          expect(machine.state.goals.adopted).toEqual(expected);
          const closed = publicView(machine.state).ratification?.outcomes ?? [];
          expect(closed.map((o) => o.counts.support + o.counts.live + o.counts.object)).toEqual([
            people.length,
            people.length,
          ]);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('counts "can live with it" as consent under consensus but not under unanimity', () => {
    const counts = { support: 3, live: 1, object: 0, objectingOrganizations: [] };
    expect(ruleVerdict({ kind: 'consensus' }, counts).adopted).toBe(true);
    expect(ruleVerdict({ kind: 'unanimity' }, counts).adopted).toBe(false);
    // "More than 75 %": 3 of 4 is not more.
    expect(ruleVerdict({ kind: 'majority', percent: 75 }, { ...counts, live: 0, object: 1 }).adopted).toBe(false);
  });
});

describe('a ratification round', () => {
  it('under consensus, one objection blocks its goal; the reasons are logged without names', () => {
    const { machine, participants, ideaIds } = machineAtResults({ ratification: { rule: { kind: 'consensus' } } }, [
      null,
      null,
      null,
      null,
    ]);
    const goals = ideaIds.slice(0, 2);
    machine.must({ type: 'openRatification', ideaIds: goals }, FACILITATOR);
    answerAll(
      machine,
      participants,
      (i, id) => (i === 2 && id === goals[1] ? 'object' : 'support'),
      (i) => (i === 2 ? 'Too costly for us' : ''),
    );
    expect(outcome(machine.run({ type: 'closeRatification', round: 1 }, FACILITATOR))).toBe('accepted');
    expect(machine.state.goals.adopted).toEqual([goals[0]]);
    const log = machine.state.decisions.at(-2);
    expect(log?.kind).toBe('ratified');
    const text = JSON.stringify(log);
    expect(text).toContain('Too costly for us');
    for (const p of participants) expect(text).not.toContain(p.participantId);
    expect(JSON.stringify(exportView(machine.state))).not.toMatch(/person-\d/);
  });

  it('under a veto, an objection from a named organization blocks even a large majority', () => {
    const rule: RatificationRule = { kind: 'veto', percent: 50, organizations: ['Small'] };
    const orgs = ['Big', 'Big', 'Big', 'Big', 'Small', 'Small', 'Small'];
    const { machine, participants, ideaIds } = machineAtResults({ ratification: { rule } }, orgs, ['Big', 'Small']);
    machine.must({ type: 'openRatification', ideaIds: [ideaIds[0]!] }, FACILITATOR);
    answerAll(machine, participants, (i) => (i === 6 ? 'object' : 'support'));
    machine.must({ type: 'closeRatification', round: 1 }, FACILITATOR);
    const [goal] = publicView(machine.state).ratification?.outcomes ?? [];
    expect(goal?.verdict).toEqual({ adopted: false, reason: 'veto', vetoedBy: ['Small'] });
    expect(machine.state.goals.adopted).toEqual([]);
    // Both organizations have 3 or more answers: both may be shown, and nothing smaller can be derived.
    expect(goal?.byOrganization.map((o) => o.name)).toEqual(['Big', 'Small']);
  });

  it('keeps one answer per person: answering again replaces it', () => {
    const { machine, participants, ideaIds } = machineAtResults({ ratification: { rule: { kind: 'consensus' } } }, [
      null,
      null,
      null,
    ]);
    machine.must({ type: 'openRatification', ideaIds: [ideaIds[0]!] }, FACILITATOR);
    answerAll(machine, participants, () => 'object');
    answerAll(machine, participants, () => 'support');
    expect(publicView(machine.state).ratification?.answersIn).toBe(3);
    machine.must({ type: 'closeRatification', round: 1 }, FACILITATOR);
    expect(publicView(machine.state).ratification?.outcomes?.[0]?.counts).toEqual({ support: 3, live: 0, object: 0 });
  });

  it('needs the floor of answers before closing, and shows no counts while open', () => {
    const { machine, participants, ideaIds } = machineAtResults({ ratification: { rule: { kind: 'unanimity' } } }, [
      null,
      null,
      null,
    ]);
    machine.must({ type: 'openRatification', ideaIds: [ideaIds[0]!] }, FACILITATOR);
    answerAll(machine, participants.slice(0, 2), () => 'support');
    expect(outcome(machine.run({ type: 'closeRatification', round: 1 }, FACILITATOR))).toBe('NOT_ENOUGH_BALLOTS');
    const open = publicView(machine.state).ratification;
    expect(open?.outcomes).toBeNull();
    expect(JSON.stringify(facilitatorView(machine.state))).not.toContain('"support":');
  });

  it('suppresses an organization whose answers could be worked out by subtraction', () => {
    // Big 3 and Small 2 answers: Small is under the floor, and Big shown beside the total gives Small away.
    const { machine, participants, ideaIds } = machineAtResults(
      { ratification: { rule: { kind: 'consensus' } } },
      ['Big', 'Big', 'Big', 'Small', 'Small'],
      ['Big', 'Small'],
    );
    machine.must({ type: 'openRatification', ideaIds: [ideaIds[0]!] }, FACILITATOR);
    answerAll(machine, participants, (i) => (i === 4 ? 'object' : 'support'));
    machine.must({ type: 'closeRatification', round: 1 }, FACILITATOR);
    expect(publicView(machine.state).ratification?.outcomes?.[0]?.byOrganization).toEqual([]);
  });

  it('lets the facilitator amend the list and ratify again; goals adopted before stay adopted', () => {
    const { machine, participants, ideaIds } = machineAtResults({ ratification: { rule: { kind: 'consensus' } } }, [
      null,
      null,
      null,
    ]);
    const [a, b, c] = ideaIds as [string, string, string];
    machine.must({ type: 'openRatification', ideaIds: [a, b] }, FACILITATOR);
    answerAll(machine, participants, (i, id) => (id === b && i === 0 ? 'object' : 'support'));
    machine.must({ type: 'closeRatification', round: 1 }, FACILITATOR);
    expect(machine.state.goals.adopted).toEqual([a]);
    machine.must({ type: 'openRatification', ideaIds: [c] }, FACILITATOR);
    const mine = privateView(
      machine.state,
      participants[0]!.participantId,
      participants[0]!.ballotKeys,
      participants[0]!.answerKeys,
    );
    expect(mine?.myAnswers).toBeNull();
    answerAll(machine, participants, () => 'live');
    machine.must({ type: 'closeRatification', round: 2 }, FACILITATOR);
    expect(machine.state.goals.adopted).toEqual([a, c]);
  });

  it('refuses direct adoption, stale rounds and answers that skip a goal', () => {
    const { machine, participants, ideaIds } = machineAtResults({ ratification: { rule: { kind: 'consensus' } } }, [
      null,
      null,
      null,
    ]);
    expect(outcome(machine.run({ type: 'adoptGoals', ideaIds: [ideaIds[0]!] }, FACILITATOR))).toBe('CONFLICT');
    machine.must({ type: 'openRatification', ideaIds: ideaIds.slice(0, 2) }, FACILITATOR);
    const one = [{ ideaId: ideaIds[0]!, answer: 'support' as const, reason: '' }];
    expect(outcome(machine.run({ type: 'answerRatification', round: 1, answers: one }, participants[0]!))).toBe(
      'BAD_REQUEST',
    );
    expect(outcome(machine.run({ type: 'answerRatification', round: 2, answers: one }, participants[0]!))).toBe(
      'CONFLICT',
    );
    expect(outcome(machine.run({ type: 'openRatification', ideaIds: [ideaIds[0]!] }, FACILITATOR))).toBe('CONFLICT');
  });

  it('with delegates, an organization answers once whichever member answers last', () => {
    const { machine, participants, ideaIds } = machineAtResults(
      { ratification: { rule: { kind: 'consensus' }, voters: 'delegates' } },
      ['A', 'A', 'B', 'C', null],
      ['A', 'B', 'C'],
    );
    machine.must({ type: 'openRatification', ideaIds: [ideaIds[0]!] }, FACILITATOR);
    answerAll(machine, participants.slice(0, 4), (i) => (i === 0 ? 'object' : 'support'));
    const nobody = participants[4]!;
    const answers = [{ ideaId: ideaIds[0]!, answer: 'support' as const, reason: '' }];
    expect(outcome(machine.run({ type: 'answerRatification', round: 1, answers }, nobody))).toBe('FORBIDDEN');
    expect(publicView(machine.state).ratification?.answersIn).toBe(3);
    machine.must({ type: 'closeRatification', round: 1 }, FACILITATOR);
    expect(machine.state.goals.adopted).toEqual([ideaIds[0]]);
  });
});
