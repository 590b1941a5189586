import { spawn, type ChildProcess } from 'node:child_process';
import { Agent, request } from 'node:http';
import { canPin, freePort, makeDataDir, removeDataDir } from './server-process.js';
import { processSchedNs } from './proc-stats.js';

/** What a phone's browser sends: Chromium asks for brotli, gzip and more. */
export const BROWSER_ENCODINGS = 'gzip, deflate, br, zstd';

export interface PhoneServer {
  url: string;
  pid: number;
  stop(): Promise<void>;
}

/** The real server (bench/phone-server.ts, from `root`) on core 0, serving `clientDir`. */
export async function startPhoneServer(root: string, clientDir: string): Promise<PhoneServer> {
  const port = await freePort();
  const dataDir = makeDataDir();
  const nodeArgs = ['--import', 'tsx', 'bench/phone-server.ts'];
  const [command, args] = canPin()
    ? ['taskset', ['-c', '0', process.execPath, ...nodeArgs]]
    : [process.execPath, nodeArgs];
  const child: ChildProcess = spawn(command, args, {
    cwd: root,
    env: { ...process.env, PORT: String(port), DATA_DIR: dataDir, CLIENT_DIR: clientDir, NODE_ENV: 'production' },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    child.once('exit', (code) => reject(new Error(`phone server exited (${code})`)));
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('"listening"')) resolve();
    });
  });
  return {
    url: `http://127.0.0.1:${port}`,
    pid: child.pid ?? -1,
    stop: async () => {
      const exited = new Promise((done) => child.once('exit', done));
      child.kill('SIGTERM');
      await exited;
      removeDataDir(dataDir);
    },
  };
}

function get(url: string, agent: Agent, encodings: string | null): Promise<{ status: number; body: Buffer }> {
  return new Promise((resolve, reject) => {
    const headers = encodings ? { 'accept-encoding': encodings } : {};
    const req = request(url, { agent, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => resolve({ status: res.statusCode ?? 0, body: Buffer.concat(chunks) }));
      res.on('error', reject);
    });
    req.on('error', reject);
    req.end();
  });
}

/** The files index.html makes a browser fetch before the first view: the entry, its preloads, CSS. */
export function firstViewFiles(html: string): string[] {
  return [...html.matchAll(/<(?:script|link)[^>]+(?:src|href)="(\/assets\/[^"]+)"/g)].map((m) => m[1] as string);
}

/**
 * One phone's first load, as a browser does it: the join page's HTML, then every file it names,
 * six connections at a time. Returns the bytes it received (compressed, as sent).
 */
async function loadPhone(url: string, path: string, encodings: string | null, assets: string[]): Promise<number> {
  const agent = new Agent({ keepAlive: true, maxSockets: 6 });
  try {
    const page = await get(url + path, agent, encodings);
    if (page.status !== 200) throw new Error(`GET ${path}: ${page.status}`);
    const files = await Promise.all(assets.map((file) => get(url + file, agent, encodings)));
    const failed = files.find((f) => f.status !== 200);
    if (failed) throw new Error(`an asset answered ${failed.status}`);
    return page.body.length + files.reduce((sum, f) => sum + f.body.length, 0);
  } finally {
    agent.destroy();
  }
}

export interface CrowdCost {
  phones: number;
  /** Server CPU time (all threads) from the first request to the last byte, in ms. */
  serverCpuMs: number;
  /** From the first request to the last phone done, in ms. */
  wallMs: number;
  bytesPerPhone: number;
}

/** `phones` phones load the join page at the same moment; the server's CPU is read around it. */
export async function crowdLoad(
  server: PhoneServer,
  path: string,
  phones: number,
  encodings: string | null,
): Promise<CrowdCost> {
  const html = (await get(server.url + path, new Agent(), null)).body.toString('utf8');
  const assets = firstViewFiles(html);
  const before = processSchedNs(server.pid);
  const started = performance.now();
  const bytes = await Promise.all(Array.from({ length: phones }, () => loadPhone(server.url, path, encodings, assets)));
  const wallMs = performance.now() - started;
  const after = processSchedNs(server.pid);
  return {
    phones,
    serverCpuMs: before && after ? (after.runNs - before.runNs) / 1e6 : Number.NaN,
    wallMs,
    bytesPerPhone: Math.round(bytes.reduce((a, b) => a + b, 0) / phones),
  };
}
