import { readFileSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import ts from 'typescript';
import { describe, it, expect } from 'vitest';
import { KB_ENTRIES, KB_IDS, getKbEntry, matchKbEntries } from '../src/kb/index.js';
import type { KbEntry } from '../src/kb/index.js';
import { ERROR_CLASS, pyRepr } from './cli/forms.js';

const EXPECTED_IDS = [
  'llm/logprobs-request-fails-on-structured-output',
  'llm/openai-structured-output-enum-violation',
  'llm/openai-response-format-not-an-object',
  'llm/openai-response-format-missing-parameter',
  'llm/openai-reasoning-model-logprobs',
  'llm/openai-reasoning-model-sampling-parameters',
  'llm/openai-search-preview-sampling-parameters',
  'llm/openai-max-tokens-reasoning-model',
  'llm/openai-predicted-outputs-limitations',
  'llm/openai-model-retired',
  'llm/openai-node-removed-beta-chat-methods',
  'llm/openai-strict-json-schema-invalid',
  'llm/openai-responses-unsupported-chat-parameter',
  'llm/openai-top-logprobs-without-logprobs',
  'llm/openai-top-logprobs-out-of-range',
  'llm/openai-top-logprobs-effort-none-cap',
  'llm/openai-stream-settings-without-stream',
  'llm/openai-json-mode-missing-json-word',
  'llm/framework-setting-dropped',
  'llm/openai-reasoning-effort-unsupported',
];

const SEED_IDS = ['llm/logprobs-request-fails-on-structured-output', 'llm/openai-structured-output-enum-violation'];

/**
 * Signatures of one entry that another entry's regex also matches, as `owner <- matcher: signature`.
 * None is intended today: each real error text points at exactly one entry.
 */
const EXPECTED_CROSS_MATCHES: string[] = [];

/** How openai-node prints an APIError: `<status> <message>` (a client-side failure: `TypeError: <message>`). */
function nodeSdk(entry: KbEntry, text: string): string {
  if (entry.http_status === null) return `TypeError: ${text}`;
  return `${entry.http_status} ${text}`;
}

/** How openai-python prints an APIStatusError (a client-side failure, which Python never sees: as `tsc` prints it). */
function pythonSdk(entry: KbEntry, text: string): string {
  if (entry.http_status === null) return `file.ts(3,20): error TS0000: ${text}`;
  const cls = ERROR_CLASS[entry.http_status] ?? 'APIStatusError';
  return `openai.${cls}: Error code: ${entry.http_status} - {'error': {'message': ${pyRepr(text)}, 'type': 'invalid_request_error'}}`;
}

function compile(entry: KbEntry): RegExp {
  return new RegExp(entry.regex, 'i');
}

function isValidDate(value: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value)) return false;
  const date = new Date(`${value}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().slice(0, 10) === value;
}

function repeatTo(fragment: string, size: number): string {
  return fragment.repeat(Math.ceil(size / Math.max(fragment.length, 1)));
}

describe('KB entries: shape', () => {
  it('has exactly the expected ids, in order', () => {
    expect(KB_ENTRIES.map((entry) => entry.id)).toEqual(EXPECTED_IDS);
    expect(KB_IDS).toEqual(EXPECTED_IDS);
  });

  it('has unique ids of the form llm/<slug>', () => {
    expect(new Set(KB_IDS).size).toBe(KB_IDS.length);
    for (const id of KB_IDS) expect(id).toMatch(/^llm\/[a-z0-9]+(?:-[a-z0-9]+)*$/);
  });

  it('keeps both seed ids', () => {
    for (const id of SEED_IDS) expect(KB_IDS).toContain(id);
  });

  describe.each(KB_ENTRIES.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    it('has a title, a root cause, workarounds and dead ends', () => {
      expect(entry.title.trim()).not.toBe('');
      expect(entry.root_cause.trim()).not.toBe('');
      expect(entry.workarounds.length).toBeGreaterThanOrEqual(1);
      for (const workaround of entry.workarounds) {
        expect(workaround.action.trim()).not.toBe('');
        if (workaround.how !== undefined) expect(workaround.how.trim()).not.toBe('');
      }
      for (const deadEnd of entry.dead_ends) {
        expect(deadEnd.action.trim()).not.toBe('');
        expect(deadEnd.why_fails.trim()).not.toBe('');
      }
    });

    it('lists its primary signature among at least one distinct signature', () => {
      expect(entry.signatures.length).toBeGreaterThanOrEqual(1);
      expect(entry.signatures).toContain(entry.signature);
      expect(new Set(entry.signatures).size).toBe(entry.signatures.length);
      for (const signature of entry.signatures) expect(signature.trim()).toBe(signature);
    });

    it('cites https evidence and an https OpenAI doc', () => {
      expect(entry.evidence.length).toBeGreaterThanOrEqual(1);
      for (const evidence of entry.evidence) {
        expect(evidence.url).toMatch(/^https:\/\/\S+$/);
        expect(evidence.note.trim()).not.toBe('');
      }
      expect(new Set(entry.evidence.map((e) => e.url)).size).toBe(entry.evidence.length);
      expect(entry.official_doc_url).toMatch(/^https:\/\/(?:developers|platform)\.openai\.com\/\S+$/);
    });

    it('has a valid last_checked date, a confidence, an HTTP status and rule ids', () => {
      expect(isValidDate(entry.last_checked)).toBe(true);
      expect(['high', 'medium', 'low']).toContain(entry.confidence);
      // `null`: the failure happens in the client before any request (an SDK method that no longer exists).
      if (entry.http_status !== null) {
        expect(entry.http_status).toBeGreaterThanOrEqual(400);
        expect(entry.http_status).toBeLessThan(600);
      }
      expect(entry.rules.length).toBeGreaterThanOrEqual(1);
      for (const rule of entry.rules) expect(rule).toMatch(/^[a-z]+(?:-[a-z0-9]+)*$/);
    });
  });

  it('states the seed corrections the evidence requires', () => {
    expect(getKbEntry('llm/logprobs-request-fails-on-structured-output')?.seed_correction).toBeTruthy();
    expect(getKbEntry('llm/logprobs-request-fails-on-structured-output')?.confidence).toBe('low');
    expect(getKbEntry('llm/openai-structured-output-enum-violation')?.seed_correction).toBeTruthy();
    expect(getKbEntry('llm/openai-reasoning-model-logprobs')?.seed_correction).toBeTruthy();
  });
});

describe('KB entries: regexes', () => {
  describe.each(KB_ENTRIES.map((entry) => [entry.id, entry] as const))('%s', (_id, entry) => {
    it('compiles with the i flag', () => {
      expect(() => compile(entry)).not.toThrow();
    });

    it.each(entry.signatures)('matches %j raw and wrapped by the Node and Python SDKs', (signature) => {
      const re = compile(entry);
      expect(re.test(signature)).toBe(true);
      expect(re.test(nodeSdk(entry, signature))).toBe(true);
      expect(re.test(pythonSdk(entry, signature))).toBe(true);
      expect(re.test(signature.toUpperCase())).toBe(true);
    });

    it('runs in linear time on 1 MB of adversarial input', () => {
      const re = compile(entry);
      const size = 1_000_000;
      const inputs: string[] = ['a'.repeat(size), "'".repeat(size), ' '.repeat(size), repeatTo("'a", size)];
      for (const signature of entry.signatures) {
        const head = signature.slice(0, Math.max(1, Math.floor(signature.length * 0.6)));
        inputs.push(repeatTo(head, size));
        inputs.push(repeatTo(signature.slice(0, -1), size));
        inputs.push(head + 'x'.repeat(size));
        inputs.push(head + "'".repeat(size));
      }
      for (const input of inputs) {
        const start = performance.now();
        re.exec(input);
        const elapsed = performance.now() - start;
        expect(elapsed).toBeLessThan(500);
      }
    });
  });

  it('matches no signature of another entry beyond the expected set', () => {
    const crossMatches: string[] = [];
    for (const owner of KB_ENTRIES) {
      for (const signature of owner.signatures) {
        for (const other of KB_ENTRIES) {
          if (other === owner) continue;
          if (compile(other).test(signature)) crossMatches.push(`${owner.id} <- ${other.id}: ${signature}`);
        }
      }
    }
    expect(crossMatches).toEqual(EXPECTED_CROSS_MATCHES);
  });

  it.each([
    "Invalid value: 'bogus'. Supported values are: 'system', 'assistant', 'user', 'function', 'tool', and 'developer'.",
    "Invalid value: 'bogus'. Supported values are: 'low', 'medium', and 'high'.",
    "Unknown parameter: 'reasoning'.",
    "Missing required parameter: 'messages[0].role'.",
    "Unsupported parameter: 'reasoning.effort' is not supported with this model.",
    'Rate limit reached for gpt-4o in organization org-x on tokens per min (TPM).',
  ])('matches no entry for the unrelated error %j', (text) => {
    expect(matchKbEntries(text)).toEqual([]);
  });
});

describe('getKbEntry', () => {
  it('returns the entry for every id', () => {
    for (const entry of KB_ENTRIES) expect(getKbEntry(entry.id)).toBe(entry);
  });

  it('returns undefined for an unknown id', () => {
    expect(getKbEntry('llm/does-not-exist')).toBeUndefined();
    expect(getKbEntry('')).toBeUndefined();
    expect(getKbEntry('LLM/OPENAI-MAX-TOKENS-REASONING-MODEL')).toBeUndefined();
  });
});

describe('matchKbEntries', () => {
  it('puts the owning entry first for every signature, raw or wrapped', () => {
    for (const entry of KB_ENTRIES) {
      for (const signature of entry.signatures) {
        for (const text of [signature, nodeSdk(entry, signature), pythonSdk(entry, signature)]) {
          expect(matchKbEntries(text)[0]?.id).toBe(entry.id);
        }
      }
    }
  });

  it('finds the seed entry from the text users search for', () => {
    const hits = matchKbEntries('openai.BadRequestError: logprobs is not supported when using response_format parameter');
    expect(hits.map((entry) => entry.id)).toEqual(['llm/logprobs-request-fails-on-structured-output']);
  });

  it('matches other values and parameters of the same message template', () => {
    const ids = (text: string) => matchKbEntries(text).map((entry) => entry.id);
    expect(ids("Invalid value: 'json_obj'. Supported values are: 'json_object', 'json_schema', and 'text'.")).toEqual([
      'llm/openai-structured-output-enum-violation',
    ]);
    expect(ids("Unsupported value: 'temperature' does not support 0 with this model. Only the default (1) value is supported.")).toEqual([
      'llm/openai-reasoning-model-sampling-parameters',
    ]);
    expect(ids("Unsupported parameter: 'top_logprobs' is not supported with this model.")).toEqual([
      'llm/openai-reasoning-model-logprobs',
    ]);
    expect(ids('Model incompatible request arguments supplied: temperature, top_p')).toEqual([
      'llm/openai-search-preview-sampling-parameters',
    ]);
  });

  it('orders several matches by the length of the matched text, longest first', () => {
    const maxTokens = getKbEntry('llm/openai-max-tokens-reasoning-model')!;
    const searchPreview = getKbEntry('llm/openai-search-preview-sampling-parameters')!;
    const text = `${searchPreview.signature}\n${maxTokens.signature}`;
    expect(matchKbEntries(text).map((entry) => entry.id)).toEqual([maxTokens.id, searchPreview.id]);
    const reversed = `${maxTokens.signature}\n${searchPreview.signature}`;
    expect(matchKbEntries(reversed).map((entry) => entry.id)).toEqual([maxTokens.id, searchPreview.id]);
  });

  it('keeps KB order between matches of equal length', () => {
    // Both regexes match exactly the 68 characters before the trailing '.'.
    const prediction = "Unsupported parameter: 'prediction' is not supported with this model";
    const maxTokens = "Unsupported parameter: 'max_tokens' is not supported with this model";
    expect(prediction.length).toBe(maxTokens.length);
    expect(matchKbEntries(`${prediction}. ${maxTokens}.`).map((entry) => entry.id)).toEqual([
      'llm/openai-max-tokens-reasoning-model',
      'llm/openai-predicted-outputs-limitations',
    ]);
  });

  it('returns nothing for empty or unrelated text, and gives the same answer on repeated calls', () => {
    expect(matchKbEntries('')).toEqual([]);
    expect(matchKbEntries('all good')).toEqual([]);
    const text = 'You are not allowed to request logprobs from this model';
    expect(matchKbEntries(text)).toEqual(matchKbEntries(text));
  });
});

describe('kb module', () => {
  it('imports nothing outside src/kb (it ships as eslint-plugin-openai/kb)', () => {
    const dir = fileURLToPath(new URL('../src/kb/', import.meta.url));
    const files = readdirSync(dir, { recursive: true, encoding: 'utf8' }).filter((name) => name.endsWith('.ts'));
    expect(files).toEqual(expect.arrayContaining(['entries.ts', 'index.ts', 'types.ts']));
    for (const file of files) {
      const source = readFileSync(`${dir}${file}`, 'utf8');
      const specifiers = ts.preProcessFile(source, true, true).importedFiles.map((ref) => ref.fileName);
      // Only relative imports that stay inside src/kb.
      const allowed = file.includes('/') ? /^\.\.?\/[\w-]+(?:\/[\w-]+)?\.js$/ : /^\.\/[\w-]+(?:\/[\w.-]+)?\.js$/;
      for (const specifier of specifiers) expect(specifier, `${file} imports ${specifier}`).toMatch(allowed);
    }
  });
});
