// Compiled by `npm run typecheck` (not run by vitest): the plugin's types work where users put them.
// A type error here means users would need a cast in their eslint.config.ts.
import type { ESLint, Linter } from 'eslint';
import { defineConfig } from 'eslint/config';
import openai from '../../index.js';

// The plugin object satisfies ESLint's own Plugin type.
export const asPlugin: ESLint.Plugin = openai;

// Each shipped config is an ESLint flat config object.
export const recommended: Linter.Config = openai.configs.recommended;
export const strict: Linter.Config = openai.configs.strict;
export const all: Linter.Config = openai.configs.all;
export const recommendedTypeChecked: Linter.Config = openai.configs['recommended-type-checked'];

export default defineConfig([
  // A config used directly,
  openai.configs.recommended,
  // in `extends`,
  {
    files: ['**/*.ts'],
    extends: [openai.configs.all],
  },
  // and the plugin registered by hand with a rule turned on.
  {
    files: ['**/*.js'],
    plugins: { openai },
    rules: { 'openai/no-unsupported-max-tokens': 'error' },
  },
]);
