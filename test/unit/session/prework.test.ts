import { describe, expect, it } from 'vitest';
import { facilitatorView, publicView } from '../../../shared/session/views.js';
import type { Command } from '../../../shared/session/commands.js';
import { FACILITATOR, Machine, outcome } from '../../support/machine.js';

const REP = { role: 'representative' } as const;

function preparedMachine(): Machine {
  const machine = new Machine();
  machine.state = { ...machine.state, organizations: ['North', 'South'] };
  machine.must({ type: 'issuePreworkLink', organization: 'North', secretHash: 'hash-north' }, FACILITATOR);
  machine.must({ type: 'issuePreworkLink', organization: 'South', secretHash: 'hash-south' }, FACILITATOR);
  return machine;
}

function save(machine: Machine, secretHash: string, priorities: string[], implicit = '') {
  return machine.run(
    { type: 'savePrework', secretHash, priorities, explicitInterests: 'Stated goal', implicitInterests: implicit },
    REP,
  );
}

describe('pre-work links', () => {
  it('open only the organization they were made for, until replaced or revoked', () => {
    const machine = preparedMachine();
    expect(outcome(save(machine, 'hash-north', ['Clean water']))).toBe('accepted');
    expect(machine.state.prework.entries.North?.priorities).toEqual(['Clean water']);
    expect(outcome(save(machine, 'hash-guess', ['x']))).toBe('UNAUTHORIZED');
    machine.must({ type: 'issuePreworkLink', organization: 'North', secretHash: 'hash-north-2' }, FACILITATOR);
    expect(outcome(save(machine, 'hash-north', ['Replaced link']))).toBe('UNAUTHORIZED');
    machine.must({ type: 'revokePreworkLink', organization: 'South' }, FACILITATOR);
    expect(outcome(save(machine, 'hash-south', ['Revoked link']))).toBe('UNAUTHORIZED');
    expect(
      outcome(machine.run({ type: 'issuePreworkLink', organization: 'Elsewhere', secretHash: 'h' }, FACILITATOR)),
    ).toBe('NOT_FOUND');
  });

  it('accept one to three priorities, editable until the facilitator closes pre-work', () => {
    const machine = preparedMachine();
    expect(outcome(save(machine, 'hash-north', ['a', 'b', 'c', 'd']))).toBe('BAD_REQUEST');
    expect(outcome(save(machine, 'hash-north', ['  ', '']))).toBe('BAD_REQUEST');
    save(machine, 'hash-north', ['Water', 'Schools']);
    const entryId = machine.state.prework.entries.North?.id;
    save(machine, 'hash-north', ['Clean water', 'Schools', 'Roads']);
    expect(machine.state.prework.entries.North).toMatchObject({
      id: entryId,
      priorities: ['Clean water', 'Schools', 'Roads'],
    });
    machine.must({ type: 'setPreworkClosed', closed: true }, FACILITATOR);
    expect(outcome(save(machine, 'hash-north', ['Late']))).toBe('WRONG_PHASE');
    machine.must({ type: 'setPreworkClosed', closed: false }, FACILITATOR);
    expect(outcome(save(machine, 'hash-north', ['Reopened']))).toBe('accepted');
  });

  it('are answered only by a representative, never by a participant or the facilitator', () => {
    const machine = preparedMachine();
    const command: Command = {
      type: 'savePrework',
      secretHash: 'hash-north',
      priorities: ['x'],
      explicitInterests: '',
      implicitInterests: '',
    };
    expect(outcome(machine.run(command, FACILITATOR))).toBe('FORBIDDEN');
    expect(outcome(machine.run(command, machine.join('Ann')))).toBe('FORBIDDEN');
  });
});

describe('the landscape', () => {
  function withPriorities(): { machine: Machine; ids: (org: string, rank: number) => string } {
    const machine = preparedMachine();
    save(machine, 'hash-north', ['Clean water', 'Schools', 'Roads'], 'Keep our autonomy');
    save(machine, 'hash-south', ['Safe drinking water', 'Jobs']);
    const ids = (org: string, rank: number) => `${machine.state.prework.entries[org]?.id}.${rank}`;
    return { machine, ids };
  }

  it('groups priorities into themes with lineage and shows the overlaps as candidate common ground', () => {
    const { machine, ids } = withPriorities();
    machine.must(
      { type: 'groupPriorities', label: 'Water', priorityIds: [ids('North', 1)], themeIds: [] },
      FACILITATOR,
    );
    const first = Object.keys(machine.state.prework.themes)[0]!;
    machine.must(
      { type: 'groupPriorities', label: 'Safe water', priorityIds: [ids('South', 1)], themeIds: [first] },
      FACILITATOR,
    );
    const landscape = facilitatorView(machine.state).prework;
    expect(landscape.themes).toHaveLength(1);
    expect(landscape.themes[0]).toMatchObject({
      label: 'Safe water',
      organizations: ['North', 'South'],
      mergedFrom: ['Water'],
    });
    expect(landscape.commonGround).toEqual([landscape.themes[0]?.id]);
    expect(landscape.themes[0]?.priorities.map((p) => p.rank)).toEqual([1, 1]);
    expect(machine.state.decisions.filter((d) => d.kind === 'prework-themed')).toHaveLength(2);
  });

  it('keeps implicit interests out of every view but the facilitator’s', () => {
    const { machine } = withPriorities();
    expect(JSON.stringify(facilitatorView(machine.state))).toContain('Keep our autonomy');
    expect(JSON.stringify(publicView(machine.state))).not.toContain('Keep our autonomy');
    expect(JSON.stringify(publicView(machine.state))).not.toContain('Clean water');
  });

  it('seeds themes and priorities into the pool, shared first when sharing starts, marked as pre-work', () => {
    const { machine, ids } = withPriorities();
    machine.must(
      { type: 'groupPriorities', label: 'Water', priorityIds: [ids('North', 1), ids('South', 1)], themeIds: [] },
      FACILITATOR,
    );
    const theme = Object.keys(machine.state.prework.themes)[0]!;
    machine.must({ type: 'seedPrework', itemIds: [theme], attributed: true }, FACILITATOR);
    machine.must({ type: 'seedPrework', itemIds: [ids('South', 2)], attributed: false }, FACILITATOR);
    expect(outcome(machine.run({ type: 'seedPrework', itemIds: [theme], attributed: true }, FACILITATOR))).toBe(
      'CONFLICT',
    );
    const ann = machine.join('Ann');
    machine.advance();
    expect(publicView(machine.state).ideas).toEqual([]);
    machine.addIdea(ann, 'An idea of the room');
    machine.advance();
    const shared = publicView(machine.state).ideas;
    expect(shared.map((i) => [i.number, i.text, i.prework])).toEqual([
      [1, 'Water', { organizations: ['North', 'South'] }],
      [2, 'Jobs', { organizations: null }],
    ]);
    expect(
      outcome(machine.run({ type: 'seedPrework', itemIds: [ids('North', 2)], attributed: true }, FACILITATOR)),
    ).toBe('WRONG_PHASE');
    expect(facilitatorView(machine.state).prework.themes[0]?.seeded).toBe(true);
  });
});
