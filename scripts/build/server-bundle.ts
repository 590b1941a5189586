/**
 * Compiles the server ahead of time (`npm run build:server`, run before `npm start`): one ES module
 * for the server and one for the PDF worker, so a start loads plain, minified JavaScript instead of
 * compiling TypeScript through tsx and resolving hundreds of package files.
 *
 * The worker is written as `pdf-worker-entry.mjs` beside the server: the server starts it from
 * `new URL('./pdf-worker-entry.mjs', import.meta.url)`, which in the sources is the small entry
 * that registers tsx and here is the compiled worker itself.
 */
import { build, type Metafile } from 'esbuild';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
/** Where `npm start` finds the compiled server. */
export const SERVER_OUT_DIR = 'dist/server';
// Native code (better-sqlite3), and packages that read files of their own at run time (react-pdf's
// layout engine, the fonts and emoji images found by require.resolve), stay in node_modules; so does
// React, which react-pdf imports from there: a second, bundled copy breaks the report's hooks.
const EXTERNAL = [
  'better-sqlite3',
  '@react-pdf/renderer',
  'react',
  'react/*',
  'dejavu-fonts-ttf',
  '@expo-google-fonts/*',
  'emoji-datasource-twitter',
];
// The CommonJS packages bundled in (express and its dependencies) call require() for Node's modules.
const REQUIRE_SHIM =
  "import { createRequire as __createRequire } from 'node:module';\n" +
  'const require = __createRequire(import.meta.url);';

/**
 * Writes `index.mjs` (the server) and `pdf-worker-entry.mjs` (its PDF worker) into `outDir`.
 * `minify: false` keeps names and lines readable in a CPU profile (the bench's `--cpu-prof`).
 * Returns esbuild's account of which source imports which, and how.
 */
export async function buildServer(outDir: string = SERVER_OUT_DIR, { minify = true } = {}): Promise<Metafile> {
  const { metafile } = await build({
    absWorkingDir: ROOT,
    entryPoints: [
      { in: 'server/index.ts', out: 'index' },
      { in: 'server/export/pdf/pdf-worker.ts', out: 'pdf-worker-entry' },
    ],
    outdir: outDir,
    outExtension: { '.js': '.mjs' },
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    external: EXTERNAL,
    banner: { js: REQUIRE_SHIM },
    minify,
    sourcemap: 'linked',
    logLevel: 'warning',
    metafile: true,
  });
  return metafile;
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await buildServer();
