// Calls the CLI's `main` in-process with in-memory streams: what a terminal would show, and the exit code.
import { Readable } from 'node:stream';
import { main } from '../../src/cli/main.js';

export interface Run {
  code: number;
  stdout: string;
  stderr: string;
}

export async function run(argv: string[], stdin: string | Buffer | Buffer[] = [], options: { isTTY?: boolean } = {}): Promise<Run> {
  const chunks = Array.isArray(stdin) ? stdin : [typeof stdin === 'string' ? Buffer.from(stdin, 'utf8') : stdin];
  const input = Object.assign(Readable.from(chunks.filter((chunk) => chunk.length > 0)), { isTTY: options.isTTY });
  let stdout = '';
  let stderr = '';
  const code = await main(argv, {
    stdin: input,
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
  });
  return { code, stdout, stderr };
}

/** `explain --json` on a text; the parsed output. */
export async function explainJson(text: string): Promise<{ code: number; json: ExplainJson }> {
  const result = await run(['explain', '--json', '--', text]);
  return { code: result.code, json: JSON.parse(result.stdout) as ExplainJson };
}

export interface ExplainJson {
  matched: boolean;
  text: string;
  entry?: { id: string };
  rules?: { id: string; name: string; configLine: string; known: boolean; recommended: boolean; docs: string | null }[];
  also?: string[];
  closest?: { id: string; title: string; score: number; shared: string[] }[];
}
