import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { Actor } from '../../../../shared/session/commands.js';
import { seatedPrivateView, tableView } from '../../../../shared/session/tables/table-view.js';
import { publicView } from '../../../../shared/session/views.js';
import { FACILITATOR } from '../../../support/machine.js';
import { TableMachine } from '../../../support/table-machine.js';

const ORGS = ['Acme', 'Borealis', 'Cedar', null];

/** Random steps at random tables: writing, sharing, clarifying, voting, hosts, latecomers, removals. */
const step = fc.record({ kind: fc.nat(11), who: fc.nat(), a: fc.nat(), b: fc.nat() });
type Step = typeof step extends fc.Arbitrary<infer T> ? T : never;

function pick<T>(list: readonly T[], n: number): T | undefined {
  return list.length === 0 ? undefined : list[n % list.length];
}

let marker = 0;
function play(m: TableMachine, s: Step): void {
  const table = pick(m.tables(), s.a);
  if (!table) return;
  const person = pick(m.at(table), s.who);
  const ideas = [...table.ideas.keys()];
  const revealed = table.revealed;
  const facilitatorOrHost: Actor =
    table.hostId && s.b % 2 === 0
      ? (m.people.find((p) => p.participantId === table.hostId) ?? FACILITATOR)
      : FACILITATOR;
  const control = (command: Parameters<TableMachine['control']>[1]) => m.control(table.id, command, facilitatorOrHost);
  switch (s.kind) {
    case 0:
    case 1:
      if (person) m.run({ type: 'addIdea', text: `Mark${++marker}X at table ${table.number}` }, person);
      return;
    case 2:
      if (person)
        m.run({ type: 'editIdea', ideaId: pick(ideas, s.b) ?? 'none', text: `Mark${++marker}X edited` }, person);
      return;
    case 3:
      control({ type: 'advancePhase', from: table.phase });
      return;
    case 4:
      control({ type: 'revealRound' });
      return;
    case 5:
      control({ type: 'mergeIdeas', targetId: pick(revealed, s.a) ?? 'x', sourceIds: [pick(revealed, s.b) ?? 'y'] });
      return;
    case 6:
      control({ type: 'focusIdea', ideaId: pick(revealed, s.b) ?? null });
      return;
    case 7:
      if (person)
        m.run(
          {
            type: 'submitBallot',
            ranking: [...new Set([pick(revealed, s.a), pick(revealed, s.b)])].filter((x): x is string => !!x),
          },
          person,
        );
      return;
    case 8:
      m.run({ type: 'setTableHost', tableId: table.id, participantId: person?.participantId ?? null }, FACILITATOR);
      return;
    case 9:
      m.sit(`Late${++marker}Q`, pick(ORGS, s.b) ?? null);
      return;
    case 10:
      if (person && s.b % 5 === 0)
        m.run({ type: 'removeParticipant', participantId: person.participantId }, FACILITATOR);
      return;
    default:
      m.control('*', { type: 'advancePhase', from: table.phase });
  }
}

function room(named: boolean): TableMachine {
  const m = new TableMachine(
    { split: { by: 'count', count: 3 }, seating: 'mixed', shortlist: { kind: 'vote', top: 2 } },
    { sharingMode: named ? 'named-turns' : 'anonymous' },
  );
  for (let i = 0; i < 10; i++) m.sit(`Zed${i}Q`, ORGS[i % 4] ?? null);
  m.must({ type: 'seatTables' }, FACILITATOR);
  m.advance();
  return m;
}

/** Everything that belongs to one table: its ideas' ids and texts, its members' names. */
function secretsOf(m: TableMachine, tableId: string): string[] {
  const table = m.state.tables[tableId]!;
  const ideas = [...table.ideas.values()].flatMap((idea) => [`"${idea.id}"`, idea.text, idea.originalText]);
  const names = table.members.map((id) => m.state.participants.get(id)?.name ?? '');
  return [...ideas, ...names];
}

describe('tables: properties', () => {
  it("a table's views (shared screen, phones) hold nothing of any other table; the room's view holds no idea", () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(step, { maxLength: 80 }), (named, steps) => {
        const m = room(named);
        for (const s of steps) play(m, s);
        for (const table of m.tables()) {
          const seen = [JSON.stringify(tableView(m.state, table.id))];
          for (const p of m.at(table)) seen.push(JSON.stringify(seatedPrivateView(m.state, p.participantId, p)));
          for (const other of m.tables()) {
            if (other.id === table.id) continue;
            for (const secret of secretsOf(m, other.id)) {
              for (const json of seen)
                expect(json.includes(secret), `table ${table.number} shows "${secret}" of table ${other.number}`).toBe(
                  false,
                );
            }
          }
        }
        const roomView = JSON.stringify(publicView(m.state));
        for (const table of m.tables()) {
          for (const idea of [...table.ideas.values()]) expect(roomView.includes(idea.text)).toBe(false);
        }
      }),
      { numRuns: 60 },
    );
  });

  it('no idea is lost between tables and plenary: every shortlisted idea is in the pool, merges keep lineage', () => {
    let pooled = 0;
    fc.assert(
      fc.property(
        fc.array(step, { maxLength: 60 }),
        fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 6 }),
        (steps, merges) => {
          const m = room(false);
          for (const s of steps) play(m, s);
          // Finish every table, then form the pool.
          for (const table of m.tables()) {
            if (table.members.every((id) => m.state.participants.get(id)?.removed)) continue;
            const current = m.state.tables[table.id]!;
            if (current.phase === 'ideation' && [...current.ideas.keys()].length === 0 && m.at(current)[0]) {
              const author = m.at(current).find((p) => !m.state.participants.get(p.participantId)?.removed);
              if (author) m.run({ type: 'addIdea', text: `Mark${++marker}X filler` }, author);
            }
            for (let guard = 0; guard < 8 && m.state.tables[table.id]!.phase !== 'results'; guard++) {
              const t = m.state.tables[table.id]!;
              if (t.phase === 'ranking') {
                for (const p of m.at(t))
                  m.run(
                    {
                      type: 'submitBallot',
                      ranking: t.revealed.filter((id) => t.ideas.get(id)?.status === 'active').slice(0, 1),
                    },
                    p,
                  );
              }
              m.control(t.id, { type: 'advancePhase', from: t.phase });
            }
          }
          const advanced = m.run({ type: 'advancePhase', from: 'tables' }, FACILITATOR);
          if (!advanced.ok) return;
          pooled++;
          const shortlisted = m.tables().flatMap((t) => (t.shortlist ?? []).map((id) => ({ id, table: t })));
          const pool = [...m.state.ideas.values()];
          expect(pool.map((i) => i.id).sort()).toEqual(shortlisted.map((s) => s.id).sort());
          for (const { id, table } of shortlisted) {
            expect(m.state.ideas.get(id)?.table).toBe(table.id);
            // Every idea merged at the table into a shortlisted one is in its lineage.
            for (const source of [...table.ideas.values()].filter((i) => i.mergedInto === id)) {
              expect(m.state.ideas.get(id)?.mergedFrom).toContain(source.id);
            }
          }
          for (const [a, b] of merges) {
            const active = m.state.revealed.filter((id) => m.state.ideas.get(id)?.status === 'active');
            m.run(
              { type: 'mergeIdeas', targetId: pick(active, a) ?? 'x', sourceIds: [pick(active, b) ?? 'y'] },
              FACILITATOR,
            );
          }
          for (const idea of [...m.state.ideas.values()]) {
            let final = idea;
            while (final.mergedInto !== null) final = m.state.ideas.get(final.mergedInto)!;
            expect(final.status).toBe('active');
            if (final.id !== idea.id)
              expect(final.mergedFrom).toEqual(expect.arrayContaining([idea.id, ...idea.mergedFrom]));
          }
        },
      ),
      { numRuns: 60 },
    );
    // Most runs must get as far as the pool, or the property says little.
    expect(pooled).toBeGreaterThan(40);
  });
});
