/**
 * `npm test` fails on an import cycle anywhere in the project, type-only imports included: a
 * cycle is two files that cannot be read, tested or moved apart. The layers of shared/ are
 * checked by the linter (eslint.config.js); this check sees the whole graph at once.
 */
export default {
  forbidden: [
    {
      name: 'no-cycle',
      severity: 'error',
      comment: 'Files that import each other, directly or through others: move what both need into a third file.',
      // Until the client side of issue 16 lands (branch oneclient), the settings form's two files
      // still share a type both ways; that branch removes the pair, and this exemption with it.
      from: { pathNot: '^client/screens/landing/(Alliance)?SettingsFields[.]tsx$' },
      to: { circular: true },
    },
  ],
  options: {
    doNotFollow: { path: 'node_modules' },
    tsPreCompilationDeps: true,
    tsConfig: { fileName: 'tsconfig.json' },
  },
};
