import { exportView } from '../../shared/session/export-view.js';
import { Ajv2020 } from 'ajv/dist/2020.js';
import addFormatsPlugin from 'ajv-formats';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { publicView, resultsView } from '../../shared/session/views.js';
import { buildExportModel, scoringSummary } from '../../server/export/export-model.js';
import type { ExportModel } from '../../server/export/export-types.js';
import { renderJson } from '../../server/export/json-export.js';
import { FACILITATOR, Machine } from '../support/machine.js';
import { BALLOTS, buildAllianceSession, buildFixtureSession, IDEAS, MERGE, PEOPLE, REWORD } from './export-fixture.js';

const NOW = Date.UTC(2026, 10, 21, 12, 0);
const schema = JSON.parse(readFileSync(new URL('../../docs/export.schema.json', import.meta.url), 'utf8')) as object;
// ajv-formats is CommonJS; its default export arrives wrapped under this module setting.
const addFormats = (addFormatsPlugin as unknown as { default: typeof addFormatsPlugin }).default ?? addFormatsPlugin;

function validator() {
  const ajv = new Ajv2020({ strict: true, allErrors: true });
  addFormats(ajv);
  return ajv.compile(schema);
}

/** Participants' text in a summary is wrapped in bidi isolates (U+2068 .. U+2069); compared without them. */
function withoutIsolates(text: string): string {
  return text.replace(/[\u2068\u2069]/g, '');
}

function fixtureModel(): ExportModel {
  const model = buildExportModel(exportView(buildFixtureSession().state), NOW);
  if (!model) throw new Error('the fixture session should be in results');
  return model;
}

/** The per-idea figures the export must carry exactly as the results view shows them. */
const RANKED_FIELDS = new Set(['number', 'text', 'points', 'voters', 'rankCounts', 'meanRank', 'rank', 'tied']);
function rankedFigures(line: object): Record<string, unknown> {
  return Object.fromEntries(Object.entries(line).filter(([key]) => RANKED_FIELDS.has(key)));
}

describe('JSON export', () => {
  it('validates against docs/export.schema.json', () => {
    const validate = validator();
    const parsed: unknown = JSON.parse(renderJson(fixtureModel()));
    expect(validate(parsed), JSON.stringify(validate.errors)).toBe(true);
  });

  it('is refused by the schema when a field is missing, misspelt or of the wrong kind', () => {
    const validate = validator();
    const good = JSON.parse(renderJson(fixtureModel())) as Record<string, unknown>;
    const { schemaVersion: _dropped, ...noVersion } = good;
    const broken: unknown[] = [
      noVersion,
      { ...good, schemaVersion: 1 },
      { ...good, ballots: [] },
      { ...good, ideas: [{ ...(good.ideas as object[])[0], points: -1 }] },
      { ...good, ideas: [{ ...(good.ideas as object[])[0], voter: 3 }] },
    ];
    for (const document of broken) expect(validate(document)).toBe(false);
  });

  it('states the numbers of the results view, idea by idea and in the same order', () => {
    const { state } = buildFixtureSession();
    const results = resultsView(state);
    const parsed = JSON.parse(renderJson(fixtureModel())) as ExportModel;
    expect(parsed.session.ballots).toBe(results?.ballots);
    expect(parsed.scoring.ballotSize).toBe(results?.ballotSize);
    expect(parsed.scoring.description).toBe(results?.scoring);
    expect(parsed.ideas.map(rankedFigures)).toEqual(results?.lines.map(rankedFigures));
  });

  it('covers what the fixture is for: a tie with points, ideas nobody ranked, a merge and a rewording', () => {
    const model = fixtureModel();
    expect(model.ideas.some((idea) => idea.tied && idea.points > 0)).toBe(true);
    expect(model.ideas.filter((idea) => idea.points === 0).length).toBeGreaterThan(1);
    const merged = model.ideas.find((idea) => idea.text === MERGE.text);
    expect(merged?.mergedFrom.map((m) => m.text).sort()).toEqual(MERGE.sources.map((key) => IDEAS[key].text).sort());
    expect(merged?.originalText).toBe(IDEAS[MERGE.target].text);
    const reworded = model.ideas.find((idea) => idea.text === REWORD.text);
    expect(reworded).toMatchObject({ edited: true, originalText: IDEAS[REWORD.key].text });
  });

  it('gives merged ideas the numbers the room saw', () => {
    const { state, ids } = buildFixtureSession();
    const shown = publicView(state).ideas.find((idea) => idea.id === ids[MERGE.target]);
    const exported = buildExportModel(exportView(state), NOW)?.ideas.find((idea) => idea.text === MERGE.text);
    expect(exported?.mergedFrom.map((m) => m.number)).toEqual(
      [...(shown?.mergedFromNumbers ?? [])].sort((a, b) => a - b),
    );
  });

  it('counts participants, ballots and organizations', () => {
    const model = fixtureModel();
    expect(model.session.participants).toBe(PEOPLE.length);
    expect(model.session.ballots).toBe(Object.keys(BALLOTS).length);
    expect(model.session.organizations).toEqual(PEOPLE.map((p) => ({ name: p.organization, participants: 1 })));
    expect(model.session.code).toBe('K7M2-Q9XR');
  });

  it('links no ballot to anyone: no names, ids, ballot keys or hashes in the file', () => {
    const { state } = buildFixtureSession();
    const json = renderJson(buildExportModel(exportView(state), NOW) as ExportModel);
    const secrets = [
      ...[...state.participants.values()].flatMap((p) => [p.id, p.name, p.tokenHash]),
      ...[...state.ballots.keys()],
      ...[...state.ideas.keys()],
      state.ballotSalt,
      state.facilitatorTokenHash,
      state.id,
    ];
    for (const secret of secrets) expect(json).not.toContain(`"${secret}"`);
    for (const person of PEOPLE) expect(json).not.toContain(person.name);
  });

  it('keeps "<" inert for anyone who pastes the file into a page, and parses back to the same text', () => {
    const model = fixtureModel();
    const json = renderJson(model);
    expect(json).not.toContain('<');
    expect((JSON.parse(json) as ExportModel).ideas.map((i) => i.text)).toEqual(model.ideas.map((i) => i.text));
  });

  it('states weighting, both rounds, organizations, the proposal and the goals of an alliance session', () => {
    const { state } = buildAllianceSession();
    const model = buildExportModel(exportView(state), NOW) as ExportModel;
    const validate = validator();
    expect(validate(JSON.parse(renderJson(model))), JSON.stringify(validate.errors)).toBe(true);
    const results = resultsView(state);
    expect(model.scoring).toMatchObject({ weighting: 'per-organization', rounds: 2 });
    expect(model.scoring.summary).toContain('Each organization');
    expect(model.scoring.summary).toContain('final vote');
    // Weighted points are fractional, and exactly those of the results view.
    expect(model.ideas.some((idea) => !Number.isInteger(idea.points))).toBe(true);
    expect(model.ideas.map((i) => [i.points, i.preliminaryRank])).toEqual(
      results?.lines.map((l) => [l.points, l.preliminaryRank]),
    );
    expect(model.results.agreement?.w).toBe(results?.agreement?.w);
    expect(model.results.preliminary?.ballots).toBe(results?.preliminary?.ballots);
    expect(model.results.organizations.map((o) => [o.name, o.ballots])).toEqual(
      results?.organizations.map((o) => [o.name, o.ballots]),
    );
    const numberOf = (id: string) => state.ideas.get(id)?.number;
    expect(model.results.proposedGoals).toEqual(results?.proposedGoals.map(numberOf));
    expect(model.goals?.map((g) => [g.ideaNumber, g.statement, g.owner, g.targetDate])).toEqual(
      publicView(state).goals?.map((g) => [g.number, g.text, g.owner, g.targetDate]),
    );
    expect(model.decisionLog.map((d) => d.kind)).toEqual(state.decisions.map((d) => d.kind));
    expect(withoutIsolates(model.decisionLog.at(-1)?.summary ?? '')).toBe(
      `Goal No. ${model.goals?.[0]?.ideaNumber} described; owner: עמותת גשר.`,
    );
  });

  it('logs the decisions of the session in words', () => {
    const model = fixtureModel();
    const summaries = model.decisionLog.map((entry) => withoutIsolates(entry.summary));
    expect(summaries[0]).toBe('Moved from the lobby to silent writing.');
    const merged = model.ideas.find((idea) => idea.text === MERGE.text);
    const mergeLine = summaries.find((line) => line.startsWith('Merged '));
    expect(mergeLine).toMatch(new RegExp(`into idea No\\. ${merged?.number}, now "`));
    for (const source of merged?.mergedFrom ?? [])
      expect(mergeLine).toContain(`No. ${source.number} ("${source.text}")`);
    expect(
      summaries.some((line) => line.includes(`reworded from "${IDEAS[REWORD.key].text}" to "${REWORD.text}"`)),
    ).toBe(true);
    expect(model.goals).toBeNull();
  });

  it('exports nothing before the results are shown', () => {
    const machine = new Machine();
    const ada = machine.join('Ada');
    machine.advance();
    machine.addIdea(ada, 'one idea');
    machine.advance();
    machine.advance();
    machine.must({ type: 'advancePhase', from: 'clarification' }, FACILITATOR);
    expect(machine.state.phase).toBe('ranking');
    expect(buildExportModel(exportView(machine.state), NOW)).toBeNull();
  });

  it('says the method in one sentence with the numbers in force', () => {
    const five = { ballotSize: 5, weighting: 'per-person', rounds: 1 } as const;
    expect(scoringSummary(five, 12)).toMatch(
      /^Each of the 12 ballots ranked up to 5 ideas: a first choice earned 5 points/,
    );
    expect(scoringSummary(five, 12)).toContain('1 point for a 5th choice');
    expect(scoringSummary(five, 12)).not.toMatch(/organization|final vote/);
    expect(scoringSummary({ ...five, ballotSize: 1 }, 3)).toMatch(
      /^Each of the 3 ballots named one idea, which earned 1 point;/,
    );
  });
});
