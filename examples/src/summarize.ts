import OpenAI from 'openai';

export interface Ticket {
  id: string;
  subject: string;
  thread: string[];
}

/** Headline length kept short enough for the dashboard's ticket list. */
const HEADLINE_TOKENS = 40;

/** Summaries for the support dashboard. */
export class Summarizer {
  private readonly client: OpenAI;

  constructor(apiKey = process.env.OPENAI_API_KEY) {
    this.client = new OpenAI({ apiKey });
  }

  /** A few sentences for the agent picking up the ticket. */
  async summarize(ticket: Ticket): Promise<string> {
    const completion = await this.client.chat.completions.create({
      model: 'o3',
      // Mistake: reasoning models reject `max_tokens` (HTTP 400); `eslint --fix` renames it.
      max_tokens: 800,
      messages: [
        { role: 'developer', content: 'Summarize this support thread for the next agent in three sentences.' },
        { role: 'user', content: ticket.thread.join('\n---\n') },
      ],
    });
    return completion.choices[0]?.message.content ?? '';
  }

  /** One line for the ticket list: stops at the first line break. */
  async headline(ticket: Ticket): Promise<string> {
    const completion = await this.client.chat.completions.create({
      model: 'gpt-5.5',
      messages: [{ role: 'user', content: `Write a headline for: ${ticket.subject}` }],
      // Mistake: `stop` is rejected by every reasoning model.
      stop: ['\n'],
      max_completion_tokens: HEADLINE_TOKENS,
    });
    return completion.choices[0]?.message.content?.trim() ?? ticket.subject;
  }

  /** Customer-facing recap: a non-reasoning model, so `temperature` and `max_tokens` are fine. */
  async recap(ticket: Ticket): Promise<string> {
    const completion = await this.client.chat.completions.create({
      model: 'gpt-4.1',
      temperature: 0.3,
      max_tokens: 400,
      messages: [
        { role: 'system', content: 'Write a friendly recap of this conversation for the customer.' },
        { role: 'user', content: ticket.thread.join('\n') },
      ],
    });
    return completion.choices[0]?.message.content ?? '';
  }
}
