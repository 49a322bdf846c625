/** Every rule, sorted by id (a test checks the order and that each has a doc and a test file). */
import noUnsupportedMaxTokens from './no-unsupported-max-tokens.js';

export const rules = {
  'no-unsupported-max-tokens': noUnsupportedMaxTokens,
};

export type RuleId = keyof typeof rules;
