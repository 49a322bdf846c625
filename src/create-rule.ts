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
}

export const createRule = ESLintUtils.RuleCreator<OpenAIRuleDocs>(
  (name) => `${REPOSITORY_URL}/blob/main/docs/rules/${name}.md`,
);

/** Message text that ends with the KB id, as every report does. */
export function kbMessage(text: string, kbId: string): string {
  return `${text} (KB ${kbId})`;
}
