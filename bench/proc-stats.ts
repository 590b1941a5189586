import { readdirSync, readFileSync } from 'node:fs';

/**
 * CPU time a process has used, and time its threads sat runnable waiting for a CPU, in
 * nanoseconds, summed over all its threads (the main thread, libuv's pool and V8's GC helpers).
 * schedstat counts nanoseconds, where /proc/<pid>/stat only counts 10 ms ticks. The waiting time
 * tells a starved server (other work on its core) from an idle one. Null when the process is gone.
 */
export function processSchedNs(pid: number): { runNs: number; waitNs: number } | null {
  try {
    let runNs = 0;
    let waitNs = 0;
    for (const task of readdirSync(`/proc/${pid}/task`)) {
      try {
        const fields = readFileSync(`/proc/${pid}/task/${task}/schedstat`, 'utf8').split(' ');
        runNs += Number(fields[0] ?? 0);
        waitNs += Number(fields[1] ?? 0);
      } catch {
        // A thread may exit between the listing and the read.
      }
    }
    return { runNs, waitNs };
  } catch {
    return null;
  }
}

/** Resident set size in bytes from /proc/<pid>/status; null when unavailable. */
export function processRssBytes(pid: number): number | null {
  try {
    const match = /VmRSS:\s+(\d+)\s+kB/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'));
    return match ? Number(match[1]) * 1024 : null;
  } catch {
    return null;
  }
}

/**
 * The kernel's count of connections dropped because a listening socket's accept queue was full
 * (TcpExt ListenOverflows, machine-wide). A burst of connects beyond the server's listen backlog
 * shows here, and each drop costs that client a SYN retransmission: 1 s, then 3 s.
 */
export function listenOverflows(): number | null {
  const lines = safeRead('/proc/net/netstat').split('\n');
  for (let i = 0; i + 1 < lines.length; i += 2) {
    const names = (lines[i] ?? '').split(/\s+/);
    const values = (lines[i + 1] ?? '').split(/\s+/);
    if (names[0] !== 'TcpExt:') continue;
    const at = names.indexOf('ListenOverflows');
    return at < 0 ? null : Number(values[at]);
  }
  return null;
}

/** The soft limit on open files for this process (the harness needs about two per client). */
export function openFileLimit(): number | null {
  try {
    const match = /Max open files\s+(\d+|unlimited)/.exec(readFileSync('/proc/self/limits', 'utf8'));
    if (!match) return null;
    return match[1] === 'unlimited' ? Number.POSITIVE_INFINITY : Number(match[1]);
  } catch {
    return null;
  }
}

/** CPU model, core count and memory, for the report. */
export function machineInfo(): { cpuModel: string; cores: number; memoryGiB: number; loadAverage: string } {
  const cpuinfo = safeRead('/proc/cpuinfo');
  const models = [...cpuinfo.matchAll(/^model name\s*:\s*(.+)$/gm)].map((m) => m[1]?.trim() ?? '');
  const memKb = Number(/MemTotal:\s+(\d+)/.exec(safeRead('/proc/meminfo'))?.[1] ?? 0);
  return {
    cpuModel: models[0] ?? 'unknown',
    cores: models.length,
    memoryGiB: Math.round((memKb / 1024 / 1024) * 10) / 10,
    loadAverage: safeRead('/proc/loadavg').split(' ').slice(0, 3).join(' '),
  };
}

function safeRead(path: string): string {
  try {
    return readFileSync(path, 'utf8');
  } catch {
    return '';
  }
}
