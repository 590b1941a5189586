/**
 * Export benchmark: a 200-idea, 50-ballot session built in memory through the real session
 * machine (decide + evolve), rendered in every export format. Prints each format's size, its
 * generation time (median, min and max of several runs; the first run, which loads fonts and
 * starts the PDF worker, apart), the process's CPU time, and the longest event-loop stall.
 *
 *   npx tsx bench/export-bench.ts [runs]          EXPORT_BENCH_FORMATS=pdf,csv to pick formats
 */
import { exportView } from '../shared/session/export-view.js';
import { emptyState, evolve } from '../shared/session/evolve.js';
import type { SessionState } from '../shared/session/state.js';
import { buildExportModel } from '../server/export/export-model.js';
import { EXPORT_FORMATS, renderExport, type ExportFormatName } from '../server/export/formats.js';
import { renderPdf } from '../server/export/pdf/render-pdf.js';
import { FACILITATOR, Machine } from '../test/support/machine.js';

const PARTICIPANTS = 50;
const IDEAS_EACH = 4;
const MERGES = 5; // 200 ideas written + 5 duplicates merged away = 200 on the list
const RUNS = Number(process.argv[2] ?? 7);

// Words in the scripts a coalition brings, so the PDF has to use every font.
const WORDS = [
  'réduire les émissions coût maîtrisé coopération régionale données ouvertes',
  'κοινή πλατφόρμα δεδομένων για όλα τα μέλη της συμμαχίας',
  'создать общий фонд для малых организаций и обучения',
  'shared training budget measurable targets annual review for every member',
  '地域の若者が参加できる仕組みを作る',
  '建立联盟共享的数据平台让每个成员都能发言',
  'تعزيز مشاركة المرأة في صنع القرار',
  'לחזק את שיתוף הפעולה בין הארגונים',
].map((line) => line.split(' '));

let seed = 42;
function random(): number {
  seed = (seed * 1103515245 + 12345) % 2 ** 31;
  return seed / 2 ** 31;
}

function ideaText(index: number): string {
  const words = WORDS[index % WORDS.length] ?? [];
  const length = 8 + Math.floor(random() * 14);
  const picked = Array.from({ length }, () => words[Math.floor(random() * words.length)] ?? '');
  const cjk = words.length === 1;
  return `${index + 1}. ${cjk ? (words[0] ?? '').repeat(1 + (index % 3)) : picked.join(' ')}`.slice(0, 200);
}

function buildSession(): SessionState {
  // The test suite's in-memory driver of the session machine: real decide and evolve.
  const machine = new Machine({ ballotSize: 5 });
  machine.state = evolve(emptyState(), {
    type: 'sessionCreated',
    id: 'bench',
    code: 'BENCH234',
    title: 'Which shared goals should the alliance adopt for 2027-2029? Κοινοί στόχοι · 共同目标',
    createdAt: machine.now,
    settings: machine.state.settings,
    organizations: Array.from({ length: 8 }, (_, i) => `Organization ${i + 1}`),
    facilitatorTokenHash: 'hash',
    ballotSalt: 'salt',
  });
  const voters = Array.from({ length: PARTICIPANTS }, (_, i) => machine.join(`P${i}`, `Organization ${(i % 8) + 1}`));
  machine.advance();
  let written = 0;
  voters.forEach((voter, index) => {
    // The first few write one more idea each: the duplicates merged away below.
    for (let k = 0; k < IDEAS_EACH + (index < MERGES ? 1 : 0); k++) machine.addIdea(voter, ideaText(written++));
  });
  machine.advance(); // sharing
  machine.advance(); // clarification reveals every idea
  for (let m = 0; m < MERGES; m++) {
    const [targetId = '', sourceId = ''] = [machine.state.revealed[m * 2], machine.state.revealed[m * 2 + 1]];
    machine.must({ type: 'mergeIdeas', targetId, sourceIds: [sourceId] }, FACILITATOR);
  }
  machine.advance(); // ranking
  const onList = machine.state.revealed.filter((id) => machine.state.ideas.get(id)?.status === 'active');
  for (const voter of voters) {
    // Skewed picks: low-numbered ideas are popular, so the ranking has a head and a long tail.
    const ranking = new Set<string>();
    while (ranking.size < 5) ranking.add(onList[Math.floor(random() ** 2 * onList.length)] ?? '');
    machine.must({ type: 'submitBallot', ranking: [...ranking] }, voter);
  }
  machine.advance(); // results
  return machine.state;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

async function main(): Promise<void> {
  const state = buildSession();
  const model = buildExportModel(exportView(state), Date.now());
  if (!model) throw new Error('the session did not reach its results');
  console.log(
    `session: ${model.ideas.length} ideas on the list, ${model.session.ballots} ballots, N = ${model.scoring.ballotSize}`,
  );
  const modelTimes: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    buildExportModel(exportView(state), Date.now());
    modelTimes.push(performance.now() - start);
  }
  console.log(`export model: median ${median(modelTimes).toFixed(1)} ms over ${RUNS} runs`);
  const renderers: [string, () => Promise<Uint8Array>][] = (Object.keys(EXPORT_FORMATS) as ExportFormatName[]).map(
    (format) => [format === 'pdf' ? 'pdf (worker, as served)' : format, () => renderExport(model, format)],
  );
  renderers.push(['pdf (in process)', () => renderPdf(model)]);
  const only = process.env.EXPORT_BENCH_FORMATS?.split(',');
  console.log('format                     bytes  first ms  median ms   min ms   max ms  CPU ms  loop stall ms');
  for (const [name, render] of renderers) {
    if (only && !only.some((wanted) => name.startsWith(wanted))) continue;
    await measure(name, render);
  }
  process.exit(0); // the PDF worker is unref'd, but exit at once rather than wait for it
}

/** Runs a renderer RUNS + 1 times and prints one row; the first run (fonts, JIT, worker start) apart. */
async function measure(name: string, render: () => Promise<Uint8Array>): Promise<void> {
  const wall: number[] = [];
  const cpu: number[] = [];
  const stalls: number[] = [];
  let size = 0;
  for (let i = 0; i <= RUNS; i++) {
    let last = performance.now();
    let stall = 0;
    const tick = setInterval(() => {
      stall = Math.max(stall, performance.now() - last);
      last = performance.now();
    }, 5);
    const [start, cpuStart] = [performance.now(), process.cpuUsage()];
    size = (await render()).byteLength;
    wall.push(performance.now() - start);
    stalls.push(Math.max(stall, performance.now() - last));
    clearInterval(tick);
    // CPU of the whole process, so it includes the worker thread's.
    const used = process.cpuUsage(cpuStart);
    cpu.push((used.user + used.system) / 1000);
  }
  const [first = 0, ...rest] = wall;
  const cells = [name.padEnd(24), String(size).padStart(8), first.toFixed(0).padStart(9)];
  cells.push(
    median(rest).toFixed(1).padStart(10),
    Math.min(...rest)
      .toFixed(1)
      .padStart(8),
  );
  cells.push(
    Math.max(...rest)
      .toFixed(1)
      .padStart(8),
    median(cpu.slice(1)).toFixed(0).padStart(7),
  );
  cells.push(median(stalls.slice(1)).toFixed(0).padStart(14));
  console.log(cells.join(' '));
}

await main();
