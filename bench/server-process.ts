import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { SERVER_OUT_DIR } from '../scripts/build/server-bundle.js';
import { processRssBytes, processSchedNs } from './proc-stats.js';

export type ServerKind = 'roundtable' | 'baseline';

export interface MemorySample {
  rss: number;
  /** V8 heap in use after a forced GC; null if the probe did not answer. */
  heapUsed: number | null;
  gc: boolean;
}

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/**
 * The harness plays every facilitator and phone from one address, which a real server would take
 * for an attack: the limits that count per address, and on new sessions, are opened wide.
 */
export const CROWD_LIMITS = {
  LIMIT_SESSIONS_PER_ADDRESS_PER_HOUR: '1000000',
  LIMIT_SESSIONS_PER_HOUR: '1000000',
  LIMIT_SOCKETS_PER_ADDRESS: '1000000',
  // The largest room (5,000) is over the default cap of 2,500 people per session.
  LIMIT_PARTICIPANTS_PER_SESSION: '100000',
};

/** Node's arguments after the flags: Roundtable as `npm start` runs it (compiled ahead), the baseline through tsx. */
const ENTRY: Record<ServerKind, string[]> = {
  roundtable: [`${SERVER_OUT_DIR}/index.mjs`],
  baseline: ['--import', 'tsx', 'bench/baseline-server.ts'],
};
// Plain JavaScript, so that it needs no loader in the compiled server's process.
const PROBE = pathToFileURL(resolve(ROOT, 'bench/server-probe.mjs')).href;

/** Every server child still alive and every data directory not yet removed, so an exiting harness leaves none behind. */
const live = new Set<ChildProcess>();
const dataDirs = new Set<string>();
process.on('exit', () => {
  for (const child of live) child.kill('SIGKILL');
  for (const dir of dataDirs) rmSync(dir, { recursive: true, force: true });
});
// 'exit' hooks do not run when a signal ends the process, so turn the usual ones into an exit.
for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) process.once(signal, () => process.exit(130));

/** A fresh data directory for a server, removed by `removeDataDir` or, failing that, on exit. */
export function makeDataDir(): string {
  const dir = mkdtempSync(join(tmpdir(), 'roundtable-bench-'));
  dataDirs.add(dir);
  return dir;
}

export function removeDataDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
  dataDirs.delete(dir);
}

let tasksetChecked: boolean | null = null;
/** Whether `taskset` exists and there are two cores to separate server and load. */
export function canPin(): boolean {
  if (tasksetChecked === null) {
    const probe = spawnSync('taskset', ['-c', '0', 'true']);
    tasksetChecked = probe.status === 0;
  }
  return tasksetChecked;
}

/** Pins this process (all its threads) to core 1, where the load generator runs. */
export function pinSelfToCore(core: number): boolean {
  if (!canPin()) return false;
  return spawnSync('taskset', ['-a', '-p', '-c', String(core), String(process.pid)]).status === 0;
}

/** A free TCP port on 127.0.0.1 (kept for a restart, so clients reconnect to the same URL). */
export { freePort } from '../scripts/cluster/engines.js';

/** One server process (the real one or the baseline), pinned to core 0. */
export class ServerProcess {
  readonly url: string;
  spawnedAt = 0;
  listeningAt = 0;
  /** What the server itself reports: from its first line of code to listening. */
  startupMs: number | null = null;
  /** CPU used and time spent waiting for a CPU, from spawn to listening (all threads). */
  startupSched = { runNs: 0, waitNs: 0 };
  private child: ChildProcess | null = null;
  private lineWaiters: ((line: Record<string, unknown>) => boolean)[] = [];
  private exited: Promise<void> = Promise.resolve();
  readonly stderrTail: string[] = [];
  exit: { code: number | null; signal: NodeJS.Signals | null } | null = null;

  constructor(
    readonly kind: ServerKind,
    readonly port: number,
    readonly dataDir: string,
    /** Extra node flags (a CPU profile), kept so that a restart starts the same way. */
    readonly extraNodeArgs: readonly string[] = [],
  ) {
    this.url = `http://127.0.0.1:${port}`;
  }

  get pid(): number {
    return this.child?.pid ?? -1;
  }

  /** Spawns the process and resolves once it logged `listening`. */
  async start(timeoutMs: number): Promise<void> {
    const nodeArgs = ['--expose-gc', ...this.extraNodeArgs, '--import', PROBE, ...ENTRY[this.kind]];
    const [command, args] = canPin()
      ? ['taskset', ['-c', '0', process.execPath, ...nodeArgs]]
      : [process.execPath, nodeArgs];
    this.spawnedAt = performance.now();
    const child = spawn(command, args, {
      cwd: ROOT,
      env: { ...process.env, ...CROWD_LIMITS, PORT: String(this.port), DATA_DIR: this.dataDir, NODE_ENV: 'production' },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    this.child = child;
    live.add(child);
    this.exited = new Promise((done) =>
      child.once('exit', (code, signal) => {
        this.exit = { code, signal };
        done();
      }),
    );
    void this.exited.then(() => live.delete(child));
    this.readLines(child);
    const listening = await this.nextLine((line) => line.message === 'listening', timeoutMs);
    this.listeningAt = performance.now();
    this.startupSched = this.sched();
    this.startupMs = typeof listening.startupMs === 'number' ? listening.startupMs : null;
  }

  private readLines(child: ChildProcess): void {
    let buffered = '';
    child.stdout?.setEncoding('utf8');
    child.stdout?.on('data', (chunk: string) => {
      buffered += chunk;
      let newline = buffered.indexOf('\n');
      while (newline >= 0) {
        this.onLine(buffered.slice(0, newline));
        buffered = buffered.slice(newline + 1);
        newline = buffered.indexOf('\n');
      }
    });
    child.stderr?.setEncoding('utf8');
    child.stderr?.on('data', (chunk: string) => {
      if (process.env.BENCH_SERVER_LOG) process.stderr.write(`[${this.kind} ${this.pid} stderr] ${chunk}`);
      this.stderrTail.push(chunk);
      if (this.stderrTail.length > 20) this.stderrTail.shift();
    });
  }

  private onLine(text: string): void {
    if (process.env.BENCH_SERVER_LOG) process.stderr.write(`[${this.kind} ${this.pid}] ${text}\n`);
    if (!text.startsWith('{')) return;
    let line: Record<string, unknown>;
    try {
      line = JSON.parse(text) as Record<string, unknown>;
    } catch {
      return;
    }
    this.lineWaiters = this.lineWaiters.filter((accept) => !accept(line));
  }

  private nextLine(match: (line: Record<string, unknown>) => boolean, timeoutMs: number) {
    return new Promise<Record<string, unknown>>((resolveLine, reject) => {
      const timer = setTimeout(() => {
        reject(new Error(`${this.kind} server: no matching log line in ${timeoutMs} ms. ${this.stderrTail.join('')}`));
      }, timeoutMs);
      void this.exited.then(() =>
        reject(new Error(`${this.kind} server exited (${JSON.stringify(this.exit)}). ${this.stderrTail.join('')}`)),
      );
      this.lineWaiters.push((line) => {
        if (!match(line)) return false;
        clearTimeout(timer);
        resolveLine(line);
        return true;
      });
    });
  }

  /** RSS and heap after a forced GC (via the preloaded probe); RSS from /proc if it is silent. */
  async memory(timeoutMs = 5000): Promise<MemorySample> {
    const answer = this.nextLine((line) => line.message === 'bench:memory', timeoutMs);
    this.child?.kill('SIGUSR2');
    try {
      const line = await answer;
      return { rss: Number(line.rss), heapUsed: Number(line.heapUsed), gc: line.gc === true };
    } catch {
      return { rss: processRssBytes(this.pid) ?? 0, heapUsed: null, gc: false };
    }
  }

  /** CPU nanoseconds used so far by the server process, and spent waiting for a CPU. */
  sched(): { runNs: number; waitNs: number } {
    return processSchedNs(this.pid) ?? { runNs: 0, waitNs: 0 };
  }

  /** Asks the server to stop (SIGTERM), then kills it if it has not exited in time. */
  async stop(timeoutMs = 5000): Promise<void> {
    const child = this.child;
    if (!child || child.exitCode !== null || child.signalCode !== null) return;
    child.kill('SIGTERM');
    const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
    await this.exited;
    clearTimeout(timer);
  }

  /** kill -9, as a crash or an OOM kill would; resolves once the process is gone. */
  async kill9(): Promise<void> {
    this.child?.kill('SIGKILL');
    await this.exited;
  }
}
