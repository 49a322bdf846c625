import OpenAI from 'openai';

const client = new OpenAI();

/** Code written against openai v4 and the Chat Completions API, half moved to the Responses API. */
export async function answer(question: string) {
  const response = await client.responses.create({
    model: 'gpt-5.1',
    input: question,
    // Mistake: the Responses API calls it `max_output_tokens`; `eslint --fix` renames it.
    max_tokens: 500,
  });
  return response.output_text;
}

export async function extractInvoice(text: string) {
  // Mistake: `beta.chat.completions.parse` was removed in openai v5; `eslint --fix` drops `beta.`.
  const completion = await client.beta.chat.completions.parse({
    model: 'gpt-4.1',
    messages: [{ role: 'user', content: text }],
  });
  return completion.choices[0]?.message.parsed;
}

export async function starterTags() {
  const completion = await client.chat.completions.create({
    model: 'gpt-4.1-mini',
    // Mistake: JSON mode needs the word "json" in a message; no message here says it.
    response_format: { type: 'json_object' },
    messages: [
      { role: 'system', content: 'Answer with an object that has a "tags" array.' },
      { role: 'user', content: 'Suggest five tags for a blog about linting TypeScript.' },
    ],
  });
  return completion.choices[0]?.message.content;
}

export async function streamSummary(text: string) {
  // Mistake: `stream_options` is only allowed with `stream: true`.
  return client.chat.completions.create({
    model: 'gpt-4.1',
    stream_options: { include_usage: true },
    messages: [{ role: 'user', content: `Summarize: ${text}` }],
  });
}

export async function legacyModel(text: string) {
  // Mistake: gpt-3.5-turbo was shut down on 2026-10-23.
  return client.chat.completions.create({ model: 'gpt-3.5-turbo', messages: [{ role: 'user', content: text }] });
}
