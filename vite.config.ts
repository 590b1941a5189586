import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';

// The client is built into dist/client and served by the Express server;
// the dev server proxies the socket and API to it.
export default defineConfig({
  root: 'client',
  plugins: [react()],
  // Lightning CSS inlines the styles' @imports and resolves the breakpoint tokens (@custom-media).
  css: { transformer: 'lightningcss', lightningcss: { drafts: { customMedia: true } } },
  build: { outDir: '../dist/client', emptyOutDir: true },
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
