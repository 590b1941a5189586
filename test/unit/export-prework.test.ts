import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { exportView } from '../../shared/session/export-view.js';
import { renderCsv } from '../../server/export/csv-export.js';
import { buildExportModel } from '../../server/export/export-model.js';
import type { ExportModel } from '../../server/export/export-types.js';
import { renderJson } from '../../server/export/json-export.js';
import { renderMarkdown } from '../../server/export/markdown-export.js';
import { renderPdf } from '../../server/export/pdf/render-pdf.js';
import { answerAll, FACILITATOR, machineAtResults } from '../support/ratification-machine.js';
import { pdfFile, pdfText } from './export-pdf-support.js';

const NOW = Date.UTC(2026, 10, 21, 12, 0);
const addFormats = (addFormatsPlugin as unknown as { default: typeof addFormatsPlugin }).default ?? addFormatsPlugin;
const SECRET_INTEREST = 'Keep our autonomy from the large partner';

/** An alliance session with pre-work (two organizations, a theme) and a vetoed ratification round. */
function preparedModel(language: 'en' | 'fr' = 'en'): ExportModel {
  const rule = { kind: 'veto', percent: 50, organizations: ['South'] } as const;
  const { machine, participants, ideaIds } = machineAtResults(
    { ratification: { rule: { ...rule, organizations: [...rule.organizations] } } },
    ['North', 'North', 'North', 'South', 'South', 'South'],
    ['North', 'South'],
  );
  const rep = { role: 'representative' } as const;
  machine.must({ type: 'issuePreworkLink', organization: 'North', secretHash: 'n' }, FACILITATOR);
  machine.must({ type: 'issuePreworkLink', organization: 'South', secretHash: 's' }, FACILITATOR);
  const save = (secretHash: string, priorities: string[]) =>
    machine.must(
      {
        type: 'savePrework',
        secretHash,
        priorities,
        explicitInterests: 'Visible stated goal',
        implicitInterests: SECRET_INTEREST,
      },
      rep,
    );
  save('n', ['Clean water', 'Schools']);
  save('s', ['Safe water', 'Jobs', 'Roads']);
  const ids = (org: string) => `${machine.state.prework.entries[org]?.id}.1`;
  machine.must(
    { type: 'groupPriorities', label: 'Water for all', priorityIds: [ids('North'), ids('South')], themeIds: [] },
    FACILITATOR,
  );
  const goals = ideaIds.slice(0, 2);
  machine.must({ type: 'openRatification', ideaIds: goals }, FACILITATOR);
  answerAll(
    machine,
    participants,
    (i, id) => (i === 5 && id === goals[1] ? 'object' : 'support'),
    (i) => (i === 5 ? 'Too costly for small members' : ''),
  );
  machine.must({ type: 'closeRatification', round: 1 }, FACILITATOR);
  const model = buildExportModel(exportView(machine.state), NOW, language);
  if (!model) throw new Error('no model');
  return model;
}

describe('exports of pre-work and ratification', () => {
  it('JSON carries the rule, the counts, the outcome and the landscape, and validates against the schema', () => {
    const ajv = new Ajv2020({ strict: true, allErrors: true });
    addFormats(ajv);
    const validate = ajv.compile(
      JSON.parse(readFileSync(new URL('../../docs/export.schema.json', import.meta.url), 'utf8')) as object,
    );
    const json: unknown = JSON.parse(renderJson(preparedModel()));
    expect(validate(json), JSON.stringify(validate.errors)).toBe(true);
    expect(json).toMatchObject({
      schemaVersion: 4,
      ratification: {
        rule: { kind: 'veto', organizations: ['South'] },
        rounds: [
          {
            goals: [
              { adopted: true, support: 6 },
              { adopted: false, reason: 'veto', vetoedBy: ['South'], object: 1 },
            ],
          },
        ],
      },
      prework: {
        themes: [
          {
            label: 'Water for all',
            named: [
              { organization: 'North', rank: 1 },
              { organization: 'South', rank: 1 },
            ],
          },
        ],
        commonGround: ['Water for all'],
      },
    });
    // Implicit interests travel only in the facilitator's JSON, marked so.
    expect(JSON.stringify((json as { prework: unknown }).prework)).toContain(
      `"facilitatorOnly":{"implicitInterests":"${SECRET_INTEREST}"}`,
    );
  });

  it('Markdown states the rule, each outcome with its counts and the reasons, and never the implicit interests', () => {
    const markdown = renderMarkdown(preparedModel());
    expect(markdown).toContain('## Ratification by the agreed rule');
    expect(markdown).toMatch(/blocked by the veto of .?South.? \(5 support, 0 can live with it, 1 object\)/);
    expect(markdown).toContain('Too costly for small members');
    expect(markdown).toContain('## Before the room: each organization');
    expect(markdown).toContain('Clean water');
    expect(markdown).not.toContain(SECRET_INTEREST);
  });

  it('CSV adds the last round, its counts and its outcome to each goal put to the room', () => {
    const rows = parse(renderCsv(preparedModel()), { bom: true, columns: true }) as Record<string, string>[];
    const outcomes = rows.filter((row) => row.ratification_round === '1').map((row) => row.ratification_outcome);
    expect(outcomes.sort()).toEqual(['adopted', 'veto']);
  });

  it('the PDF, read back with pdftotext, carries the rule, the outcome and the landscape, in the chosen language', async () => {
    const text = pdfText(pdfFile(await renderPdf(preparedModel('fr'))));
    expect(text).toContain('Ratification selon la règle convenue');
    expect(text).toContain('bloqué par le veto de');
    expect(text).toContain('Water for all');
    expect(text).not.toContain(SECRET_INTEREST);
  });
});
