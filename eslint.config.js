import js from '@eslint/js';
import reactHooks from 'eslint-plugin-react-hooks';
import globals from 'globals';
import tseslint from 'typescript-eslint';

/**
 * Each folder may import only from the layers below it: shared/ protocol -> session -> ranking,
 * and shared/ never from server/ or client/, which never import each other. One config block per
 * folder, because a later block's options for this rule replace an earlier block's.
 */
const OUT_OF_SHARED = {
  regex: '(^|/)(server|client)/',
  message: 'shared/ is imported by server and client, never the reverse.',
};
const NODE = { regex: '^node:', message: 'shared/ is pure: no I/O, so the browser runs it too.' };
const layer = (files, ...patterns) => ({ files, rules: { 'no-restricted-imports': ['error', { patterns }] } });
const LAYERS = [
  layer(['shared/protocol/**'], OUT_OF_SHARED, NODE),
  layer(
    ['shared/session/**'],
    { regex: '^\\.\\./protocol/', message: 'session/ sits below protocol/: move what both need into session/.' },
    OUT_OF_SHARED,
    NODE,
  ),
  layer(
    ['shared/ranking/**'],
    {
      regex: '^\\.\\./(session|protocol)/',
      message: 'ranking/ is the bottom layer: pure scoring that knows no session.',
    },
    OUT_OF_SHARED,
    NODE,
  ),
  layer(['server/**'], { regex: '(^|/)client/', message: 'The server never imports the client.' }),
  layer(['client/**'], { regex: '(^|/)server/', message: 'The client never imports the server.' }),
];

export default tseslint.config(
  { ignores: ['dist', 'data', 'node_modules', 'test-results', 'coverage'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node, ...globals.browser } },
    rules: {
      '@typescript-eslint/no-explicit-any': 'error',
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', ignoreRestSiblings: true }],
    },
  },
  {
    files: ['client/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks },
    rules: reactHooks.configs.recommended.rules,
  },
  ...LAYERS,
);
