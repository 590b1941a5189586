import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ManifestTransform } from 'workbox-build';
import { VitePWA } from 'vite-plugin-pwa';
import { filesOf, phonePath, readManifest } from './phone-path.js';

/**
 * Precaches only what phones need (the app shell and every participant phase), not the console's
 * or projector's chunks: each phone on the venue's Wi-Fi downloads its own path and no more.
 */
function phonePathOnly(outDir: string): ManifestTransform {
  return (entries) => {
    if (!existsSync(join(outDir, '.vite', 'manifest.json'))) return { manifest: entries, warnings: [] };
    const manifest = readManifest(outDir);
    const keep = new Set(filesOf(manifest, phonePath(manifest).all));
    return { manifest: entries.filter((entry) => keep.has(entry.url)), warnings: [] };
  };
}

/**
 * The service worker (Workbox, generated): a phone that reloads without network gets its app
 * from the precache and its screen from the device (client/pwa/offline-views.ts). It never
 * touches the API, Socket.IO, exports or build.json: only navigations (answered with the
 * precached index.html) and the content-hashed files under /assets/ go through it.
 */
export function serviceWorker(outDir: string) {
  return VitePWA({
    strategies: 'generateSW',
    // client/pwa/updates.ts registers it after the first view.
    injectRegister: false,
    manifest: false,
    workbox: {
      globPatterns: ['index.html', 'assets/*.{js,css}'],
      manifestTransforms: [phonePathOnly(outDir)],
      // Hashed names change with their content: no cache-busting query needed.
      dontCacheBustURLsMatching: /^assets\//,
      navigateFallback: 'index.html',
      navigateFallbackDenylist: [/^\/api\//, /^\/socket\.io\//, /^\/healthz/, /^\/build\.json/],
      // A new deployment takes over at once; the page then reloads (its drafts and queue are on
      // the device) instead of running old code against a new server.
      skipWaiting: true,
      clientsClaim: true,
      cleanupOutdatedCaches: true,
      inlineWorkboxRuntime: true,
      runtimeCaching: [
        {
          // The console's and projector's chunks, once loaded, are kept too (they never change).
          urlPattern: ({ url, sameOrigin }) => sameOrigin && url.pathname.startsWith('/assets/'),
          handler: 'CacheFirst',
          options: { cacheName: 'roundtable-assets', expiration: { maxEntries: 64 } },
        },
      ],
    },
  });
}
