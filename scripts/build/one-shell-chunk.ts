import type { Plugin } from 'vite';

/**
 * Everything the entry imports statically, in one chunk. Left alone, the bundler splits off a
 * chunk for each set of modules shared with a lazy screen (the store, the socket, a slice...),
 * and a phone then asks for seven files before its first view: over HTTP/1.1's six connections
 * on a 3G round trip, each file past six costs a whole round trip more. The entry is always
 * loaded first, so lazy screens lose nothing by importing shared code from the shell.
 */
export function oneShellChunk(): Plugin {
  const shell = new Set<string>();
  return {
    name: 'roundtable:one-shell-chunk',
    apply: 'build',
    buildEnd() {
      const entries = [...this.getModuleIds()].filter((id) => this.getModuleInfo(id)?.isEntry);
      const pending = [...entries];
      while (pending.length > 0) {
        const id = pending.pop() ?? '';
        if (shell.has(id)) continue;
        shell.add(id);
        pending.push(...(this.getModuleInfo(id)?.importedIds ?? []));
      }
    },
    config() {
      return {
        build: {
          rolldownOptions: {
            output: { codeSplitting: { groups: [{ name: 'shell', test: (id: string) => shell.has(id) }] } },
          },
        },
      };
    },
  };
}
