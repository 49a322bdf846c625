// Collects the messages the rules print, with realistic data: every invalid case of every rule test
// (tests/rules/*.test.ts, loaded with a recording stand-in for the shared rule testers) linted again
// with ESLint's Linter, plus the example project that `npm run demo` lints. Used by
// tests/messages/lengths.test.ts.
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import type { ESLint } from 'eslint';
import { rules } from '../../rules/index.js';
import plugin from '../../index.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

const requireFromEslint = createRequire(createRequire(import.meta.url).resolve('eslint/package.json'));
const espree = requireFromEslint('espree') as Linter.Parser;

/** One invalid case as a rule test gives it to `run`. */
export interface RecordedCase {
  code: string;
  filename?: string;
  options?: readonly unknown[];
  settings?: Record<string, unknown>;
  languageOptions?: { parser?: unknown; parserOptions?: Record<string, unknown>; [key: string]: unknown };
}

export interface RecordedRun {
  tester: 'ts' | 'js';
  ruleName: string;
  invalid: RecordedCase[];
}

/** Filled by the mocked rule testers while the rule test files load. */
export const recorded: RecordedRun[] = [];

/** What the mocked `ruleTester` / `jsRuleTester` do: keep the cases, run nothing. */
export function recordingTester(tester: 'ts' | 'js') {
  return {
    run(label: string, rule: unknown, tests: { invalid: RecordedCase[] }): void {
      // By name: the rule test files load their own copies of the rule modules.
      const name = (rule as { name?: unknown }).name;
      const ruleName = typeof name === 'string' && Object.hasOwn(rules, name) ? name : undefined;
      if (!ruleName) throw new Error(`${label}: not a rule of the plugin`);
      recorded.push({ tester, ruleName, invalid: tests.invalid });
    },
  };
}

export interface PrintedMessage {
  source: string;
  ruleId: string;
  messageId: string;
  message: string;
}

const ALL_FILES = ['**/*.{js,mjs,cjs,jsx,ts,mts,cts,tsx}'];

function pluginWith(ruleName: string): ESLint.Plugin {
  return { rules: { [ruleName]: (rules as Record<string, unknown>)[ruleName] } } as unknown as ESLint.Plugin;
}

/** Lints every recorded invalid case again and returns what each report printed. */
export function messagesFromRuleTests(): PrintedMessage[] {
  // From the root, so cases with an absolute file name (a scratch project in the OS temp folder) match too.
  const linter = new Linter({ configType: 'flat', cwd: '/' });
  const out: PrintedMessage[] = [];
  for (const run of recorded) {
    run.invalid.forEach((test, index) => {
      const ts = run.tester === 'ts';
      const { parserOptions, ...rest } = test.languageOptions ?? {};
      const sourceType = (parserOptions?.sourceType as string | undefined) ?? (ts ? 'module' : 'commonjs');
      const config: Linter.Config = {
        files: ALL_FILES,
        plugins: { t: pluginWith(run.ruleName) },
        rules: { [`t/${run.ruleName}`]: ['error', ...(test.options ?? [])] as Linter.RuleEntry },
        languageOptions: {
          ecmaVersion: 'latest',
          sourceType: sourceType as 'module' | 'commonjs',
          ...rest,
          parser: ts ? (tsParser as Linter.Parser) : espree,
          ...(ts && { parserOptions: { ecmaVersion: 'latest', sourceType, ...parserOptions } }),
        },
        ...(test.settings && { settings: test.settings }),
      };
      const filename = test.filename ?? (ts ? 'file.ts' : 'file.js');
      for (const message of linter.verify(test.code, [config], filename)) {
        if (message.fatal || !message.ruleId) throw new Error(`${run.ruleName} invalid case ${index}: ${message.message}`);
        out.push({ source: `${run.ruleName}#${index}`, ruleId: run.ruleName, messageId: message.messageId ?? '', message: message.message });
      }
    });
  }
  return out;
}

/**
 * Report messages no rule test case reaches today, with a realistic trigger each: the messages test
 * requires every report message to be rendered at least once.
 */
const EXTRA_CASES: ReadonlyArray<{ rule: string; code: string; settings: Record<string, unknown> }> = [
  {
    // A model a user lists as shut down without a date (`retiredAsOf`).
    rule: 'no-retired-models',
    code: "import OpenAI from 'openai';\nconst client = new OpenAI();\nclient.chat.completions.create({ model: 'acme-legacy', messages: [] });\n",
    settings: { openai: { date: '2026-12-04', models: [{ id: 'acme-legacy', reasoning: false, logprobs: true, predictedOutputs: false, retiredAsOf: '2026-06-30' }] } },
  },
];

/** The extra cases, linted. */
export function messagesFromExtraCases(): PrintedMessage[] {
  const linter = new Linter({ configType: 'flat' });
  return EXTRA_CASES.flatMap(({ rule, code, settings }, index) =>
    linter
      .verify(code, [{ files: ALL_FILES, plugins: { t: pluginWith(rule) }, rules: { [`t/${rule}`]: 'error' }, settings }], 'extra.js')
      .map((message) => {
        if (message.fatal || !message.ruleId) throw new Error(`extra case ${index}: ${message.message}`);
        return { source: `extra#${index}`, ruleId: rule, messageId: message.messageId ?? '', message: message.message };
      }),
  );
}

/** Lints examples/ as `npm run demo` does (examples/eslint.config.js, but with the source plugin). */
export function messagesFromDemo(): PrintedMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const config: Linter.Config[] = [
    { files: ['**/*.ts'], languageOptions: { parser: tsParser as Linter.Parser } },
    { files: ['**/*.js'], languageOptions: { sourceType: 'commonjs' } },
    { files: ['**/*.{js,ts}'], ...(plugin.configs.all as Linter.Config) },
    { settings: { openai: { date: '2026-11-22' } } },
  ];
  const dir = `${root}examples/src/`;
  const out: PrintedMessage[] = [];
  for (const name of readdirSync(dir).sort()) {
    const text = readFileSync(dir + name, 'utf8');
    for (const message of linter.verify(text, config, `${dir}${name}`)) {
      if (message.fatal || !message.ruleId) throw new Error(`examples/src/${name}: ${message.message}`);
      out.push({ source: `examples/src/${name}:${message.line}`, ruleId: message.ruleId.replace(/^openai\//, ''), messageId: message.messageId ?? '', message: message.message });
    }
  }
  return out;
}

export interface Distribution {
  count: number;
  median: number;
  p90: number;
  max: number;
  mean: number;
}

/** Nearest-rank percentiles of the message lengths (in UTF-16 code units, as `String#length`). */
export function distribution(lengths: readonly number[]): Distribution {
  const sorted = [...lengths].sort((a, b) => a - b);
  const rank = (p: number): number => sorted[Math.max(0, Math.ceil((p / 100) * sorted.length) - 1)];
  return {
    count: sorted.length,
    median: rank(50),
    p90: rank(90),
    max: sorted.at(-1) ?? 0,
    mean: Math.round(sorted.reduce((sum, n) => sum + n, 0) / Math.max(1, sorted.length)),
  };
}
