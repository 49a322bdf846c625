import OpenAI from 'openai';
import { zodResponseFormat } from 'openai/helpers/zod';
import { z } from 'zod';

const client = new OpenAI();

export const Category = z.object({
  category: z.enum(['billing', 'bug', 'feature-request', 'account', 'other']),
  urgent: z.boolean(),
});
export type Category = z.infer<typeof Category>;

/** Structured Outputs format for a zod schema (strict JSON schema under the hood). */
export function jsonFormat<T extends z.ZodType>(schema: T, name: string) {
  return zodResponseFormat(schema, name);
}

// Shared by every classifier call below.
// Mistake: gpt-5-mini is a reasoning model; `temperature: 0.2` is rejected (only the default 1 is).
const classifierDefaults = {
  model: 'gpt-5-mini',
  temperature: 0.2,
} as const;

export async function classifyTicket(text: string): Promise<Category | null> {
  const completion = await client.chat.completions.parse({
    ...classifierDefaults,
    messages: [
      { role: 'developer', content: 'Classify the support ticket.' },
      { role: 'user', content: text },
    ],
    response_format: jsonFormat(Category, 'category'),
  });
  return completion.choices[0]?.message.parsed ?? null;
}

export async function classifyBatch(texts: string[]): Promise<string[]> {
  const completion = await client.chat.completions.create({
    ...classifierDefaults,
    messages: [{ role: 'user', content: `One category per line:\n${texts.join('\n')}` }],
  });
  return (completion.choices[0]?.message.content ?? '').split('\n');
}

/** How sure the model is about the category: token log-probabilities of the answer. */
export async function categoryConfidence(text: string) {
  const completion = await client.chat.completions.create({
    model: 'gpt-5',
    messages: [{ role: 'user', content: `Answer with one word, the category of: ${text}` }],
    // Mistake: gpt-5 reasons by default and refuses logprobs (HTTP 403).
    logprobs: true,
    top_logprobs: 5,
  });
  return completion.choices[0]?.logprobs?.content ?? [];
}

/** The same question on gpt-5.1 with reasoning off: logprobs are accepted. */
export async function categoryConfidenceFast(text: string) {
  const completion = await client.chat.completions.create({
    model: 'gpt-5.1',
    reasoning_effort: 'none',
    messages: [{ role: 'user', content: `Answer with one word, the category of: ${text}` }],
    logprobs: true,
    top_logprobs: 3,
  });
  return completion.choices[0]?.logprobs?.content ?? [];
}
