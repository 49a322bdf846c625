/**
 * Fix round-trips with every rule on: fixes from several rules in one call combine into code that
 * parses, converge (a second pass changes nothing), and leave no autofixable problem behind.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import plugin from '../index.js';

const config: Linter.Config[] = [
  { files: ['**/*.ts'], languageOptions: { parser: tsParser as never } },
  plugin.configs.all as unknown as Linter.Config,
];

function fixAll(code: string) {
  const linter = new Linter({ configType: 'flat' });
  const first = linter.verifyAndFix(code, config, { filename: 'file.ts' });
  const second = linter.verifyAndFix(first.output, config, { filename: 'file.ts' });
  return { first, second };
}

const pre = "import OpenAI from 'openai';\nconst client = new OpenAI();\n";

const cases: Array<[string, string]> = [
  [
    'several rules, one object, one line',
    `${pre}await client.chat.completions.create({ model: 'o3', max_tokens: 10, logprobs: true, top_logprobs: 2, stop: ['x'], logit_bias: { 1: 2 }, messages: [] });`,
  ],
  [
    'several rules, one object, multi-line with trailing comma',
    `${pre}await client.chat.completions.create({\n  model: 'gpt-5',\n  logprobs: true,\n  top_logprobs: 3,\n  max_tokens: 100,\n  stop: '\\n',\n  messages: [],\n});`,
  ],
  [
    'adjacent removals at the end without trailing comma',
    `${pre}await client.chat.completions.create({ messages: [], model: 'o4-mini', logprobs: true, top_logprobs: 1 })`,
  ],
  [
    'response_format and logprobs',
    `${pre}await client.chat.completions.create({ model: 'gpt-4o', logprobs: true, response_format: { type: 'json' }, messages: [{ role: 'user', content: 'json please' }] });`,
  ],
  [
    'string response_format',
    `${pre}await client.chat.completions.create({ model: 'gpt-4.1', response_format: 'json_object', messages: [] });`,
  ],
  [
    'responses API',
    `${pre}await client.responses.create({ model: 'o3', input: 'hi', top_logprobs: 2, include: ['message.output_text.logprobs'] });`,
  ],
];

describe('fix round-trips with configs.all', () => {
  it.each(cases)('%s', (_name, code) => {
    const { first, second } = fixAll(code);
    expect(first.messages.filter((m) => m.fatal)).toEqual([]);
    expect(first.fixed).toBe(true);
    // Converged: the second pass has nothing left to fix.
    expect(second.fixed).toBe(false);
    expect(second.output).toBe(first.output);
    expect(second.messages.filter((m) => m.fix)).toEqual([]);
  });

  it('leaves top_logprobs with a JSON response format to suggestions (no add/remove loop)', () => {
    // Found by the fuzzer: valid-top-logprobs added `logprobs: true` for `top_logprobs` (which a
    // comment keeps), no-logprobs-with-response-format removed it again, and so on. Under the fix
    // policy neither edit is an autofix (adding logprobs turns a feature on; removing it changes
    // what a request OpenAI accepts returns), so --fix changes nothing and both are suggestions.
    const code = `${pre}await client.chat.completions.create({ model: 'gpt-4o', response_format: { type: 'json_object' }, top_logprobs /* keep */: 5, messages: [] });`;
    const { first } = fixAll(code);
    expect(first.fixed).toBe(false);
    expect(first.messages.map((m) => m.ruleId)).toEqual(expect.arrayContaining(['openai/valid-top-logprobs', 'openai/no-logprobs-with-response-format']));
    // valid-top-logprobs offers to add `logprobs: true`; the commented property has no safe removal.
    expect(first.messages.filter((m) => (m.suggestions ?? []).length > 0).map((m) => m.ruleId)).toEqual(['openai/valid-top-logprobs']);
  });
});
