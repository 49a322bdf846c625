/** Configs derived from each rule's `meta.docs`: `recommended` (docs.recommended) and `all`. */
import type { ESLint, Linter } from 'eslint';
import type { rules as allRules } from '../rules/index.js';

type Rules = typeof allRules;
type RuleLevel = 'error' | 'warn';

// A type alias (not an interface) so it is assignable to ESLint's `Record<string, Config>`.
export type OpenAIConfigs = {
  recommended: Linter.Config;
  all: Linter.Config;
};

export function ruleEntries(rules: Rules, pick: (rule: Rules[keyof Rules]) => boolean, level: RuleLevel): Record<string, RuleLevel> {
  const entries: Record<string, RuleLevel> = {};
  for (const [id, rule] of Object.entries(rules) as Array<[keyof Rules, Rules[keyof Rules]]>) {
    if (pick(rule)) entries[`openai/${id}`] = level;
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
    all: {
      name: 'openai/all',
      plugins: { openai: plugin },
      rules: ruleEntries(rules, (rule) => !rule.meta.docs?.requiresTypeChecking, 'error'),
    },
  };
}
