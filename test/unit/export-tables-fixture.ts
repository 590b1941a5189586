import { publicView } from '../../shared/session/views.js';
import { FACILITATOR } from '../support/machine.js';
import { TableMachine } from '../support/table-machine.js';

/** Three tables of three; table 1 merges two ideas at the table; the plenary merges across tables. */
export function finishedSession() {
  const m = new TableMachine({ split: { by: 'count', count: 3 }, shortlist: { kind: 'vote', top: 2 } });
  for (let i = 0; i < 9; i++) m.sit(`P${i}`, ['Acme', 'Borealis', 'Cedar'][i % 3] ?? null);
  m.advance();
  const [one] = m.tables();
  for (const p of m.at(one!)) m.addIdea(p, `Table one idea by ${p.name}`);
  m.advanceTable(one!.id);
  m.control(one!.id, { type: 'revealRound' });
  m.advanceTable(one!.id);
  const [keep, drop] = m.state.tables[one!.id]!.revealed;
  m.control(one!.id, { type: 'mergeIdeas', targetId: keep!, sourceIds: [drop!] });
  m.advanceTable(one!.id);
  const ideas = m.state.tables[one!.id]!.revealed.filter(
    (id) => m.state.tables[one!.id]!.ideas.get(id)?.status === 'active',
  );
  for (const p of m.at(one!)) m.must({ type: 'submitBallot', ranking: ideas }, p);
  m.advanceTable(one!.id);
  for (const table of m.tables().slice(1)) m.runTable(table, 1);
  m.advance();
  const pool = publicView(m.state).ideas;
  const fromTwo = pool.find((i) => i.table === 2)!;
  const fromThree = pool.find((i) => i.table === 3)!;
  m.must({ type: 'mergeIdeas', targetId: fromTwo.id, sourceIds: [fromThree.id] }, FACILITATOR);
  m.advance();
  const ranked = publicView(m.state).ideas.map((i) => i.id);
  for (const p of m.people) m.must({ type: 'submitBallot', ranking: ranked.slice(0, 3) }, p);
  m.advance();
  return { m, keep: keep!, drop: drop!, fromTwo, fromThree };
}
