import react from '@vitejs/plugin-react';
import { resolve } from 'node:path';
import { visualizer } from 'rollup-plugin-visualizer';
import { defineConfig } from 'vitest/config';
import { buildId } from './scripts/build/build-id.js';
import { i18nCatalogs } from './scripts/build/i18n-catalogs.js';
import { oneShellChunk } from './scripts/build/one-shell-chunk.js';
import { precompress } from './scripts/build/precompress.js';
import { serviceWorker } from './scripts/build/service-worker.js';

const outDir = resolve(process.env.ROUNDTABLE_OUT_DIR ?? 'dist/client');

// The client is built into dist/client and served by the Express server;
// the dev server proxies the socket and API to it. `npm run analyze` writes a treemap of the
// bundle to dist/bundle-stats.html (outside what the server serves).
export default defineConfig({
  root: 'client',
  plugins: [
    i18nCatalogs(),
    react(),
    oneShellChunk(),
    buildId(),
    serviceWorker(outDir),
    precompress(),
    process.env.ANALYZE
      ? visualizer({ filename: resolve('dist/bundle-stats.html'), gzipSize: true, brotliSize: true })
      : null,
  ],
  // Lightning CSS inlines the styles' @imports and resolves the breakpoint tokens (@custom-media).
  css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  // The manifest tells the phone's path apart (scripts/build/phone-path.ts): the service worker
  // precaches it and test/integration/phone-budget.test.ts holds it under budget.
  build: { outDir, emptyOutDir: true, manifest: true },
  server: {
    proxy: {
      '/socket.io': { target: 'http://localhost:3000', ws: true },
      '/api': 'http://localhost:3000',
    },
  },
  test: {
    root: '.',
    include: ['test/**/*.test.{ts,tsx}'],
    testTimeout: 20_000,
    hookTimeout: 60_000,
    pool: 'forks',
  },
});
