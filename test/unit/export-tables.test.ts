import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildExportModel } from '../../server/export/export-model.js';
import { renderJson } from '../../server/export/json-export.js';
import { exportView } from '../../shared/session/export-view.js';
import { finishedSession } from './export-tables-fixture.js';

const schema = JSON.parse(readFileSync(new URL('../../docs/export.schema.json', import.meta.url), 'utf8')) as object;
const addFormats = (addFormatsPlugin as unknown as { default: typeof addFormatsPlugin }).default ?? addFormatsPlugin;

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
