import { createHash } from 'node:crypto';
import type { Plugin } from 'vite';

/** The meta tag a page reads its own build id from (client/pwa/build-check.ts). */
export const BUILD_META = 'roundtable-build';
/** The file the server serves, always revalidated, so a page can ask which build is deployed. */
export const BUILD_FILE = 'build.json';

/**
 * Names each build: by default a hash of every output file's name (names carry content hashes),
 * so the same sources give the same id and an unchanged redeploy updates no phone. The id goes
 * into index.html as a meta tag and into build.json. ROUNDTABLE_BUILD_ID overrides it (to tell
 * two builds of the same sources apart, e.g. in the update test).
 */
export function buildId(): Plugin {
  return {
    name: 'roundtable:build-id',
    apply: 'build',
    enforce: 'post',
    generateBundle(_options, bundle) {
      const names = Object.keys(bundle).filter((name) => name !== 'index.html' && !name.startsWith('.'));
      const id =
        process.env.ROUNDTABLE_BUILD_ID ??
        createHash('sha256').update(names.sort().join('\n')).digest('hex').slice(0, 16);
      const html = bundle['index.html'];
      if (!html || html.type !== 'asset') throw new Error('build-id: index.html is missing from the bundle');
      html.source = String(html.source).replace(
        '</head>',
        `  <meta name="${BUILD_META}" content="${id}" />\n  </head>`,
      );
      this.emitFile({ type: 'asset', fileName: BUILD_FILE, source: JSON.stringify({ build: id }) });
    },
  };
}
