import OpenAI from 'openai';

// Deployment picks the planner; the default is what the team runs in production.
const PLANNER_MODEL = process.env.PLANNER_MODEL ?? 'o3';

export interface FileEdit {
  path: string;
  instructions: string;
  original: string;
}

/** A small code-editing agent: plans with a reasoning model, rewrites files with Predicted Outputs. */
export class CodeAgent {
  private readonly client = new OpenAI({ maxRetries: 3 });

  async plan(task: string): Promise<string[]> {
    const completion = await this.client.chat.completions.create({
      model: PLANNER_MODEL,
      // Mistake: fails whenever PLANNER_MODEL is unset (o3); only a suggestion, since the model may differ.
      max_tokens: 2000,
      reasoning_effort: 'high',
      messages: [
        { role: 'developer', content: 'Break the task into file-level steps, one per line.' },
        { role: 'user', content: task },
      ],
    });
    return (completion.choices[0]?.message.content ?? '').split('\n').filter(Boolean);
  }

  /** Two candidate rewrites to choose from, sped up by predicting the unchanged code. */
  async rewrite(edit: FileEdit): Promise<string[]> {
    const completion = await this.client.chat.completions.create({
      model: 'gpt-4o',
      messages: [
        { role: 'user', content: edit.instructions },
        { role: 'user', content: edit.original },
      ],
      // Mistake: Predicted Outputs cannot be combined with `n` greater than 1.
      prediction: { type: 'content', content: edit.original },
      n: 2,
    });
    return completion.choices.map((choice) => choice.message.content ?? edit.original);
  }

  /** Release notes through the Responses API: reasoning effort, no sampling parameters. */
  async releaseNotes(diff: string): Promise<string> {
    const response = await this.client.responses.create({
      model: 'gpt-5.5',
      reasoning: { effort: 'low' },
      instructions: 'Write release notes for this diff as a bulleted list.',
      input: diff,
      max_output_tokens: 1500,
    });
    return response.output_text;
  }
}
