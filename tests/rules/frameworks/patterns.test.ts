/** The frameworks' own model patterns, as the adapters copy them (they decide what each framework sends). */
import { describe, expect, it } from 'vitest';
import { langchainPrefersResponses, langchainReasoningModel } from '../../../src/adapters/langchain.js';
import { aiSdkModel } from '../../../src/adapters/vercel-ai.js';

describe('LangChain (@langchain/openai 1.6.0)', () => {
  it.each([
    ['o3', true],
    ['o4-mini', true],
    ['gpt-5', true],
    ['gpt-5-chat-latest', false],
    ['gpt-6-sol', true],
    ['gpt-4.1', false],
    ['ft:o4-mini:org::abc', false],
  ])('isReasoningModel(%s) is %s', (model, expected) => {
    expect(langchainReasoningModel(model)).toBe(expected);
  });

  it.each([
    ['gpt-5.2-pro', true],
    ['gpt-5.6-sol', true],
    ['gpt-5.1-codex', true],
    ['gpt-5.2', false],
    ['o3', false],
  ])('prefers Responses for %s: %s', (model, expected) => {
    expect(langchainPrefersResponses(model)).toBe(expected);
  });
});

describe('Vercel AI SDK (@ai-sdk/openai 4.0.118)', () => {
  it.each([
    ['o3', { reasoning: true, samplingAtNone: false, gpt6: false }],
    ['o3-2025-04-16', { reasoning: true, samplingAtNone: false, gpt6: false }],
    ['gpt-5', { reasoning: true, samplingAtNone: false, gpt6: false }],
    ['gpt-5-chat-latest', { reasoning: false, samplingAtNone: false, gpt6: false }],
    ['gpt-5.1', { reasoning: true, samplingAtNone: true, gpt6: false }],
    ['gpt-5.6-luna', { reasoning: true, samplingAtNone: true, gpt6: false }],
    ['gpt-6-astra', { reasoning: true, samplingAtNone: false, gpt6: true }],
    ['gpt-6-sol', { reasoning: true, samplingAtNone: true, gpt6: true }],
    ['gpt-4.1', { reasoning: false, samplingAtNone: false, gpt6: false }],
    ['my-o3', { reasoning: false, samplingAtNone: false, gpt6: false }],
  ])('%s', (model, expected) => {
    expect(aiSdkModel(model)).toEqual(expected);
  });
});
