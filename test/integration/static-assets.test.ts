import { existsSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startServer, tempDataDir, type TestServer } from '../support/server.js';

/**
 * The built client as the server sends it (npm test builds before vitest runs), read with raw
 * HTTP so nothing decompresses or caches behind the test's back.
 */
const CLIENT_DIR = resolve('dist/client');
const data = tempDataDir();
let server: TestServer;
let script = '';

interface Answer {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: Buffer;
}

function get(path: string, headers: Record<string, string> = {}, method = 'GET'): Promise<Answer> {
  return new Promise((done, fail) => {
    const req = request(`${server.url}${path}`, { method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on('data', (chunk: Buffer) => chunks.push(chunk));
      res.on('end', () => done({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks) }));
    });
    req.on('error', fail);
    req.end();
  });
}

beforeAll(async () => {
  if (!existsSync(join(CLIENT_DIR, 'index.html')))
    throw new Error('dist/client is missing: run `npx vite build` first.');
  script = `/assets/${readdirSync(join(CLIENT_DIR, 'assets')).find((f) => /^index-.*\.js$/.test(f))}`;
  server = await startServer(data.dir, { clientDir: CLIENT_DIR });
});

afterAll(async () => {
  await server?.stop();
  data.remove();
});

describe('the built client over HTTP', () => {
  it('sends brotli, else gzip, else the plain file, honouring a refusal (q=0)', async () => {
    expect((await get(script, { 'accept-encoding': 'gzip, deflate, br' })).headers['content-encoding']).toBe('br');
    expect((await get(script, { 'accept-encoding': 'br;q=0, gzip' })).headers['content-encoding']).toBe('gzip');
    const plain = await get(script, { 'accept-encoding': 'identity' });
    expect(plain.headers['content-encoding']).toBeUndefined();
    expect(plain.headers['content-type']).toBe('text/javascript; charset=utf-8');
    const brotli = await get(script, { 'accept-encoding': 'br' });
    expect(brotli.headers['content-type']).toBe('text/javascript; charset=utf-8');
    expect(brotli.body.length).toBeLessThan(plain.body.length / 3);
    expect(brotli.headers.vary).toMatch(/Accept-Encoding/i);
  });

  it('lets a browser keep hashed files for a year and revalidate the HTML with its ETag', async () => {
    expect((await get(script)).headers['cache-control']).toBe('public, max-age=31536000, immutable');
    const page = await get('/join/ABCD-EFGH', { 'accept-encoding': 'br' });
    expect(page.headers['cache-control']).toBe('no-cache');
    const etag = String(page.headers.etag);
    const again = await get('/join/ABCD-EFGH', { 'accept-encoding': 'br', 'if-none-match': etag });
    expect(again.status).toBe(304);
    for (const path of ['/sw.js', '/build.json']) {
      expect((await get(path)).headers['cache-control'], path).toBe('no-cache');
    }
  });

  it('answers a missing hashed file with 404, never with the HTML', async () => {
    const missing = await get('/assets/index-00000000.js', { 'accept-encoding': 'br' });
    expect(missing.status).toBe(404);
    expect(String(missing.headers['cache-control'])).not.toMatch(/immutable/);
    expect(missing.body.toString('utf8')).not.toContain('<div id="root">');
  });

  it('serves nothing outside the client directory, however the path is spelled', async () => {
    for (const path of ['/assets/..%2f..%2f..%2fpackage.json', '/..%2fpackage.json', '/%2e%2e/%2e%2e/package.json']) {
      const answer = await get(path, { 'accept-encoding': 'br, gzip' });
      expect(answer.body.toString('utf8'), path).not.toContain('"devDependencies"');
    }
    expect((await get('/.vite/manifest.json')).body.toString('utf8')).not.toContain('"isEntry"');
  });

  it('answers HEAD with the headers of the copy it would send', async () => {
    const head = await get(script, { 'accept-encoding': 'br' }, 'HEAD');
    expect(head.status).toBe(200);
    expect(head.headers['content-encoding']).toBe('br');
    expect(head.body.length).toBe(0);
  });
});
