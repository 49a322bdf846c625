// The rule kit's report pass-through (src/rule-kit/user-words.ts): while a framework request's checks
// run, `param` becomes the option as written and `modelNote` names the framework's default model;
// otherwise the data is unchanged and `modelNote` is empty.
import { describe, expect, it } from 'vitest';
import { inWordsOf, userWords } from '../../src/rule-kit/user-words.js';

const words = { params: new Map([['top_p', 'topP']]), models: new Map([['gpt-3.5-turbo', "LangChain's default"]]) };

describe('userWords', () => {
  it('leaves an SDK request in the API names, with an empty model note', () => {
    expect(userWords({ messageId: 'x', data: { param: 'top_p', model: 'gpt-3.5-turbo' } })).toEqual({
      messageId: 'x',
      data: { param: 'top_p', model: 'gpt-3.5-turbo', modelNote: '' },
    });
    expect(userWords({ messageId: 'x' })).toEqual({ messageId: 'x', data: { modelNote: '' } });
  });

  it("puts a framework request's words in the data and its suggestions' data", () => {
    let out: unknown;
    inWordsOf(words, () => {
      out = userWords({ messageId: 'x', data: { param: 'top_p', model: 'gpt-3.5-turbo' }, suggest: [{ messageId: 'remove', data: { param: 'top_p' } }, null] });
    });
    expect(out).toEqual({
      messageId: 'x',
      data: { param: 'topP', model: 'gpt-3.5-turbo', modelNote: " (LangChain's default)" },
      suggest: [{ messageId: 'remove', data: { param: 'topP', modelNote: '' } }, null],
    });
  });

  it('leaves parameters and models it has no words for, and a note the rule gives', () => {
    let out: unknown;
    inWordsOf(words, () => {
      out = userWords({ messageId: 'x', data: { param: 'temperature', model: 'o3`, `gpt-3.5-turbo', modelNote: ' (given)' } });
    });
    expect(out).toEqual({ messageId: 'x', data: { param: 'temperature', model: 'o3`, `gpt-3.5-turbo', modelNote: ' (given)' } });
  });

  it('restores the previous words after the checks, also when one throws', () => {
    expect(() => inWordsOf(words, () => {
      throw new Error('check failed');
    })).toThrow('check failed');
    expect(userWords({ data: { param: 'top_p' } })).toEqual({ data: { param: 'top_p', modelNote: '' } });
  });
});
