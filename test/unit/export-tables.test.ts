import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../server/export/export-model.js';
import { renderJson } from '../../server/export/json-export.js';
import { exportView } from '../../shared/session/export-view.js';
import { publicView } from '../../shared/session/views.js';
import { FACILITATOR } from '../support/machine.js';
import { TableMachine } from '../support/table-machine.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/export.schema.json', import.meta.url), 'utf8')) as object;
const addFormats = (addFormatsPlugin as unknown as { default: typeof addFormatsPlugin }).default ?? addFormatsPlugin;

/** Three tables of three; table 1 merges two ideas at the table; the plenary merges across tables. */
function finishedSession() {
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
    (id) => m.state.tables[one!.id]!.ideas[id]?.status === 'active',
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

describe('exports of a session in tables', () => {
  it('carry every table, what it sent, and the lineage from each table idea to the result', () => {
    const { m, fromTwo, fromThree } = finishedSession();
    const model = buildExportModel(exportView(m.state), Date.UTC(2026, 10, 30))!;
    expect(model.schemaVersion).toBe(4);
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(schema);
    expect(validate(JSON.parse(renderJson(model))), JSON.stringify(validate.errors)).toBe(true);

    expect(model.tables?.map((t) => [t.number, t.participants])).toEqual([
      [1, 3],
      [2, 3],
      [3, 3],
    ]);
    // Every idea a table sent is in the export, with its plenary number and final rank.
    const sentCount = m.tables().reduce((n, t) => n + (t.shortlist?.length ?? 0), 0);
    expect(model.tables?.flatMap((t) => t.sent)).toHaveLength(sentCount);
    for (const sent of model.tables!.flatMap((t) => t.sent)) {
      expect(sent.plenaryNumber).not.toBeNull();
      expect(sent.plenaryRank).not.toBeNull();
    }
    // The idea merged at table 1 is named under the idea it was merged into.
    expect(model.tables![0]!.sent.some((s) => s.mergedAtTable.length === 1)).toBe(true);
    // The cross-table merge: table 3's idea points at table 2's, whose line names both tables.
    const three = model.tables![2]!.sent.find((s) => s.plenaryNumber === fromThree.number)!;
    expect(three.mergedIntoNumber).toBe(fromTwo.number);
    expect(model.ideas.find((i) => i.number === fromTwo.number)?.tables).toEqual([2, 3]);
  });
});
