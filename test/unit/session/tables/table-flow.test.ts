import { describe, expect, it } from 'vitest';
import { publicView } from '../../../../shared/session/views.js';
import { tableView, seatedPrivateView } from '../../../../shared/session/tables/table-view.js';
import { FACILITATOR, outcome } from '../../../support/machine.js';
import { TableMachine } from '../../../support/table-machine.js';

const ORGS = ['Acme', 'Borealis', 'Cedar'];

/** Nine people of three organizations in three tables, started. */
function started(shortlist: { kind: 'vote'; top: number } | { kind: 'all' } = { kind: 'vote', top: 2 }) {
  const m = new TableMachine({ split: { by: 'count', count: 3 }, seating: 'mixed', shortlist });
  for (let i = 0; i < 9; i++) m.sit(`P${i}`, ORGS[i % 3] as string);
  m.must({ type: 'seatTables' }, FACILITATOR);
  m.advance();
  return m;
}

describe('tables: each table runs the method at its own pace', () => {
  it('seats mixed tables before the start and starts every table at ideation', () => {
    const m = started();
    expect(m.state.phase).toBe('tables');
    for (const table of m.tables()) {
      expect(table.phase).toBe('ideation');
      expect(new Set(m.at(table).map((p) => m.state.participants.get(p.participantId)?.organization)).size).toBe(3);
    }
  });

  it("keeps an idea at its author's table, and tables move on apart", () => {
    const m = started();
    const [one, two] = m.tables();
    const author = m.at(one!)[0]!;
    const ideaId = m.addIdea(author, 'Shared transport between member sites');
    expect(m.state.tables[one!.id]?.ideas.get(ideaId)).toBeDefined();
    expect(m.state.tables[two!.id]?.ideas.get(ideaId)).toBeUndefined();
    expect(m.state.ideas.get(ideaId)).toBeUndefined();
    m.advanceTable(one!.id);
    expect(m.state.tables[one!.id]?.phase).toBe('sharing');
    expect(m.state.tables[two!.id]?.phase).toBe('ideation');
    // Writing is over at table one only.
    expect(outcome(m.run({ type: 'addIdea', text: 'late idea here' }, author))).toBe('WRONG_PHASE');
    expect(outcome(m.run({ type: 'addIdea', text: 'still writing here' }, m.at(two!)[0]!))).toBe('accepted');
  });

  it('a table host steers their table only; other participants steer nothing', () => {
    const m = started();
    const [one, two] = m.tables();
    const host = m.at(one!)[0]!;
    const other = m.at(one!)[1]!;
    expect(
      outcome(
        m.run({ type: 'setTableHost', tableId: one!.id, participantId: m.at(two!)[0]!.participantId }, FACILITATOR),
      ),
    ).toBe('BAD_REQUEST');
    m.must({ type: 'setTableHost', tableId: one!.id, participantId: host.participantId }, FACILITATOR);
    expect(outcome(m.control(one!.id, { type: 'advancePhase', from: 'ideation' }, other))).toBe('FORBIDDEN');
    expect(outcome(m.control(two!.id, { type: 'advancePhase', from: 'ideation' }, host))).toBe('FORBIDDEN');
    expect(outcome(m.control('*', { type: 'advancePhase', from: 'ideation' }, host))).toBe('FORBIDDEN');
    expect(outcome(m.run({ type: 'lockRoom', locked: true }, host))).toBe('FORBIDDEN');
    expect(outcome(m.control(one!.id, { type: 'advancePhase', from: 'ideation' }, host))).toBe('accepted');
    expect(m.state.tables[one!.id]?.phase).toBe('sharing');
    expect(m.state.tables[two!.id]?.phase).toBe('ideation');
  });

  it('acts on every table at once', () => {
    const m = started();
    m.control('*', { type: 'advancePhase', from: 'ideation' });
    expect(m.tables().map((t) => t.phase)).toEqual(['sharing', 'sharing', 'sharing']);
    // A table keeps the one step back of the method.
    m.control('*', { type: 'advancePhase', from: 'sharing' });
    const first = m.tables()[0]!;
    expect(outcome(m.control(first.id, { type: 'stepBack', from: 'clarification' }))).toBe('accepted');
    expect(m.tables().map((t) => t.phase)).toEqual(['sharing', 'clarification', 'clarification']);
  });

  it('a table vote needs the ballot floor, then sends its top N only', () => {
    const m = started();
    const table = m.tables()[0]!;
    const people = m.at(table);
    for (const p of people) m.addIdea(p, `${p.name} first idea`);
    m.advanceTable(table.id);
    m.control(table.id, { type: 'revealRound' });
    m.advanceTable(table.id);
    m.advanceTable(table.id);
    const order = m.state.tables[table.id]!.revealed;
    m.must({ type: 'submitBallot', ranking: [order[2]!, order[0]!] }, people[0]!);
    m.must({ type: 'submitBallot', ranking: [order[2]!] }, people[1]!);
    expect(outcome(m.control(table.id, { type: 'advancePhase', from: 'ranking' }))).toBe('NOT_ENOUGH_BALLOTS');
    m.must({ type: 'submitBallot', ranking: [order[2]!, order[0]!, order[1]!] }, people[2]!);
    m.advanceTable(table.id);
    const sent = m.state.tables[table.id]!;
    expect(sent.phase).toBe('results');
    expect(sent.shortlist).toEqual([order[2], order[0]]);
    // The table's ballots are its own: the plenary has none.
    expect([...m.state.ballots.keys()]).toHaveLength(0);
    // The table's view shows which ideas went forward, never its points.
    const view = tableView(m.state, table.id)!;
    expect(view.results).toBeNull();
    expect(view.shortlist?.map((i) => i.id)).toEqual(sent.shortlist);
    expect(JSON.stringify(view)).not.toMatch(/points/);
  });

  it('the plenary waits for every table, then pools the shortlists with their tables', () => {
    const m = started();
    const [one, two, three] = m.tables();
    m.runTable(one!);
    m.runTable(two!);
    expect(outcome(m.run({ type: 'advancePhase', from: 'tables' }, FACILITATOR))).toBe('CONFLICT');
    m.runTable(three!);
    m.advance();
    expect(m.state.phase).toBe('clarification');
    // The plenary has no sharing of its own to go back to.
    expect(outcome(m.run({ type: 'stepBack', from: 'clarification' }, FACILITATOR))).toBe('WRONG_PHASE');
    const pool = publicView(m.state).ideas;
    expect(pool).toHaveLength(6);
    for (const table of m.tables()) {
      for (const id of table.shortlist ?? []) expect(m.state.ideas.get(id)?.table).toBe(table.id);
    }
    // Merging across tables keeps the lineage back to both tables' ideas.
    const [a, b] = [pool[0]!.id, pool[2]!.id];
    m.must({ type: 'mergeIdeas', targetId: a, sourceIds: [b] }, FACILITATOR);
    expect(m.state.ideas.get(a)?.mergedFrom).toContain(b);
    expect(m.state.ideas.get(b)?.table).not.toBe(m.state.ideas.get(a)?.table);
    m.advance();
    const voters = m.people;
    const ranked = publicView(m.state).ideas.map((i) => i.id);
    for (const p of voters) m.must({ type: 'submitBallot', ranking: ranked.slice(0, 3) }, p);
    m.advance();
    const view = publicView(m.state);
    expect(view.results?.ballots).toBe(9);
    const fared = view.shortlists!;
    expect(fared.map((t) => t.number)).toEqual([1, 2, 3]);
    const merged = fared.flatMap((t) => t.ideas).find((i) => i.ideaId === b)!;
    expect(merged.mergedInto).toBe(a);
    expect(merged.rank).toBe(view.results?.lines.find((l) => l.ideaId === a)?.rank);
  });

  it('a table that sends all skips the vote, and so does a table below the ballot floor', () => {
    const m = started({ kind: 'all' });
    const table = m.tables()[0]!;
    m.runTable(table, 1);
    expect(m.state.tables[table.id]?.shortlist).toHaveLength(3);
    const small = new TableMachine({ split: { by: 'count', count: 2 }, shortlist: { kind: 'vote', top: 1 } });
    for (let i = 0; i < 4; i++) small.sit(`S${i}`);
    small.advance();
    const two = small.tables()[0]!;
    small.runTable(two, 2);
    expect(small.state.tables[two.id]?.shortlist).toHaveLength(4);
  });

  it('seats latecomers where there is room, and reseats before the start only', () => {
    const m = started();
    const late = m.sit('Late', 'Acme');
    const seatedAt = m.tables().filter((t) => t.members.includes(late.participantId));
    expect(seatedAt).toHaveLength(1);
    const later = m.sit('Later', 'Acme');
    expect(m.tables().find((t) => t.members.includes(later.participantId))?.id).not.toBe(seatedAt[0]!.id);
    expect(outcome(m.run({ type: 'seatTables' }, FACILITATOR))).toBe('WRONG_PHASE');
    const ideaAt = m.addIdea(late, 'A latecomer writes at their table');
    expect(m.state.tables[seatedAt[0]!.id]?.ideas.get(ideaAt)).toBeDefined();
  });

  it('people choose their table when seating is chosen, while there is room', () => {
    const m = new TableMachine({ split: { by: 'size', size: 3 }, seating: 'chosen' });
    const people = Array.from({ length: 6 }, (_, i) => m.sit(`C${i}`));
    m.must({ type: 'seatTables' }, FACILITATOR);
    const [one, two] = m.tables();
    for (const p of people.slice(0, 3)) m.run({ type: 'chooseTable', tableId: one!.id }, p);
    expect(m.state.tables[one!.id]?.members.length).toBeLessThanOrEqual(3);
    const outsider = people.find((p) => !m.state.tables[one!.id]?.members.includes(p.participantId))!;
    expect(outcome(m.run({ type: 'chooseTable', tableId: one!.id }, outsider))).toBe('LIMIT_REACHED');
    expect(outcome(m.run({ type: 'chooseTable', tableId: two!.id }, outsider))).toBe('accepted');
  });

  it('a participant sees their table and their ideas there; removal withdraws their unshared ideas', () => {
    const m = started();
    const table = m.tables()[1]!;
    const me = m.at(table)[0]!;
    const ideaId = m.addIdea(me, 'Quarterly joint newsletter');
    const mine = seatedPrivateView(m.state, me.participantId, me)!;
    expect(mine.table).toEqual({ id: table.id, number: 2, host: false });
    expect(mine.myIdeas.map((i) => i.id)).toEqual([ideaId]);
    m.must({ type: 'removeParticipant', participantId: me.participantId }, FACILITATOR);
    expect(m.state.participants.get(me.participantId)?.removed).toBe(true);
    expect(m.state.tables[table.id]?.ideas.get(ideaId)?.status).toBe('withdrawn');
  });
});
