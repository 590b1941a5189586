import type { Crowd } from './crowd.js';
import type { ServerProcess } from './server-process.js';

/** What a measured window cost: server CPU, the generator's own CPU, and views delivered. */
export interface Cost {
  wallMs: number;
  /** Share of one core the server used over the window. */
  serverCpuShare: number;
  /**
   * Share of the window the server's threads spent runnable but waiting for their core (summed
   * over threads, so it can exceed 1): other work on core 0, or the server's own GC and pool
   * threads queueing behind its main thread. High outside GC-heavy work means a busy machine.
   */
  serverStarvedShare: number;
  /** Server CPU per view frame delivered to a client, in microseconds. */
  cpuUsPerMessage: number | null;
  /** Share of one core the load generator used; near 1 means it, not the server, set the pace. */
  generatorCpuShare: number;
  messages: number;
  meanViewBytes: number | null;
}

const round3 = (x: number) => Math.round(x * 1000) / 1000;

/** Starts measuring; call the returned function at the end of the window. */
export function meter(server: ServerProcess, crowds: readonly Crowd[]): () => Cost {
  const wall0 = performance.now();
  const sched0 = server.sched();
  const gen0 = process.cpuUsage();
  const delivered0 = totals(crowds);
  return () => {
    const wallMs = performance.now() - wall0;
    const sched = server.sched();
    const cpuMs = (sched.runNs - sched0.runNs) / 1e6;
    const waitMs = (sched.waitNs - sched0.waitNs) / 1e6;
    const gen = process.cpuUsage(gen0);
    const delivered = totals(crowds);
    const messages = delivered.views - delivered0.views;
    const bytes = delivered.bytes - delivered0.bytes;
    return {
      wallMs: Math.round(wallMs),
      serverCpuShare: round3(cpuMs / wallMs),
      serverStarvedShare: round3(waitMs / wallMs),
      cpuUsPerMessage: messages > 0 ? Math.round((cpuMs * 1000 * 10) / messages) / 10 : null,
      generatorCpuShare: round3((gen.user + gen.system) / 1000 / wallMs),
      messages,
      meanViewBytes: messages > 0 ? Math.round(bytes / messages) : null,
    };
  };
}

function totals(crowds: readonly Crowd[]): { views: number; bytes: number } {
  let views = 0;
  let bytes = 0;
  for (const crowd of crowds) {
    const d = crowd.delivered();
    views += d.views;
    bytes += d.bytes;
  }
  return { views, bytes };
}
