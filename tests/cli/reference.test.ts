// `explain` on every error text the API reference quotes, in every client's wording (tests/cli/forms.ts):
// each text the KB covers resolves to its entry; the others exit 1 and offer as closest only entries
// that share a meaningful word with the text, never words such as "does", "not" or "exist".
import { describe, expect, it } from 'vitest';
import { clientForms } from './forms.js';
import { REFERENCE_ERRORS } from './reference-errors.js';
import { explainJson, run } from './run.js';

/** Words that must never be a reason to offer an entry as close. */
const MEANINGLESS = ['does', 'not', 'exist', 'the', 'is', 'this', 'with', 'model', 'supported', 'unsupported', 'parameter', 'value'];

describe('explain resolves every error text of the reference, in every client wording', () => {
  const covered = REFERENCE_ERRORS.filter((error) => error.id !== null);
  it.each(covered.map((error) => [error.text, error] as const))('%s', async (_text, error) => {
    for (const [form, input] of Object.entries(clientForms(error, error.text))) {
      const { code, json } = await explainJson(input);
      expect({ form, code, id: json.entry?.id }).toEqual({ form, code: 0, id: error.id });
    }
  });

  const uncovered = REFERENCE_ERRORS.filter((error) => error.id === null);
  it.each(uncovered.map((error) => [error.text, error] as const))('no entry: %s', async (_text, error) => {
    for (const [form, input] of Object.entries(clientForms(error, error.text))) {
      const { code, json } = await explainJson(input);
      expect({ form, code }).toEqual({ form, code: 1 });
      for (const closest of json.closest ?? []) {
        expect(closest.shared.filter((word) => MEANINGLESS.includes(word)), `${form}: ${closest.id}`).toEqual([]);
      }
    }
  });
});

describe('the Node SDK 404 for a model', () => {
  const node404 = '404 The model `gpt-4-32k` does not exist or you do not have access to it.';

  it('finds the retired-model entry', async () => {
    const { code, stdout } = await run(['explain', node404]);
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('llm/openai-model-retired');
    expect(stdout).toContain('openai/no-retired-models');
  });

  it('ranks closest entries on meaningful words only, not on "does", "not", "exist"', async () => {
    const { code, json } = await explainJson('The API deployment for this resource does not exist.');
    expect(code).toBe(1);
    expect(json.closest).toEqual([]);
    const quoted = await explainJson("Unsupported parameter: 'logprobs' is not allowed here");
    expect(quoted.json.closest?.map((c) => c.shared)).toEqual([['logprobs'], ['logprobs'], ['logprobs']]);
  });
});
