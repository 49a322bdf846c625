import { createRequire } from 'node:module';
import type { RuleContext, RuleListener, RuleMetaData, RuleModule } from '@typescript-eslint/utils/ts-eslint';

export const REPOSITORY_URL = 'https://github.com/eslint-plugin-openai/eslint-plugin-openai';

/** The installed version: docs URLs point at the pages of the release tag `v<version>`. */
const { version: VERSION } = createRequire(import.meta.url)('eslint-plugin-openai/package.json') as { version: string };

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

/**
 * The context a rule's `create` is handed: ESLint's own, without `report`. A rule reports only from
 * its request checks, through the report function `onRequest` hands each check (it names what the
 * user wrote in a framework call: ./rule-kit/user-words.ts).
 */
export type RuleCreateContext<MessageIds extends string, Options extends readonly unknown[]> = Readonly<
  Omit<RuleContext<MessageIds, Options>, 'report'>
>;

/** A rule as written in `rules/`: typescript-eslint's rule shape, with a name and no docs URL yet. */
export interface RuleDefinition<Options extends readonly unknown[], MessageIds extends string> {
  name: string;
  meta: Omit<RuleMetaData<MessageIds, OpenAIRuleDocs, Options>, 'docs'> & {
    docs: Omit<OpenAIRuleDocs, 'url'> & { description: string };
  };
  defaultOptions: Options;
  create: (context: RuleCreateContext<MessageIds, Options>, options: Options) => RuleListener;
}

/**
 * The URL of a rule's page as of the installed version (the release tag, as eslint-plugin-unicorn
 * does), so an editor's "Show documentation" and SARIF's `helpUri` describe the rule that ran.
 */
export function ruleDocsUrl(name: string): string {
  return `${REPOSITORY_URL}/blob/v${VERSION}/docs/rules/${name}.md`;
}

/**
 * Our own rule creator, in place of typescript-eslint's `RuleCreator`: importing
 * `@typescript-eslint/utils` at run time would make every install pull in `typescript` (its
 * required peer). It adds the docs URL and hands `create` ESLint's context as it is (no per-file
 * copy) and, when its `create` declares a second parameter, the options. ESLint (>= 9.15) merges `meta.defaultOptions` into `context.options`
 * itself, so no per-file merge happens here; a rule keeps its `defaultOptions` field only for
 * typescript-eslint's `RuleModule` type.
 */
export function createRule<Options extends readonly unknown[], MessageIds extends string>(
  rule: RuleDefinition<Options, MessageIds>,
): RuleModule<MessageIds, Options, OpenAIRuleDocs> {
  const { name, meta, defaultOptions, create } = rule;
  return {
    name,
    meta: { ...meta, docs: { ...meta.docs, url: ruleDocsUrl(name) } } as RuleMetaData<MessageIds, OpenAIRuleDocs, Options>,
    defaultOptions,
    // A rule whose `create` takes no options is ESLint's `create` itself (no wrapper call per file).
    create: create.length > 1 ? (context) => create(context, context.options) : (create as unknown as RuleModule<MessageIds, Options, OpenAIRuleDocs>['create']),
  };
}

/** Message text that ends with the KB id, as every report does. */
export function kbMessage(text: string, kbId: string): string {
  return `${text} (KB ${kbId})`;
}
