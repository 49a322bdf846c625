import { ESLintUtils } from '@typescript-eslint/utils';

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-openai/eslint-plugin-openai';

/** What every rule's `meta.docs` carries besides the description. */
export interface OpenAIRuleDocs {
  /** In `recommended` (every rule is in `all`). */
  recommended: boolean;
  /** KB ids of the API errors the rule prevents (each message ends with one of them). */
  kb: string[];
  /** Needs type information (only in the type-checked config). */
  requiresTypeChecking?: boolean;
  /**
   * How `strict` sets the rule, where it differs from `recommended`'s `'error'`: a severity (`'warn'`
   * for a rule outside `recommended` that is right but only worth a warning), or a severity with
   * options. Unset: a recommended rule is `'error'` in `strict`, any other rule is not in it. A
   * recommended rule stays `'error'` in `strict` (a test checks it).
   */
  strict?: StrictLevel | readonly [StrictLevel, ...unknown[]];
}

/** Severities a config uses. */
export type StrictLevel = 'error' | 'warn';

const namedRule = ESLintUtils.RuleCreator<OpenAIRuleDocs>((name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`);

/**
 * typescript-eslint's `RuleCreator`, without its per-file merge of the default options (a
 * `structuredClone` for every rule in every file: most of the plugin's cost in a file without
 * requests). ESLint (>= 9.15) already merges `meta.defaultOptions` into `context.options`; a rule
 * without options gets `[]`. Only a rule with defaults outside `meta` keeps the merge.
 */
export const createRule: typeof namedRule = (rule) => {
  const created = namedRule(rule);
  if (rule.meta.defaultOptions === undefined && (rule.defaultOptions ?? []).length > 0) return created;
  return { ...created, create: (context) => rule.create(context, context.options) };
};

/** Message text that ends with the KB id, as every report does. */
export function kbMessage(text: string, kbId: string): string {
  return `${text} (KB ${kbId})`;
}
