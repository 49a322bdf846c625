// `explain`: from a real error text, in every form it reaches a developer (the bare API message, the
// Node SDK's `400 <message>`, the Python SDK's `openai.BadRequestError: Error code: 400 - {...}`, the raw
// JSON body, and the captured log lines in real-errors.ts), to its KB entry; the output; no match; bad
// input. Runs the CLI's `main` in-process (tests/cli/bin.test.ts runs the built bin once).
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { KB_ENTRIES } from '../../src/kb/index.js';
import type { KbEntry } from '../../src/kb/index.js';
import { RULE_META } from '../../src/cli/rule-meta.js';
import { clientForms } from './forms.js';
import { CAPTURED, FEWER_THAN_THREE, NOT_REAL_SIGNATURES } from './real-errors.js';
import { explainJson, run } from './run.js';

const { version: VERSION } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** A real text in each form it is met in; an SDK form only where the error has an HTTP status. */
function forms(entry: KbEntry, text: string): Record<string, string> {
  return clientForms({ status: entry.http_status, param: entry.param, code: entry.code }, text);
}

function realTexts(entry: KbEntry): string[] {
  return entry.signatures.filter((signature) => !NOT_REAL_SIGNATURES.has(signature));
}

describe('every KB entry has real error texts that explain resolves to it', () => {
  describe.each(KB_ENTRIES.map((entry) => [entry.id, entry] as const))('%s', (id, entry) => {
    it('has at least three distinct real texts, or is listed with the reason it cannot', () => {
      const count = realTexts(entry).length;
      if (id in FEWER_THAN_THREE) expect(count, `${id} is listed in FEWER_THAN_THREE but has ${count} texts`).toBeLessThan(3);
      else expect(count, `${id}: ${count} real error text(s)`).toBeGreaterThanOrEqual(3);
    });

    it.each(realTexts(entry))('%s', async (text) => {
      for (const [form, input] of Object.entries(forms(entry, text))) {
        const { code, json } = await explainJson(input);
        expect({ form, code, id: json.entry?.id }).toEqual({ form, code: 0, id });
        expect(json.text, form).toContain(text.slice(0, 20));
      }
    });
  });

  it.each(CAPTURED.map((captured) => [captured.source, captured] as const))('captured at %s', async (_source, captured) => {
    const { code, json } = await explainJson(captured.text);
    expect(code).toBe(0);
    expect(json.entry?.id).toBe(captured.id);
  });
});

describe('explain output', () => {
  const maxTokens = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";

  it('prints what it means, the fix, dead ends, the rule and how to enable it', async () => {
    const { code, stdout, stderr } = await run(['explain', `400 ${maxTokens}`]);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.split('\n');
    expect(lines[0]).toBe('llm/openai-max-tokens-reasoning-model');
    expect(lines[2]).toBe('HTTP 400 · param `max_tokens` · code `unsupported_parameter` · confidence high');
    for (const heading of ['Your error', 'What it means', 'Fix', 'Dead ends (these do not help)', 'Rule that prevents it', 'Read more']) {
      expect(lines).toContain(heading);
    }
    expect(stdout).toContain('  1. Rename the parameter to `max_completion_tokens`.');
    expect(stdout).toContain("       await client.chat.completions.create({ model: 'o3', max_completion_tokens: 4000, messages });");
    expect(stdout).toContain('  openai/no-unsupported-max-tokens (in `recommended`)');
    expect(stdout).toContain(
      `    docs:  https://github.com/eslint-plugin-openai/eslint-plugin-openai/blob/v${VERSION}/docs/rules/no-unsupported-max-tokens.md`,
    );
    expect(stdout).toContain("    import openai from 'eslint-plugin-openai';\n    export default [openai.configs.recommended];\n");
    // Wrapped for a terminal, code lines excepted.
    for (const line of lines) if (!line.startsWith('       ') && !line.includes('https://')) expect(line.length).toBeLessThanOrEqual(100);
  });

  it('shows an opt-in rule with the config line that enables it', async () => {
    const { code, stdout } = await run(['explain', 'Unrecognized request argument supplied: logprobs']);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('llm/logprobs-request-fails-on-structured-output');
    expect(stdout).toContain('confidence low');
    expect(stdout).toContain('  openai/no-logprobs-with-response-format (opt-in: not in `recommended`; in `all`');
    expect(stdout).toContain(
      "    export default [openai.configs.recommended, { rules: { 'openai/no-logprobs-with-response-format': 'error' } }];",
    );
  });

  it('--json prints the entry, its rules with their config line, and the matched text', async () => {
    const { code, json } = await explainJson(`openai.BadRequestError: Error code: 400 - {'error': {'message': "${maxTokens}"}}`);
    expect(code).toBe(0);
    expect(json.matched).toBe(true);
    expect(json.text).toBe(maxTokens);
    expect(json.entry).toEqual(KB_ENTRIES.find((entry) => entry.id === 'llm/openai-max-tokens-reasoning-model'));
    expect(json.rules).toEqual([
      expect.objectContaining({
        id: 'no-unsupported-max-tokens',
        name: 'openai/no-unsupported-max-tokens',
        configLine: "'openai/no-unsupported-max-tokens': 'error'",
        known: true,
        recommended: true,
        docs: `https://github.com/eslint-plugin-openai/eslint-plugin-openai/blob/v${VERSION}/docs/rules/no-unsupported-max-tokens.md`,
      }),
    ]);
    expect(json.also).toEqual([]);
  });

  it('names every rule of every entry from the generated rule facts', async () => {
    for (const entry of KB_ENTRIES) {
      const { stdout } = await run(['kb', '--json', entry.id]);
      const json = JSON.parse(stdout) as { rules: { id: string; known: boolean }[] };
      expect(json.rules.map((rule) => rule.id)).toEqual(entry.rules);
      for (const rule of json.rules) expect(rule.known, `${entry.id} → ${rule.id} in RULE_META`).toBe(rule.id in RULE_META);
    }
  });

  it('lists the other entries a text also matches', async () => {
    const text = `Model incompatible request arguments supplied: temperature\n${maxTokens}`;
    const { json } = await explainJson(text);
    expect(json.entry?.id).toBe('llm/openai-max-tokens-reasoning-model');
    expect(json.also).toEqual(['llm/openai-search-preview-sampling-parameters']);
  });

  it('finds the error inside a JSON body escaped in a log line, behind terminal colours, with typographic quotes', async () => {
    const escaped = `\u001b[31mERROR\u001b[0m upstream said "{\\"error\\":{\\"message\\":\\"Unsupported parameter: 'prediction' is not supported with this model.\\"}}"`;
    expect((await explainJson(escaped)).json.entry?.id).toBe('llm/openai-predicted-outputs-limitations');
    const curly = 'Invalid type for \u2018response_format\u2019: expected an object, but got a string instead.';
    expect((await explainJson(curly)).json.entry?.id).toBe('llm/openai-response-format-not-an-object');
    const gateway = JSON.stringify({ error: { message: JSON.stringify({ error: { message: 'You are not allowed to request logprobs from this model' } }) } });
    expect((await explainJson(gateway)).json.entry?.id).toBe('llm/openai-reasoning-model-logprobs');
  });

  it('reads the text from stdin, with or without "-"', async () => {
    for (const argv of [['explain'], ['explain', '-']]) {
      const { code, stdout } = await run(argv, `400 ${maxTokens}\n`);
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe('llm/openai-max-tokens-reasoning-model');
    }
    const chunks = [Buffer.from('{"error": {"message": "Unsupported '), Buffer.from("parameter: 'max_tokens' is not supported with this model.\"}}")];
    expect((await run(['explain', '--json'], chunks)).code).toBe(0);
  });

  it('prompts on stderr when stdin is a terminal', async () => {
    const { code, stderr } = await run(['explain'], maxTokens, { isTTY: true });
    expect(code).toBe(0);
    expect(stderr).toMatch(/^Paste the error text, then press Ctrl-D/);
  });
});

describe('explain without a match', () => {
  it('exits 1 and lists the closest entries by shared words', async () => {
    const { code, stdout } = await run(['explain', "Unsupported parameter: 'logprobs' is not allowed for reasoning here"]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^No KB entry matches this error\.\n/);
    expect(stdout).toContain('Closest entries (by shared words):');
    const closest = stdout.split('\n').filter((line) => /^ {2}llm\//.test(line));
    expect(closest.length).toBeGreaterThan(0);
    expect(closest.length).toBeLessThanOrEqual(3);
    expect(closest[0]).toMatch(/^ {2}llm\/openai-reasoning-model-logprobs +shares: (logprobs, reasoning|reasoning, logprobs)$/);
  });

  it('--json gives the closest entries with their shared words', async () => {
    const { code, json } = await explainJson("The 'logprobs' parameter is only allowed when 'stream' is enabled.");
    expect(code).toBe(1);
    expect(json.matched).toBe(false);
    expect(json.closest?.length).toBeGreaterThan(0);
    for (const closest of json.closest ?? []) {
      // "parameter", "only", "allowed", "when" never count.
      expect(closest.shared.length).toBeGreaterThanOrEqual(1);
      for (const word of closest.shared) expect(['logprobs', 'stream', 'enabled']).toContain(word);
      expect(KB_ENTRIES.map((entry) => entry.id)).toContain(closest.id);
    }
  });

  it('offers nothing when no entry shares two words with the text', async () => {
    const { code, stdout } = await run(['explain', 'Rate limit reached for requests']);
    expect(code).toBe(1);
    expect(stdout).toContain('No entry is close to it either. List all: npx eslint-plugin-openai kb');
  });
});

describe('explain on bad input: a message and exit code 2, never a stack trace', () => {
  const cases: [string, string[], string | Buffer | Buffer[], RegExp][] = [
    ['empty argument', ['explain', ''], [], /the input is empty/],
    ['whitespace only', ['explain', ' \n\t '], [], /the input is empty/],
    ['empty stdin', ['explain'], [], /the input is empty/],
    ['only terminal colour codes', ['explain', '\u001b[31m\u001b[0m'], [], /the input is empty/],
    ['NUL bytes', ['explain'], Buffer.from([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x00, 0x00]), /NUL bytes/],
    ['invalid UTF-8', ['explain'], Buffer.from(Array.from({ length: 200 }, (_, i) => 0x80 + (i % 60))), /not text/],
    ['over 1 MB on stdin', ['explain'], [Buffer.alloc(700_000, 'a'), Buffer.alloc(700_000, 'a')], /at most 1\.0 MB/],
    ['over 1 MB as an argument', ['explain', 'x'.repeat(1024 * 1024 + 1)], [], /the input is 1\.0 MB; explain reads at most 1\.0 MB/],
    ['unknown command', ['expain', 'x'], [], /unknown command 'expain'\. Commands: explain, kb, help, version\./],
    ['unknown option', ['explain', '--jsn', 'x'], [], /unknown option '--jsn'/],
    ['kb with two ids', ['kb', 'a', 'b'], [], /kb takes at most one id/],
  ];
  it.each(cases)('%s', async (_name, argv, stdin, message) => {
    const { code, stdout, stderr } = await run(argv, stdin);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toMatch(message);
    expect(stderr).not.toMatch(/\n\s+at /);
    expect(stderr.split('\n').length).toBeLessThanOrEqual(3);
  });

  it('takes error text that starts with "-" after "--"', async () => {
    const { code } = await run(['explain', '--', "-- Unsupported parameter: 'max_tokens' is not supported with this model."]);
    expect(code).toBe(0);
  });
});

describe('explain stays linear on 1 MB of adversarial input', () => {
  const size = 1024 * 1024 - 16;
  const fill = (fragment: string) => fragment.repeat(Math.ceil(size / fragment.length)).slice(0, size);
  const inputs: [string, string][] = [
    ['quotes', fill("'")],
    ['message keys', fill('"message": "')],
    ['python message keys', fill("{'message': '")],
    ['escaped keys', fill('\\"message\\":\\"')],
    ['backslashes', fill('\\')],
    ['dots and underscores', fill('._')],
    ['one long word', `${fill('a').slice(1)}.`],
    ['SDK prefix then filler', `openai.BadRequestError: Error code: 400 - ${fill('x').slice(50)}`],
    ['ANSI escapes', fill('\u001b[')],
    ['whitespace', fill(' \n\t x')],
    ['signature prefixes', fill("Unsupported parameter: '")],
    ['unclosed body', `{"error": {"message": "${fill('Invalid value: ').slice(40)}`],
  ];
  it.each(inputs)('%s', async (_name, input) => {
    expect(Buffer.byteLength(input)).toBeLessThanOrEqual(1024 * 1024);
    const start = performance.now();
    const { code, stderr } = await run(['explain', '--json'], input);
    const elapsed = performance.now() - start;
    expect(stderr).toBe('');
    expect([0, 1]).toContain(code);
    expect(elapsed).toBeLessThan(3000);
  });
});

describe.each(KB_ENTRIES.map((entry) => [entry.id, entry] as const))('explain on 1 MB built from the error texts of %s', (_id, entry) => {
  it('answers in linear time', async () => {
    const size = 1024 * 1024 - 16;
    for (const signature of entry.signatures) {
      const head = signature.slice(0, Math.max(1, Math.floor(signature.length * 0.6)));
      for (const input of [head.repeat(Math.ceil(size / head.length)).slice(0, size), `${head}${"'".repeat(size - head.length)}`]) {
        const start = performance.now();
        const { code } = await run(['explain', '--json'], input);
        expect([0, 1]).toContain(code);
        expect(performance.now() - start).toBeLessThan(3000);
      }
    }
  });
});

describe('README', () => {
  it('shows the real output of its explain example', async () => {
    const { readFileSync } = await import('node:fs');
    const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');
    const sample = /```text\n\$ npx eslint-plugin-openai explain "([^\n]*)"\n([\s\S]*?)```/.exec(readme);
    expect(sample, 'README.md has a ```text block starting with `$ npx eslint-plugin-openai explain "..."`').not.toBeNull();
    const { code, stdout } = await run(['explain', sample![1]]);
    expect(code).toBe(0);
    // The README shows the first lines of the output, then "…".
    const shown = sample![2].split('\n');
    expect(shown.at(-2)).toBe('…');
    expect(stdout.startsWith(shown.slice(0, -2).join('\n') + '\n')).toBe(true);
    expect(shown.length).toBeGreaterThan(3);
  });
});
