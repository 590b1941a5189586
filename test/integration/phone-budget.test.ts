import { existsSync, readFileSync, statSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  filesOf,
  NOT_ON_PHONE,
  phonePath,
  readManifest,
  totalSizes,
  type Manifest,
} from '../../scripts/build/phone-path.js';
import { PRECOMPRESS_MIN_BYTES } from '../../scripts/build/precompress.js';

/**
 * The phone's path, read from the real build's manifest (npm test builds before vitest runs):
 * what a phone downloads before its first view of the join page or the lobby, brotli-compressed
 * as the server sends it to every browser that asks for br.
 */
const CLIENT_DIR = resolve('dist/client');
/** Issue 18: at most 100 kB before the first view (1 kB = 1,000 bytes). */
const BUDGET_BROTLI = 100_000;

let manifest: Manifest;

beforeAll(() => {
  if (!existsSync(join(CLIENT_DIR, '.vite', 'manifest.json'))) {
    throw new Error('dist/client/.vite/manifest.json is missing: run `npx vite build` first.');
  }
  manifest = readManifest(CLIENT_DIR);
});

describe("the phone's path", () => {
  it(`stays within ${BUDGET_BROTLI / 1000} kB brotli before the first view`, () => {
    const files = filesOf(manifest, phonePath(manifest).firstView);
    const sizes = totalSizes(CLIENT_DIR, files);
    const detail = Object.entries(sizes.files).map(([file, s]) => `${file}: ${s.brotli} B br, ${s.raw} B raw`);
    expect(sizes.brotli, `phone path ${sizes.brotli} B brotli:\n${detail.join('\n')}`).toBeLessThanOrEqual(
      BUDGET_BROTLI,
    );
  });

  it('leaves out the console, the projector, the landing forms and drag-and-drop ranking', () => {
    const { firstView } = phonePath(manifest);
    for (const key of NOT_ON_PHONE) expect(firstView.has(key), key).toBe(false);
    const ranking = Object.keys(manifest).find((key) => key.endsWith('screens/participant/RankingPanel.tsx'));
    expect(ranking, 'the ranking panel is a chunk of its own').toBeDefined();
    expect(firstView.has(ranking ?? '')).toBe(false);
  });

  it('is what the service worker precaches: every participant phase, nothing of the console', () => {
    const worker = readFileSync(join(CLIENT_DIR, 'sw.js'), 'utf8');
    const precached = new Set([...worker.matchAll(/url:"([^"]+)"/g)].map((m) => m[1]));
    expect(precached).toEqual(new Set(filesOf(manifest, phonePath(manifest).all)));
    const consoleFiles = NOT_ON_PHONE.map((key) => manifest[key]?.file);
    for (const file of consoleFiles) expect(precached.has(file ?? ''), file).toBe(false);
  });

  it('is served precompressed: a brotli and a gzip copy of every file on it but the tiniest', () => {
    for (const file of filesOf(manifest, phonePath(manifest).all)) {
      if (statSync(join(CLIENT_DIR, file)).size < PRECOMPRESS_MIN_BYTES) continue;
      expect(existsSync(join(CLIENT_DIR, `${file}.br`)), `${file}.br`).toBe(true);
      expect(existsSync(join(CLIENT_DIR, `${file}.gz`)), `${file}.gz`).toBe(true);
    }
  });
});
