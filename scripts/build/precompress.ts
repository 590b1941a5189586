import { readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import type { Plugin } from 'vite';

/** Text the server sends: compressed once at build, so 200 phones cost it no compression at all. */
const TEXT = /\.(js|mjs|css|html|json|svg|txt|webmanifest)$/;
/** Below this, a compressed copy saves less than the headers it adds. */
export const PRECOMPRESS_MIN_BYTES = 256;

function textFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    // `.vite/` holds the build manifest, which is never served.
    if (entry.name.startsWith('.')) return [];
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return textFiles(path);
    return TEXT.test(entry.name) && statSync(path).size >= PRECOMPRESS_MIN_BYTES ? [path] : [];
  });
}

/** Writes `file.br` (brotli at quality 11) and `file.gz` (gzip at level 9) beside each text file. */
export function precompressDir(dir: string): number {
  const files = textFiles(dir);
  for (const file of files) {
    const body = readFileSync(file);
    const brotli = brotliCompressSync(body, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: body.length },
    });
    // A copy that is not smaller would only cost a lookup: the server then sends the original.
    if (brotli.length < body.length) writeFileSync(`${file}.br`, brotli);
    const gzip = gzipSync(body, { level: 9 });
    if (gzip.length < body.length) writeFileSync(`${file}.gz`, gzip);
  }
  return files.length;
}

/**
 * Precompresses the whole output after every other plugin wrote to it (the service worker is
 * generated in closeBundle too, hence `order: 'post'` on a sequential hook).
 */
export function precompress(): Plugin {
  let outDir = '';
  return {
    name: 'roundtable:precompress',
    apply: 'build',
    configResolved(config) {
      outDir = config.build.outDir;
    },
    closeBundle: {
      sequential: true,
      order: 'post',
      handler() {
        precompressDir(outDir);
      },
    },
  };
}
