import { spawn } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { Worker } from 'node:worker_threads';
import type { Metafile } from 'esbuild';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { PdfRequest, PdfResponse } from '../../server/export/pdf/pdf-worker.js';
import { buildServer } from '../../scripts/build/server-bundle.js';
import { createSession, connect, must } from '../support/clients.js';
import { freePort } from '../support/process.js';
import { tempDataDir } from '../support/server.js';
import { pdfFile, pdfText, stressModel } from '../unit/export-pdf-support.js';

// Inside the checkout, so that the bundle finds the packages it leaves in node_modules.
const scratch = resolve('dist');

/**
 * Every source the entry reaches through imports and requires that run as the bundle loads, that
 * is all but `import()`: esbuild evaluates a module reached only through `import()` when that runs.
 */
function loadedAtStart(metafile: Metafile, entry: string): Set<string> {
  const reached = new Set([entry]);
  const next = [entry];
  for (let path = next.pop(); path !== undefined; path = next.pop()) {
    for (const { path: imported, kind, external } of metafile.inputs[path]?.imports ?? []) {
      if (external || kind === 'dynamic-import' || reached.has(imported)) continue;
      reached.add(imported);
      next.push(imported);
    }
  }
  return reached;
}

describe('the server compiled ahead of time', () => {
  let out = '';
  let metafile: Metafile;
  const data = tempDataDir();
  beforeAll(async () => {
    mkdirSync(scratch, { recursive: true });
    out = mkdtempSync(join(scratch, 'bundle-test-'));
    metafile = await buildServer(out);
  }, 60_000);
  afterAll(() => {
    rmSync(out, { recursive: true, force: true });
    data.remove();
  });

  it('starts with plain node, stores a session and greets its facilitator', async () => {
    const port = await freePort();
    const child = spawn(process.execPath, [join(out, 'index.mjs')], {
      env: { ...process.env, PORT: String(port), DATA_DIR: data.dir },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    try {
      let output = '';
      await new Promise<void>((done, fail) => {
        const timer = setTimeout(() => fail(new Error(`no listening line:\n${output}`)), 15_000);
        const read = (chunk: Buffer) => {
          output += chunk.toString();
          if (output.includes('"message":"listening"')) done(clearTimeout(timer));
        };
        child.stdout.on('data', read);
        child.stderr.on('data', read);
      });
      const url = `http://127.0.0.1:${port}`;
      expect((await fetch(`${url}/healthz`)).status).toBe(200);
      const created = await createSession(url, { title: 'Compiled' });
      const socket = await connect(url);
      const view = new Promise((done) => socket.once('facilitator:view', done));
      await must(socket, 'facilitator:attach', { code: created.code, token: created.facilitatorToken });
      expect(await view).toMatchObject({ view: { title: 'Compiled' } });
      socket.disconnect();
    } finally {
      child.kill('SIGKILL');
    }
  }, 30_000);

  it('renders a PDF in its compiled worker with the fonts from node_modules (Greek, Japanese, Chinese)', async () => {
    const worker = new Worker(join(out, 'pdf-worker-entry.mjs'));
    try {
      const answer = new Promise<PdfResponse>((done) => worker.once('message', done));
      worker.postMessage({ id: 1, model: stressModel(8) } satisfies PdfRequest);
      const response = await answer;
      if (!response.ok) throw new Error(response.error);
      const text = pdfText(pdfFile(response.pdf));
      for (const word of ['Ελλάδα', '日本', '中国']) expect(text).toContain(word);
    } finally {
      await worker.terminate();
    }
  }, 60_000);

  it('loads the PostgreSQL and Redis clients only in cluster mode, not on the embedded default', () => {
    const atStart = [...loadedAtStart(metafile, 'server/index.ts')];
    // The walk reaches the embedded store and the express and Socket.IO packages...
    expect(atStart).toContain('server/store/sqlite-store.ts');
    expect(atStart.some((path) => path.startsWith('node_modules/socket.io/'))).toBe(true);
    // ...but none of the cluster's clients, nor the module that opens them.
    const clusterOnly = /^node_modules\/(pg|pg-[a-z-]+|redis|@redis\/[a-z-]+|@socket\.io\/redis-streams-adapter)\//;
    expect(atStart.filter((path) => clusterOnly.test(path) || path === 'server/cluster/cluster-mode.ts')).toEqual([]);
    // cluster-mode.ts is in the bundle all the same, for a start with DATABASE_URL.
    expect(Object.keys(metafile.inputs)).toContain('server/cluster/cluster-mode.ts');
  });
});
