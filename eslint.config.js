// Lint rules, including the two process boundaries the architecture depends on:
// only src-main/electron/ may import 'electron', and the renderer imports no Node built-ins.
import js from '@eslint/js'
import tseslint from 'typescript-eslint'
import globals from 'globals'
import { builtinModules } from 'node:module'
import reactHooks from 'eslint-plugin-react-hooks'

const electronBan = {
  name: 'electron',
  allowTypeImports: true,
  message: 'Only src-main/electron/ may import electron; put behaviour in an electron-free module.',
}
/** The renderer and the shared code never import the main process's modules. */
const mainBan = {
  group: ['**/src-main', '**/src-main/**'],
  message: 'The renderer and src-shared never import src-main: go through the API contract.',
}
const nodeBuiltins = builtinModules.flatMap((m) => [m, `node:${m}`])

export default tseslint.config(
  { ignores: ['node_modules/', 'out/', 'dist/', 'test-results/', 'playwright-report/'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.node } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-restricted-imports': ['error', { paths: [electronBan], patterns: ['electron/*'] }],
      // Get-or-create on a computed key (`record[key] ??= {}`) is how prototype pollution starts
      // when the key comes from outside data (`__proto__` hands back Object.prototype).
      'no-restricted-syntax': [
        'error',
        {
          selector:
            "AssignmentExpression[operator=/^(\\?\\?|\\|\\||&&)=$/][left.type='MemberExpression'][left.computed=true]",
          message:
            'Get-or-create on a computed key can reach Object.prototype: use a Map, or lookup() and isSafeKey() from src-shared/safe-keys.',
        },
      ],
    },
  },
  {
    files: ['src-main/electron/**', 'e2e/electron/**'],
    rules: { 'no-restricted-imports': 'off' },
  },
  {
    files: ['src-renderer/**'],
    languageOptions: { globals: { ...globals.browser } },
    // Hooks in the same order on every render: a hook after an early return breaks React.
    plugins: { 'react-hooks': reactHooks },
    rules: {
      'react-hooks/rules-of-hooks': 'error',
      'no-restricted-imports': [
        'error',
        {
          patterns: [mainBan],
          paths: [
            { ...electronBan, allowTypeImports: false },
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'The renderer runs in a browser: no Node built-ins.',
            })),
          ],
        },
      ],
    },
  },
  {
    // Renderer tests run in Vitest on Node (Node built-ins allowed), but, like the renderer,
    // never reach into the main process: what spans both ends is tested in src-main.
    files: ['src-renderer/**/*.test.ts', 'src-renderer/**/*.test.tsx'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          paths: [electronBan],
          patterns: [{ group: ['electron/*'], message: electronBan.message }, mainBan],
        },
      ],
    },
  },
  {
    files: ['src-shared/**'],
    rules: {
      'no-restricted-imports': [
        'error',
        {
          patterns: [mainBan],
          paths: [
            electronBan,
            ...nodeBuiltins.map((name) => ({
              name,
              message: 'src-shared runs on both sides: no Node built-ins.',
            })),
          ],
        },
      ],
    },
  },
)
