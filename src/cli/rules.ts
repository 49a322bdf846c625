/**
 * What `explain` says about the rules that prevent an error: the flat-config line, whether the rule
 * is in `recommended`, how it fixes, and its docs URL. The facts come from `RULE_META`, generated
 * from the built plugin by `npm run docs` (scripts/cli-rule-meta.js; a test and `npm run lint` check
 * it is current), so the CLI loads only the KB: importing the plugin would load
 * `@typescript-eslint/utils` and every rule, which costs several times the lookup itself.
 */
import { RULE_META } from './rule-meta.js';

export interface RuleInfo {
  /** Rule id without the prefix, as in the KB's `rules` field. */
  id: string;
  /** `openai/<id>`. */
  name: string;
  /** The entry that turns the rule on in an `eslint.config.js` `rules` object. */
  configLine: string;
  /** False when this version of the plugin has no rule with that id. */
  known: boolean;
  /** The plugin's configs that turn the rule on (`recommended`, `all`, ...). */
  configs: string[];
  recommended: boolean;
  fixable: boolean;
  hasSuggestions: boolean;
  docs: string | null;
}

/** Rule facts for the KB's rule ids, in the order given. */
export function ruleInfo(ids: readonly string[]): RuleInfo[] {
  return ids.map((id) => {
    const meta = Object.hasOwn(RULE_META, id) ? RULE_META[id] : undefined;
    return {
      id,
      name: `openai/${id}`,
      configLine: `'openai/${id}': 'error'`,
      known: meta !== undefined,
      configs: meta ? [...meta.configs] : [],
      recommended: meta?.configs.includes('recommended') ?? false,
      fixable: meta?.fixable ?? false,
      hasSuggestions: meta?.hasSuggestions ?? false,
      docs: meta?.docs ?? null,
    };
  });
}
