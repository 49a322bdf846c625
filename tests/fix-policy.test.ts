/**
 * The fix policy (README "Fixes"), as a table and a test. An autofix (`eslint --fix`) is allowed
 * only where the request fails on every known path (on High-confidence facts), the edit is local to
 * the call, no comment is lost, and the edit removes or renames only what the API refuses
 * outright. Everything else, above all any edit that changes sampling, output or which features a
 * working request uses, is a suggestion. This file lists, per rule, the reports that may carry an
 * autofix and why; the test lints every ❌ example of the docs and every file of `examples/` and
 * fails on an autofix the table does not allow, and on a rule whose `meta.fixable` disagrees.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';
import { rules } from '../rules/index.js';

const root = fileURLToPath(new URL('..', import.meta.url));

/** rule → messageId → why an autofix is allowed for that report. */
export const AUTOFIX_POLICY: Readonly<Record<string, Readonly<Record<string, string>>>> = {
  'no-unsupported-logprobs': {
    chat: '`logprobs`/`top_logprobs` that the model refuses on every path (HTTP 400/403): removed; the request returned no logprobs anyway',
    responsesTopLogprobs: 'the same for `top_logprobs` on the Responses API',
    responsesInclude: "the same for the `'message.output_text.logprobs'` include entry",
  },
  'no-unsupported-max-tokens': {
    maxTokens: '`max_tokens` renamed to `max_completion_tokens`, the name the error asks for; the value is kept',
  },
  'no-unsupported-sampling-params': {
    alwaysRejected: '`stop` / `logit_bias`, refused by reasoning models at every effort: removed (no effort setting makes them pass)',
  },
  'no-chat-params-in-responses-api': {
    outputCap: '`max_tokens` / `max_completion_tokens` renamed to `max_output_tokens`, the Responses name; the value is kept',
    reasoningEffort: "`reasoning_effort` moved to `reasoning.effort`, where the API's error says it moved; the value is kept",
  },
  'no-removed-beta-methods': {
    removedBeta: '`beta.` dropped from a method that openai v5+ (installed or declared) moved out of beta: the same method and request',
  },
  'valid-response-format': {
    invalidType: "a `type` value the API refuses replaced by the one it obviously stands for (`'json'` → `'json_object'`)",
    notAnObject: "a bare string replaced by the object it names (`'json_object'` → `{ type: 'json_object' }`)",
  },
};

function incorrectExamples(markdown: string): string[] {
  const examples: string[] = [];
  let inIncorrect = false;
  let block: string[] | null = null;
  for (const line of markdown.split(/\r?\n/)) {
    if (/^#{2,4} /.test(line)) inIncorrect = /❌/.test(line);
    if (block) {
      if (/^```\s*$/.test(line)) {
        examples.push(block.join('\n'));
        block = null;
      } else block.push(line);
      continue;
    }
    if (inIncorrect && /^```(ts|js|typescript|javascript)\s*$/.test(line)) block = [];
  }
  return examples;
}

function sources(): Array<{ name: string; code: string }> {
  const out: Array<{ name: string; code: string }> = [];
  const docs = join(root, 'docs', 'rules');
  for (const file of readdirSync(docs)) {
    incorrectExamples(readFileSync(join(docs, file), 'utf8')).forEach((code, i) => out.push({ name: `${file} ❌${i + 1}`, code }));
  }
  const examples = join(root, 'examples', 'src');
  for (const file of readdirSync(examples)) out.push({ name: `examples/src/${file}`, code: readFileSync(join(examples, file), 'utf8') });
  return out;
}

const ALL_RULES = Object.fromEntries(Object.keys(rules).map((id) => [`openai/${id}`, 'error' as const]));
// A file next to an installed openai 5.x, so the version-dependent rule can autofix.
const FILE = join(root, 'tests', 'fixtures', 'sdk-v5', 'example.ts');

describe('fix policy', () => {
  it('marks exactly the rules of the table as fixable', () => {
    const fixable = Object.entries(rules)
      .filter(([, rule]) => rule.meta.fixable !== undefined)
      .map(([id]) => id)
      .sort();
    expect(fixable).toEqual(Object.keys(AUTOFIX_POLICY).sort());
  });

  it('states the policy on every rule page, and says whether the rule autofixes', () => {
    for (const [id, rule] of Object.entries(rules)) {
      const page = readFileSync(join(root, 'docs', 'rules', `${id}.md`), 'utf8');
      const section = /\n## Fixes\n\n([^\n]+)\n/.exec(page)?.[1];
      expect(section, `${id}: ## Fixes`).toBeDefined();
      expect(section, id).toContain("The plugin's [fix policy](../../README.md#fixes): an autofix only when the request fails on every known path on High-confidence facts");
      expect(section?.startsWith(rule.meta.fixable ? 'Autofix' : 'No autofix'), `${id}: ${section?.slice(0, 40)}`).toBe(true);
    }
  });

  it('never autofixes where the policy says suggestion', () => {
    const seen = new Set<string>();
    const linter = new Linter();
    for (const { name, code } of sources()) {
      const messages = linter.verify(
        code,
        [{ files: ['**/*.ts'], languageOptions: { parser: tsParser }, plugins: { openai: plugin }, rules: ALL_RULES, settings: { openai: { date: '2026-12-04' } } }],
        FILE,
      );
      for (const m of messages) {
        expect(m.fatal, `${name}: ${m.message}`).toBeFalsy();
        if (!m.fix) continue;
        const rule = (m.ruleId ?? '').replace(/^openai\//, '');
        const allowed = AUTOFIX_POLICY[rule] ?? {};
        expect(Object.keys(allowed), `${name}: autofix for ${rule} ${m.messageId}`).toContain(m.messageId);
        seen.add(`${rule}:${m.messageId}`);
      }
    }
    // The corpus exercises the policy: autofixes occur, and of several kinds.
    expect(seen.size).toBeGreaterThanOrEqual(4);
  });
});
