// Self-lint for eslint-plugin-openai. Not type-checked on purpose: lint stays fast.
import js from '@eslint/js';
import { defineConfig, globalIgnores } from 'eslint/config';
import eslintPlugin from 'eslint-plugin-eslint-plugin';
import n from 'eslint-plugin-n';
import tseslint from 'typescript-eslint';

export default defineConfig([
  globalIgnores(
    ['dist/', 'node_modules/', 'examples/', 'coverage/', '.corpus-cache/', 'tests/fixtures/'],
    'openai-self/ignores',
  ),
  {
    name: 'openai-self/linter-options',
    linterOptions: {
      reportUnusedDisableDirectives: 'error',
      reportUnusedInlineConfigs: 'error',
    },
  },
  {
    name: 'openai-self/javascript',
    files: ['**/*.{js,mjs,cjs,ts}'],
    extends: [js.configs.recommended],
  },
  {
    name: 'openai-self/typescript',
    files: ['**/*.ts'],
    extends: [tseslint.configs.recommended],
  },
  {
    name: 'openai-self/eslint-plugin',
    files: ['index.ts', 'configs.ts', 'rules/**/*.ts', 'src/**/*.ts'],
    extends: [eslintPlugin.configs.recommended],
  },
  {
    name: 'openai-self/eslint-plugin-tests',
    files: ['tests/rules/**/*.ts'],
    extends: [eslintPlugin.configs['tests-recommended']],
  },
  {
    name: 'openai-self/node',
    files: ['scripts/**/*.{js,mjs,cjs,ts}', 'bench/**/*.{js,mjs,cjs,ts}', '*.{js,mjs,cjs}'],
    extends: [n.configs['flat/recommended']],
  },
]);
