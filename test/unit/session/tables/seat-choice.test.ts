import { describe, expect, it } from 'vitest';
import { publicView } from '../../../../shared/session/views.js';
import { FACILITATOR, outcome } from '../../../support/machine.js';
import { TableMachine } from '../../../support/table-machine.js';

/** Six people of two organizations (and one of none) choosing among tables of three. */
function choosing(seating: 'chosen' | 'mixed' = 'chosen') {
  const m = new TableMachine({ split: { by: 'size', size: 3 }, seating, shortlist: { kind: 'all' } });
  const people = ['Acme', 'Acme', 'Borealis', 'Borealis', 'Acme', null].map((org, i) => m.sit(`C${i}`, org));
  m.must({ type: 'seatTables' }, FACILITATOR);
  return { m, people };
}

describe('the seat list people choose from', () => {
  it('counts people, seats left and organizations per table, and nothing else', () => {
    const { m } = choosing();
    const choice = publicView(m.state).seatChoice;
    expect(choice?.capacity).toBe(3);
    expect(choice?.tables.map((t) => [t.number, t.people + t.room])).toEqual([
      [1, 3],
      [2, 3],
    ]);
    const byOrg = new Map<string, number>();
    for (const org of choice?.tables.flatMap((t) => t.organizations) ?? []) {
      byOrg.set(org.name, (byOrg.get(org.name) ?? 0) + org.count);
    }
    expect(Object.fromEntries(byOrg)).toEqual({ Acme: 3, Borealis: 2 });
    expect(JSON.stringify(choice)).not.toMatch(/C\d/);
  });

  it('exists only in a seated lobby where people choose', () => {
    expect(publicView(choosing('mixed').m.state).seatChoice).toBeNull();
    const unseated = new TableMachine({
      split: { by: 'size', size: 3 },
      seating: 'chosen',
      shortlist: { kind: 'all' },
    });
    unseated.sit('A');
    expect(publicView(unseated.state).seatChoice).toBeNull();
    const { m } = choosing();
    m.advance();
    expect(publicView(m.state).seatChoice).toBeNull();
  });

  it('frees the seat of someone removed', () => {
    const { m, people } = choosing();
    const [one] = m.tables();
    const outside = people.filter((p) => !one!.members.includes(p.participantId));
    // Table one is full (3 of 3); one of its people leaves, and an outsider takes the seat.
    expect(outcome(m.run({ type: 'chooseTable', tableId: one!.id }, outside[0]!))).toBe('LIMIT_REACHED');
    m.must({ type: 'removeParticipant', participantId: one!.members[0]! }, FACILITATOR);
    expect(publicView(m.state).seatChoice?.tables[0]?.room).toBe(1);
    expect(outcome(m.run({ type: 'chooseTable', tableId: one!.id }, outside[0]!))).toBe('accepted');
  });
});
