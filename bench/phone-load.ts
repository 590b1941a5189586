import { spawnSync } from 'node:child_process';
import { cpSync, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { availableParallelism, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { launchBrowser } from '../test/e2e/support/browser.js';
import { joinScreenshot, phoneFirstViews, PROFILES, type FirstViews, type ProfileName } from './phone-browser.js';
import { BROWSER_ENCODINGS, crowdLoad, startPhoneServer, type CrowdCost, type PhoneServer } from './phone-crowd.js';
import { machineInfo } from './proc-stats.js';
import { canPin, pinSelfToCore } from './server-process.js';

/**
 * npx tsx bench/phone-load.ts [--phones 200] [--repeat 3] [--browser-runs 3] [--modes a,b]
 *   [--root DIR] [--screenshot FILE]
 *
 * Issue 18's figures, one JSON line each: the server's CPU while `phones` phones load the join page
 * at the same moment (server on core 0, phones on core 1), for each way of serving it:
 *   as-built:   the build as shipped (with issue 18: its precompressed .br/.gz copies);
 *   on-the-fly: the same build without them, so the compression middleware compresses each time;
 *   identity:   phones that ask for no encoding (what every phone got before issue 18).
 * Then Chromium's first views under Fast 3G for each mode. `--root` measures another checkout
 * (e.g. the code before issue 18, built, with this file's bench/phone-server.ts copied in).
 */
const { values: args } = parseArgs({
  options: {
    phones: { type: 'string', default: '200' },
    repeat: { type: 'string', default: '3' },
    'browser-runs': { type: 'string', default: '3' },
    modes: { type: 'string', default: 'as-built,on-the-fly,identity' },
    root: { type: 'string', default: '.' },
    screenshot: { type: 'string' },
  },
});

type Mode = 'as-built' | 'on-the-fly' | 'identity';
const root = resolve(args.root);
const builtDir = join(root, 'dist', 'client');

function log(message: string): void {
  process.stderr.write(`[phone-load ${new Date().toISOString().slice(11, 19)}] ${message}\n`);
}

function emit(line: Record<string, unknown>): void {
  process.stdout.write(`${JSON.stringify(line)}\n`);
}

/** The build without its precompressed copies, so every response is compressed on the fly. */
function uncompressedCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-plain-client-'));
  cpSync(builtDir, dir, { recursive: true, filter: (source) => !/\.(br|gz)$/.test(source) });
  return dir;
}

/** Median and range: the bench machine is noisy, so every figure is run several times. */
function spread(values: number[]): { median: number; min: number; max: number } {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  const median = sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
  return { median: Math.round(median), min: Math.round(sorted[0] ?? 0), max: Math.round(sorted.at(-1) ?? 0) };
}

async function openSession(server: PhoneServer): Promise<string> {
  const response = await fetch(`${server.url}/api/sessions`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ title: 'Two hundred phones' }),
  });
  const body = (await response.json()) as { ok: boolean; value?: { joinPath: string } };
  if (!body.value) throw new Error(`could not create a session: ${JSON.stringify(body)}`);
  return body.value.joinPath;
}

async function crowd(mode: Mode, server: PhoneServer, joinPath: string): Promise<void> {
  const phones = Number(args.phones);
  const encodings = mode === 'identity' ? null : BROWSER_ENCODINGS;
  await crowdLoad(server, joinPath, 10, encodings); // warm-up: JIT, file cache
  const runs: CrowdCost[] = [];
  for (let run = 1; run <= Number(args.repeat); run++) {
    const cost = await crowdLoad(server, joinPath, phones, encodings);
    runs.push(cost);
    emit({
      figure: 'crowd',
      mode,
      run,
      ...cost,
      serverCpuMs: Math.round(cost.serverCpuMs),
      wallMs: Math.round(cost.wallMs),
    });
  }
  emit({
    figure: 'crowd-summary',
    mode,
    phones,
    serverCpuMs: spread(runs.map((r) => r.serverCpuMs)),
    wallMs: spread(runs.map((r) => r.wallMs)),
    bytesPerPhone: runs[0]?.bytesPerPhone,
  });
}

/** Lets this process (and the Chromium it starts) run on every core again, as a phone has its own CPU. */
function unpinSelf(): void {
  if (canPin()) spawnSync('taskset', ['-a', '-p', '-c', `0-${availableParallelism() - 1}`, String(process.pid)]);
}

async function browserViews(mode: Mode, server: PhoneServer, joinPath: string): Promise<void> {
  if (mode === 'identity') return; // Chromium always asks for an encoding
  unpinSelf();
  const browser = await launchBrowser();
  try {
    // Not measured: a phone's browser is already running when its owner scans the QR code.
    await phoneFirstViews(browser, server.url, joinPath, 'fast-3g-rtt-150');
    for (const profile of Object.keys(PROFILES) as ProfileName[]) {
      const views: FirstViews[] = [];
      for (let run = 1; run <= Number(args['browser-runs']); run++) {
        views.push(await phoneFirstViews(browser, server.url, joinPath, profile));
        emit({ figure: 'first-view', mode, run, ...views.at(-1) });
      }
      emit({
        figure: 'first-view-summary',
        mode,
        profile,
        joinMs: spread(views.map((v) => v.joinMs)),
        joinBytes: spread(views.map((v) => v.joinBytes)),
        lobbyAfterJoinMs: spread(views.map((v) => v.lobbyAfterJoinMs)),
        lobbyColdMs: spread(views.map((v) => v.lobbyColdMs)),
        lobbyWarmMs: spread(views.map((v) => v.lobbyWarmMs)),
      });
    }
    if (args.screenshot && mode === 'as-built') {
      await joinScreenshot(browser, server.url, joinPath, resolve(args.screenshot));
    }
  } finally {
    await browser.close();
  }
}

async function main(): Promise<void> {
  if (!existsSync(join(builtDir, 'index.html'))) throw new Error(`${builtDir} is missing: build the client first`);
  emit({
    figure: 'setup',
    machine: machineInfo(),
    root,
    phones: Number(args.phones),
    repeat: Number(args.repeat),
    profiles: PROFILES,
  });
  for (const mode of args.modes.split(',') as Mode[]) {
    const clientDir = mode === 'on-the-fly' ? uncompressedCopy() : builtDir;
    const server = await startPhoneServer(root, clientDir);
    try {
      const joinPath = await openSession(server);
      log(`${mode}: ${args.phones} phones at once, ${args.repeat} times`);
      pinSelfToCore(1);
      await crowd(mode, server, joinPath);
      log(`${mode}: Chromium under Fast 3G`);
      await browserViews(mode, server, joinPath);
    } finally {
      await server.stop();
      if (clientDir !== builtDir) rmSync(clientDir, { recursive: true, force: true });
    }
  }
}

main().catch((error: unknown) => {
  log(error instanceof Error ? (error.stack ?? error.message) : String(error));
  process.exitCode = 1;
});
