/** The requests the adapters build: what each framework sends, renames and drops, read off the translated body. */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { frameworkRequests, ignoredSettings } from '../../../src/adapters/index.js';
import type { Request } from '../../../src/analysis/request.js';
import { parseSettings } from '../../../src/settings.js';
import type { Value } from '../../../src/analysis/value-model.js';

function translate(code: string): Request[] {
  const found: Request[] = [];
  const linter = new Linter({ configType: 'flat' });
  linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as never },
        plugins: {
          probe: {
            rules: {
              probe: {
                meta: { schema: [] },
                create: (context) => ({
                  Program() {
                    found.push(...frameworkRequests(context.sourceCode as never, parseSettings({}), context.filename));
                  },
                }),
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    'file.ts',
  );
  return found;
}

/** Each sent parameter with its known values (`?` unknown), sorted by name. */
function sent(request: Request): Record<string, string[]> {
  const show = (value: Value): string => (value.kind === 'primitive' ? JSON.stringify(value.value) : value.kind === 'object' || value.kind === 'array' ? value.kind : '?');
  const out: Record<string, string[]> = {};
  for (const [name, param] of [...request.body.params].sort(([a], [b]) => a.localeCompare(b))) {
    const values = param.values.filter((value) => value.kind !== 'absent').map(show);
    if (values.length > 0) out[name] = values;
  }
  return out;
}

describe('translated requests', () => {
  it('LangChain Chat: renames, modelKwargs raw, the token limit assigned over them', () => {
    const [request] = translate(
      "import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI({ model: 'o3', topP: 0.5, maxTokens: 50, reasoning: { effort: 'low' }, modelKwargs: { max_tokens: 9, max_completion_tokens: 7, seed: 1 } });",
    );
    expect(request.site.api).toBe('chat');
    expect(sent(request)).toEqual({
      max_completion_tokens: ['50'],
      max_tokens: ['9'],
      model: ['"o3"'],
      reasoning_effort: ['"low"'],
      seed: ['1'],
      top_p: ['0.5'],
    });
  });

  it('LangChain Chat: a modelKwargs token limit LangChain overwrites is not sent', () => {
    const [request] = translate("import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI({ model: 'o3', modelKwargs: { max_completion_tokens: 7 } });");
    expect(sent(request)).toEqual({ model: ['"o3"'] });
  });

  it('LangChain Responses: only temperature, top_p, the limit and reasoning', () => {
    const [request] = translate(
      "import { ChatOpenAI } from '@langchain/openai';\nnew ChatOpenAI({ model: 'gpt-5.6-sol', temperature: 0.2, stop: ['x'], frequencyPenalty: 1, logprobs: true, maxTokens: 20 });",
    );
    expect(request.site.api).toBe('responses');
    expect(sent(request)).toEqual({ max_output_tokens: ['20'], model: ['"gpt-5.6-sol"'], temperature: ['0.2'] });
  });

  it('Agents SDK: Responses by default, penalties not sent, providerData raw', () => {
    const [request] = translate(
      "import { Agent } from '@openai/agents';\nnew Agent({ name: 'a', model: 'o3', modelSettings: { topP: 0.9, presencePenalty: 1, maxTokens: 30, providerData: { top_logprobs: 2 } } });",
    );
    expect(request.site.api).toBe('responses');
    expect(sent(request)).toEqual({ max_output_tokens: ['30'], model: ['"o3"'], top_logprobs: ['2'], top_p: ['0.9'] });
  });

  it('Vercel AI SDK: dropped settings are listed, sent ones renamed', () => {
    const [request] = translate(
      "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\ngenerateText({ model: openai.chat('o3'), temperature: 0.2, stopSequences: ['x'], maxOutputTokens: 10, providerOptions: { openai: { logprobs: 3 } }, prompt: 'hi' });",
    );
    expect(request.site.api).toBe('chat');
    expect(sent(request)).toEqual({ max_completion_tokens: ['10'], model: ['"o3"'], stop: ['array'] });
    expect(ignoredSettings(request).map((setting) => setting.words)).toEqual(['temperature', 'providerOptions.openai.logprobs']);
  });

  it('Vercel AI SDK Responses: logprobs true is top_logprobs 20', () => {
    const [request] = translate(
      "import { generateText } from 'ai';\nimport { openai } from '@ai-sdk/openai';\ngenerateText({ model: openai('gpt-4.1'), providerOptions: { openai: { logprobs: true } }, prompt: 'hi' });",
    );
    expect(sent(request)).toEqual({ model: ['"gpt-4.1"'], top_logprobs: ['20'] });
  });
});
