import { TARGETS } from './config.js';
import type { ScenarioName, ScenarioResult } from './result.js';
import { medianAndSpread } from './stats.js';

/** A target from the issue: at most `limit` (or exactly 0 for `zero`). */
interface Target {
  limit: number;
  text: string;
}

interface Row {
  scenario: ScenarioName;
  figure: string;
  target?: (n: number) => Target | null;
  /** Compared with the baseline as a ratio (issue 14 sets one for one action, the join storm and CPU per view). */
  ratioLimit?: number;
  /** The sizes the ratio is set at, when not every size. */
  ratioSizes?: readonly number[];
}

const at = (wanted: number, limit: number, text: string) => (n: number) => (n === wanted ? { limit, text } : null);

const ROWS: Row[] = [
  {
    scenario: 'join-storm',
    figure: 'allJoinedMs',
    target: (n) => bound(TARGETS.join.get(n)),
    ratioLimit: TARGETS.joinBaselineRatio,
    ratioSizes: TARGETS.joinRatioSizes,
  },
  { scenario: 'join-storm', figure: 'facilitatorSeesAllMs' },
  { scenario: 'join-storm', figure: 'listenOverflows' },
  { scenario: 'join-storm', figure: 'serverStarvedShare' },
  { scenario: 'join-storm', figure: 'failures', target: () => ({ limit: 0, text: '0' }) },
  {
    scenario: 'memory',
    figure: 'rssPerParticipantKiB',
    target: (n) => (n >= TARGETS.memory.minN ? { limit: 40, text: '<= 40' } : null),
  },
  { scenario: 'memory', figure: 'heapPerParticipantKiB' },
  { scenario: 'memory', figure: 'spawnToListeningMs' },
  { scenario: 'memory', figure: 'startupCpuMs' },
  { scenario: 'memory', figure: 'cycleRssGrowthKiB' },
  { scenario: 'memory', figure: 'cycleHeapGrowthKiB' },
  { scenario: 'one-action', figure: 'p50Ms' },
  {
    scenario: 'one-action',
    figure: 'p99Ms',
    target: (n) => bound(TARGETS.oneActionP99Ms.get(n)),
    ratioLimit: TARGETS.oneActionBaselineRatio,
  },
  { scenario: 'one-action', figure: 'maxMs' },
  { scenario: 'one-action', figure: 'ackP99Ms' },
  { scenario: 'one-action', figure: 'serverStarvedShare' },
  { scenario: 'idea-storm', figure: 'p50Ms' },
  { scenario: 'idea-storm', figure: 'p99Ms', target: at(TARGETS.storm.n, TARGETS.storm.p99Ms, '<= 250') },
  { scenario: 'idea-storm', figure: 'maxMs', target: at(TARGETS.storm.n, TARGETS.storm.maxMs, '<= 500') },
  { scenario: 'idea-storm', figure: 'serverCpuShare', target: at(TARGETS.storm.n, TARGETS.storm.cpuShare, '<= 0.3') },
  { scenario: 'idea-storm', figure: 'cpuUsPerMessage', ratioLimit: TARGETS.cpuPerMessageBaselineRatio },
  { scenario: 'idea-storm', figure: 'serverStarvedShare' },
  { scenario: 'idea-storm', figure: 'generatorCpuShare' },
  { scenario: 'idea-storm', figure: 'viewsPerRecipientPerSecond' },
  { scenario: 'votes', figure: 'allCountedMs' },
  { scenario: 'votes', figure: 'p99Ms', target: at(TARGETS.votes.n, TARGETS.votes.p99Ms, '<= 1000') },
  { scenario: 'votes', figure: 'maxMs' },
  { scenario: 'votes', figure: 'meanViewBytes' },
  { scenario: 'votes', figure: 'serverCpuShare' },
  { scenario: 'votes', figure: 'serverStarvedShare' },
  { scenario: 'votes', figure: 'generatorCpuShare' },
  { scenario: 'votes', figure: 'failures', target: () => ({ limit: 0, text: '0' }) },
  { scenario: 'votes', figure: 'revealMs' },
  { scenario: 'votes', figure: 'revealServerCpuMs' },
  {
    scenario: 'restart',
    figure: 'spawnToListeningMs',
    target: at(TARGETS.restart.n, TARGETS.restart.listeningMs, '<= 500'),
  },
  { scenario: 'restart', figure: 'serverStartupMs' },
  { scenario: 'restart', figure: 'startupCpuMs' },
  { scenario: 'restart', figure: 'startupStarvedMs' },
  { scenario: 'restart', figure: 'backP99Ms', target: at(TARGETS.restart.n, TARGETS.restart.backP99Ms, '<= 3000') },
  { scenario: 'restart', figure: 'backFromKillP99Ms' },
  { scenario: 'restart', figure: 'ackedLost', target: () => ({ limit: 0, text: '0' }) },
  { scenario: 'many-rooms', figure: 'p50Ms' },
  { scenario: 'many-rooms', figure: 'p99Ms', target: at(TARGETS.manyRooms.n, TARGETS.manyRooms.p99Ms, '<= 100') },
  { scenario: 'many-rooms', figure: 'maxMs' },
  { scenario: 'many-rooms', figure: 'serverCpuShare' },
  { scenario: 'many-rooms', figure: 'cpuUsPerMessage' },
  { scenario: 'many-rooms', figure: 'serverStarvedShare' },
  {
    scenario: 'stored-sessions',
    figure: 'spawnToListeningMs',
    target: at(TARGETS.stored.n, TARGETS.stored.listeningMs, '<= 500'),
  },
  { scenario: 'stored-sessions', figure: 'emptyStoreSpawnToListeningMs' },
  { scenario: 'stored-sessions', figure: 'startupCpuMs' },
  { scenario: 'stored-sessions', figure: 'startupStarvedMs' },
  { scenario: 'stored-sessions', figure: 'emptyStoreStartupCpuMs' },
  {
    scenario: 'stored-sessions',
    figure: 'rssOverEmptyMiB',
    target: at(TARGETS.stored.n, TARGETS.stored.rssOverEmptyMiB, '<= 20'),
  },
  {
    scenario: 'stored-sessions',
    figure: 'firstAttachColdMs',
    target: at(TARGETS.stored.n, TARGETS.stored.firstAttachMs, '<= 50'),
  },
  { scenario: 'stored-sessions', figure: 'coldAttachMaxMs' },
  {
    scenario: 'one-room-5000',
    figure: 'oneActionP99Ms',
    target: at(TARGETS.oneRoom.n, TARGETS.oneRoom.oneActionP99Ms, '<= 250'),
  },
  {
    scenario: 'one-room-5000',
    figure: 'votesP99Ms',
    target: at(TARGETS.oneRoom.n, TARGETS.oneRoom.votesP99Ms, '<= 2000'),
  },
  { scenario: 'one-room-5000', figure: 'allJoinedMs' },
  { scenario: 'one-room-5000', figure: 'failures', target: () => ({ limit: 0, text: '0' }) },
];

function bound(limit: number | undefined): Target | null {
  return limit === undefined ? null : { limit, text: `<= ${limit}` };
}

function valueOf(result: ScenarioResult, figure: string): number | null {
  if (figure === 'failures') return result.failures;
  return result.figures[figure] ?? null;
}

/** The median over runs of one figure, with its spread when there were several runs. */
function cell(results: ScenarioResult[], figure: string): { median: number | null; text: string } {
  const values = results.map((r) => valueOf(r, figure)).filter((v): v is number => v !== null);
  const summary = medianAndSpread(values);
  if (!summary) return { median: null, text: results.some((r) => !r.completed) ? 'FAILED' : '-' };
  const fmt = (x: number) => (Math.abs(x) >= 100 ? String(Math.round(x)) : String(Math.round(x * 100) / 100));
  const spread = values.length > 1 ? ` (${fmt(summary.min)}-${fmt(summary.max)})` : '';
  return { median: summary.median, text: `${fmt(summary.median)}${spread}` };
}

/** The ratio to the baseline the issue sets for this row at size `n`, if any. */
function ratioLimitAt(row: Row, n: number): number | undefined {
  return row.ratioSizes && !row.ratioSizes.includes(n) ? undefined : row.ratioLimit;
}

function verdict(row: Row, n: number, ours: number | null, base: number | null): string {
  const target = row.target?.(n) ?? null;
  const ratioLimit = ratioLimitAt(row, n);
  const parts: string[] = [];
  if (target && ours !== null) {
    const over = ours - target.limit;
    parts.push(over <= 0 ? 'met' : `MISSED by ${Math.round(over * 100) / 100}`);
  }
  if (ratioLimit !== undefined && ours !== null && base !== null && base > 0) {
    const ratio = ours / base;
    parts.push(ratio <= ratioLimit ? `ratio met` : `ratio MISSED (${Math.round(ratio * 100) / 100}x)`);
  }
  return parts.join(', ');
}

/** The readable table: Roundtable against the baseline and the targets, median (spread) over runs. */
export function table(results: readonly ScenarioResult[]): string {
  const header = ['scenario', 'N', 'figure', 'roundtable', 'baseline', 'ratio', 'target', 'verdict'];
  const lines: string[][] = [header];
  const sizes = [...new Set(results.map((r) => r.n))].sort((a, b) => a - b);
  for (const row of ROWS) {
    for (const n of sizes) {
      const pick = (server: string) =>
        results.filter((r) => r.scenario === row.scenario && r.server === server && r.n === n);
      const ours = pick('roundtable');
      const base = pick('baseline');
      if (ours.length === 0 && base.length === 0) continue;
      const a = cell(ours, row.figure);
      const b = cell(base, row.figure);
      const ratio = a.median !== null && b.median !== null && b.median > 0 ? (a.median / b.median).toFixed(2) : '';
      const ratioLimit = ratioLimitAt(row, n);
      const target = row.target?.(n)?.text ?? '';
      const targetText = [target, ratioLimit ? `<= ${ratioLimit}x base` : ''].filter(Boolean).join(', ');
      lines.push([
        row.scenario,
        String(n),
        row.figure,
        a.text,
        b.text,
        ratio,
        targetText,
        verdict(row, n, a.median, b.median),
      ]);
    }
  }
  const widths = header.map((_, i) => Math.max(...lines.map((line) => (line[i] ?? '').length)));
  return lines
    .map((line) =>
      line
        .map((text, i) => text.padEnd(widths[i] ?? 0))
        .join('  ')
        .trimEnd(),
    )
    .join('\n');
}
