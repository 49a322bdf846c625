/**
 * The plugin's public types, kept apart from the rules so that the published declarations of the
 * entry point name only ESLint's own types (no `@typescript-eslint/utils`, which users need not have).
 */
import type { Linter } from 'eslint';

// A type alias (not an interface) so it is assignable to ESLint's `Record<string, Config>`.
export type OpenAIConfigs = {
  recommended: Linter.Config;
  strict: Linter.Config;
  all: Linter.Config;
  'recommended-type-checked': Linter.Config;
};
