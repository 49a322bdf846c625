/**
 * Configs derived from each rule's `meta.docs`: `recommended` (docs.recommended), `strict`
 * (recommended plus docs.strict) and `all`.
 */
import type { ESLint, Linter } from 'eslint';
import type { rules as allRules } from './rules/index.js';

type Rules = typeof allRules;
type RuleLevel = 'error' | 'warn';

import type { OpenAIConfigs } from './src/public-types.js';

export type { OpenAIConfigs };

export function ruleEntries(rules: Rules, pick: (rule: Rules[keyof Rules]) => boolean, level: RuleLevel): Record<string, RuleLevel> {
  const entries: Record<string, RuleLevel> = {};
  for (const [id, rule] of Object.entries(rules) as Array<[keyof Rules, Rules[keyof Rules]]>) {
    if (pick(rule)) entries[`openai/${id}`] = level;
  }
  return entries;
}

/**
 * `strict`: every `recommended` rule at `'error'`, with `meta.docs.strict` overriding the entry
 * (options such as scheduled shutdowns, or `'warn'` for a rule outside `recommended`).
 */
export function strictEntries(rules: Rules): Record<string, Linter.RuleEntry> {
  const entries: Record<string, Linter.RuleEntry> = {};
  for (const [id, rule] of Object.entries(rules) as Array<[keyof Rules, Rules[keyof Rules]]>) {
    const docs = rule.meta.docs;
    if (!docs || docs.requiresTypeChecking) continue;
    if (docs.strict !== undefined) entries[`openai/${id}`] = typeof docs.strict === 'string' ? docs.strict : [...docs.strict] as Linter.RuleEntry;
    else if (docs.recommended) entries[`openai/${id}`] = 'error';
  }
  return entries;
}

export function buildConfigs(plugin: ESLint.Plugin, rules: Rules): OpenAIConfigs {
  return {
    recommended: {
      name: 'openai/recommended',
      plugins: { openai: plugin },
      rules: ruleEntries(rules, (rule) => rule.meta.docs?.recommended === true && !rule.meta.docs.requiresTypeChecking, 'error'),
    },
    strict: {
      name: 'openai/strict',
      plugins: { openai: plugin },
      rules: strictEntries(rules),
    },
    all: {
      name: 'openai/all',
      plugins: { openai: plugin },
      // Every rule at 'error', except a rule that is only a warning in `strict` (a scheduled
      // shutdown, `no-deprecated-models`): still a warning here.
      rules: {
        ...ruleEntries(rules, (rule) => !rule.meta.docs?.requiresTypeChecking && rule.meta.docs?.strict !== 'warn', 'error'),
        ...ruleEntries(rules, (rule) => !rule.meta.docs?.requiresTypeChecking && rule.meta.docs?.strict === 'warn', 'warn'),
      },
    },
    // `recommended` with type information: `settings.openai.typeChecked` on, and typescript-eslint's
    // project service to provide it (like typescript-eslint's own type-checked configs, the parser and
    // `tsconfigRootDir` are left to the user's config).
    'recommended-type-checked': {
      name: 'openai/recommended-type-checked',
      plugins: { openai: plugin },
      languageOptions: { parserOptions: { projectService: true } },
      settings: { openai: { typeChecked: true } },
      rules: ruleEntries(rules, (rule) => rule.meta.docs?.recommended === true, 'error'),
    },
  };
}
