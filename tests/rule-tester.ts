// Shared rule testers. Import these instead of constructing a RuleTester in each test file.
import { createRequire } from 'node:module';
import { RuleTester } from '@typescript-eslint/rule-tester';
import type { RunTests, TestLanguageOptions } from '@typescript-eslint/rule-tester';
import type { Parser, RuleModule } from '@typescript-eslint/utils/ts-eslint';

/**
 * Report messages that name a model leave a `{{modelNote}}` slot after it, which the rule kit fills
 * (src/rule-kit/user-words.ts): empty, except for a model a framework sends by default. A case that
 * gives `data` without `modelNote` expects it empty; a case about a framework default gives it.
 */
export class ModelNoteRuleTester extends RuleTester {
  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    const messages = rule.meta.messages as Record<string, string>;
    const withNote = <T extends (typeof tests.invalid)[number]>(test: T): T => ({
      ...test,
      errors: test.errors.map((error) =>
        error.messageId !== undefined && error.data !== undefined && !('modelNote' in error.data) && messages[error.messageId]?.includes('{{modelNote}}')
          ? { ...error, data: { ...error.data, modelNote: '' } }
          : error,
      ),
    });
    super.run(ruleName, rule, { ...tests, invalid: tests.invalid.map(withNote) });
  }
}

/** TypeScript and modern ESM, parsed with `@typescript-eslint/parser` (default file name `file.ts`). */
export const ruleTester = new ModelNoteRuleTester({
  languageOptions: {
    parserOptions: {
      ecmaVersion: 'latest',
      sourceType: 'module',
    },
  },
});

// The espree that ESLint itself uses, so parser and linter versions always match.
const requireFromEslint = createRequire(createRequire(import.meta.url).resolve('eslint/package.json'));
const espree = requireFromEslint('espree') as Parser.LooseParserModule;

/**
 * @typescript-eslint/rule-tester deep-merges a parser given to its constructor into its default
 * `@typescript-eslint/parser` (whose `parseForESLint` then wins), so espree is set on each test case
 * instead, where the tester uses it as is and ESLint recognises it as espree.
 */
class EspreeRuleTester extends ModelNoteRuleTester {
  override run<MessageIds extends string, Options extends readonly unknown[]>(
    ruleName: string,
    rule: RuleModule<MessageIds, Options>,
    tests: RunTests<MessageIds, Options>,
  ): void {
    const withEspree = <T extends { readonly languageOptions?: TestLanguageOptions }>(test: T): T => {
      // With espree, ESLint takes the source type from `languageOptions.sourceType`, which test cases
      // cannot set in this tester's types; lift `parserOptions.sourceType` there instead.
      const sourceType = test.languageOptions?.parserOptions?.sourceType;
      return {
        ...test,
        languageOptions: { ...test.languageOptions, ...(sourceType && { sourceType }), parser: espree },
      };
    };
    super.run(ruleName, rule, {
      ...tests,
      valid: tests.valid.map((test) => withEspree(typeof test === 'string' ? { code: test } : test)),
      invalid: tests.invalid.map(withEspree),
    });
  }
}

/**
 * Plain JavaScript, CommonJS by default, parsed with ESLint's default parser espree (default file name
 * `file.js`). For an ES module case set `languageOptions: { parserOptions: { sourceType: 'module' } }`.
 */
export const jsRuleTester = new EspreeRuleTester({
  defaultFilenames: { ts: 'file.js', tsx: 'react.jsx' },
  languageOptions: {
    ecmaVersion: 'latest',
    sourceType: 'commonjs',
  },
});
