import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** One chunk of Vite's build manifest (`build.manifest`), keyed by its source path. */
export interface ManifestChunk {
  file: string;
  src?: string;
  isEntry?: boolean;
  isDynamicEntry?: boolean;
  imports?: string[];
  dynamicImports?: string[];
  css?: string[];
}
export type Manifest = Record<string, ManifestChunk>;

/**
 * What a phone never loads: the landing's set-up forms, the projector, the console and the
 * messages only those two show (client/lazy-screens.ts). Everything else a phone can reach counts
 * as its path, so a new lazy chunk on the participant's side is measured (and precached by the
 * service worker) unless someone decides here that phones never load it.
 */
export const NOT_ON_PHONE = [
  'screens/landing/LandingScreen.tsx',
  'screens/display/DisplayScreen.tsx',
  'screens/facilitator/FacilitatorScreen.tsx',
  'i18n/locales/en/display.json',
  'i18n/locales/en/facilitator.json',
  'i18n/locales/en/goals.json',
  'i18n/locales/en/setup.json',
];

/** Catalogs a phone never loads: every language's console, projector and set-up areas, and the pseudo-locales (tests only). */
export function isOffPhoneCatalog(key: string): boolean {
  return /i18n\/locales\/([^/]+\/(display|facilitator|goals|setup)|en-XA\/[^/]+|ar-XB\/[^/]+)\.json$/.test(key);
}

export function readManifest(clientDir: string): Manifest {
  return JSON.parse(readFileSync(join(clientDir, '.vite', 'manifest.json'), 'utf8')) as Manifest;
}

function entryKey(manifest: Manifest): string {
  const key = Object.keys(manifest).find((k) => manifest[k]?.isEntry);
  if (!key) throw new Error('the manifest has no entry chunk');
  return key;
}

/** Chunks a phone loads before its first view: the entry, what it imports statically, and their CSS. */
function staticClosure(manifest: Manifest, roots: string[]): Set<string> {
  const seen = new Set<string>();
  const visit = (key: string) => {
    if (seen.has(key) || !manifest[key]) return;
    seen.add(key);
    for (const next of manifest[key].imports ?? []) visit(next);
  };
  roots.forEach(visit);
  return seen;
}

/**
 * Manifest keys on a phone's path. `firstView`: the entry and its static imports (what the HTML
 * preloads), plus the join screen if it is split off. `all`: also every chunk a phone may load
 * later (each participant phase), i.e. all that is reachable except the screens in NOT_ON_PHONE.
 */
export function phonePath(manifest: Manifest): { firstView: Set<string>; all: Set<string> } {
  const entry = entryKey(manifest);
  const join = Object.keys(manifest).find((k) => k.endsWith('screens/join/JoinScreen.tsx'));
  const firstView = staticClosure(manifest, join ? [entry, join] : [entry]);
  const all = new Set(firstView);
  const pending = [...firstView];
  while (pending.length > 0) {
    const chunk = manifest[pending.pop() ?? ''];
    for (const next of [...(chunk?.imports ?? []), ...(chunk?.dynamicImports ?? [])]) {
      if (all.has(next) || NOT_ON_PHONE.includes(next) || isOffPhoneCatalog(next) || !manifest[next]) continue;
      all.add(next);
      pending.push(next);
    }
  }
  return { firstView, all };
}

/** Built files of those chunks: the HTML, the scripts and their stylesheets. */
export function filesOf(manifest: Manifest, keys: Set<string>): string[] {
  const files = new Set<string>(['index.html']);
  for (const key of keys) {
    const chunk = manifest[key];
    if (!chunk) continue;
    files.add(chunk.file);
    for (const css of chunk.css ?? []) files.add(css);
  }
  return [...files].sort();
}

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

/** Compressed as the build precompresses them: brotli at its best quality, gzip at level 9. */
export function compressedSizes(body: Buffer): Sizes {
  return {
    raw: body.length,
    gzip: gzipSync(body, { level: 9 }).length,
    brotli: brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    }).length,
  };
}

export function totalSizes(clientDir: string, files: string[]): Sizes & { files: Record<string, Sizes> } {
  const total: Sizes = { raw: 0, gzip: 0, brotli: 0 };
  const each: Record<string, Sizes> = {};
  for (const file of files) {
    const sizes = compressedSizes(readFileSync(join(clientDir, file)));
    each[file] = sizes;
    total.raw += sizes.raw;
    total.gzip += sizes.gzip;
    total.brotli += sizes.brotli;
  }
  return { ...total, files: each };
}
