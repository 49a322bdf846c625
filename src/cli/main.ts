/**
 * The `eslint-plugin-openai` command (bin/eslint-plugin-openai.js runs the build of this file):
 *
 *   eslint-plugin-openai explain [text|-] [--json]   an API error → its KB entry and the rule that prevents it
 *   eslint-plugin-openai kb [id] [--json]            the KB ids, one line each; or one entry
 *   eslint-plugin-openai help | version              the usage; the version
 *
 * Exit codes: 0 match (or listing), 1 no match, 2 usage error or unreadable input, 3 internal error.
 * `main` takes its streams as arguments and never exits the process, so tests call it directly.
 * It loads only the KB and the generated rule facts (src/cli/rule-meta.ts), never ESLint or the rules.
 */
import { createRequire } from 'node:module';
import { parseArgs as parseArgv } from 'node:util';
import { KB_ENTRIES, getKbEntry, matchKbEntries } from '../kb/index.js';
import type { KbEntry } from '../kb/index.js';
import { closestEntries } from './closest.js';
import { excerpt, renderEntry, renderList, renderNoMatch } from './format.js';
import { MAX_INPUT_BYTES, candidateTexts, checkText, decodeInput, tooLarge } from './input.js';
import type { InputProblem } from './input.js';
import { ruleInfo } from './rules.js';

export const EXIT_MATCH = 0;
export const EXIT_NO_MATCH = 1;
export const EXIT_USAGE = 2;
export const EXIT_INTERNAL = 3;

const BIN = 'eslint-plugin-openai';

export interface CliIO {
  stdin: AsyncIterable<unknown> & { isTTY?: boolean; destroy?: () => void };
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

export const HELP = `Usage: ${BIN} <command> [options]

Commands:
  explain [text]   Find the knowledge-base entry for an OpenAI API error: what it means, the fix,
                   what does not help, and the ESLint rule that prevents it. The text comes from the
                   arguments, or from stdin when there are none or the argument is "-".
  kb [id]          List the KB entries, one line each; with an id, show that entry.
  help             Show this help (also: no command, -h, --help).
  version          Print the version (also: -v, --version).

Options:
  --json           Print JSON instead of text.
  -h, --help       Show this help.
  -v, --version    Print the version.

The error text can be pasted as your logs show it: the Python SDK's
"openai.BadRequestError: Error code: 400 - {'error': {...}}", the Node SDK's "400 <message>", or the
raw JSON error body. At most 1 MB.

Exit codes: 0 an entry matched (or was listed), 1 no entry matched, 2 usage error or input that is
not text, 3 internal error.

Examples:
  npx ${BIN} explain "400 Unsupported parameter: 'max_tokens' is not supported with this model."
  pbpaste | npx ${BIN} explain
  npx ${BIN} explain --json < error.json
  npx ${BIN} kb
`;

class UsageError extends Error {}

interface Parsed {
  command: 'explain' | 'kb' | 'help' | 'version';
  args: string[];
  json: boolean;
}

const OPTIONS = {
  json: { type: 'boolean' },
  help: { type: 'boolean', short: 'h' },
  version: { type: 'boolean', short: 'v' },
} as const;

const COMMANDS = ['explain', 'kb', 'help', 'version'] as const;
type Command = (typeof COMMANDS)[number];
const isCommand = (name: string): name is Command => (COMMANDS as readonly string[]).includes(name);

function parseArgs(argv: readonly string[]): Parsed {
  let parsed: ReturnType<typeof parseArgv<{ options: typeof OPTIONS; allowPositionals: true; strict: true }>>;
  try {
    parsed = parseArgv({ args: [...argv], options: OPTIONS, allowPositionals: true, strict: true });
  } catch (error) {
    // node:util throws for an unknown option (and for text that starts with '-').
    const option = /'(-[^']*)'/.exec(error instanceof Error ? error.message : '')?.[1] ?? '';
    throw new UsageError(`unknown option '${option.length > 40 ? `${option.slice(0, 40)}…` : option}'. Pass error text that starts with '-' after '--'.`);
  }
  const [command, ...args] = parsed.positionals;
  const json = parsed.values.json ?? false;
  if (parsed.values.version) return { command: 'version', args, json };
  if (parsed.values.help || command === undefined) return { command: 'help', args, json };
  if (!isCommand(command)) {
    throw new UsageError(`unknown command '${command.length > 40 ? `${command.slice(0, 40)}…` : command}'. Commands: ${COMMANDS.join(', ')}.`);
  }
  return { command, args, json };
}

function version(): string {
  const require = createRequire(import.meta.url);
  return (require('eslint-plugin-openai/package.json') as { version: string }).version;
}

type ReadResult = { ok: true; text: string } | { ok: false; problem: InputProblem };

/** Read stdin up to the size limit (never buffering more than the limit plus one chunk). */
async function readStdin(io: CliIO): Promise<ReadResult> {
  if (io.stdin.isTTY) io.stderr.write('Paste the error text, then press Ctrl-D (Ctrl-Z and Enter on Windows):\n');
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of io.stdin) {
    const buffer = typeof chunk === 'string' ? Buffer.from(chunk, 'utf8') : Buffer.from(chunk as Uint8Array);
    size += buffer.length;
    if (size > MAX_INPUT_BYTES) {
      io.stdin.destroy?.();
      return { ok: false, problem: tooLarge(undefined) };
    }
    chunks.push(buffer);
  }
  return decodeInput(Buffer.concat(chunks));
}

async function readInput(args: string[], io: CliIO): Promise<ReadResult> {
  if (args.length === 0 || (args.length === 1 && args[0] === '-')) return readStdin(io);
  return checkText(args.join(' '));
}

interface Match {
  entry: KbEntry;
  /** The candidate text the entry matched. */
  text: string;
  also: KbEntry[];
}

/** The best match over the candidate texts (extracted messages first), and every other entry matched. */
export function findMatch(input: string): { match: Match | undefined; candidates: string[] } {
  const candidates = candidateTexts(input);
  let match: Match | undefined;
  const also: KbEntry[] = [];
  for (const candidate of candidates) {
    for (const entry of matchKbEntries(candidate)) {
      if (match === undefined) match = { entry, text: candidate, also };
      else if (entry !== match.entry && !also.includes(entry)) also.push(entry);
    }
  }
  return { match, candidates };
}

/** The matched part of the candidate, with some context, for "Your error". */
function matchedExcerpt(match: Match): string {
  const found = new RegExp(match.entry.regex, 'i').exec(match.text);
  return found ? excerpt(match.text, found.index, found.index + found[0].length) : excerpt(match.text, 0, 0);
}

function writeJson(io: CliIO, value: unknown): void {
  io.stdout.write(`${JSON.stringify(value, null, 2)}\n`);
}

function showEntry(io: CliIO, entry: KbEntry, json: boolean, extra: { matchedText?: string; also?: KbEntry[] }): void {
  const rules = ruleInfo(entry.rules);
  if (json) {
    // `matched` and `text` only for explain; `kb <id>` prints the entry and its rules.
    const match = extra.matchedText === undefined ? {} : { matched: true, text: extra.matchedText };
    writeJson(io, { ...match, entry, rules, also: extra.also?.map((other) => other.id) });
    return;
  }
  io.stdout.write(renderEntry({ entry, matchedText: extra.matchedText, rules, also: extra.also }));
}

async function explain(parsed: Parsed, io: CliIO): Promise<number> {
  const input = await readInput(parsed.args, io);
  if (!input.ok) {
    io.stderr.write(`${BIN} explain: ${input.problem.message}\n`);
    return EXIT_USAGE;
  }
  const { match, candidates } = findMatch(input.text);
  if (match === undefined) {
    const message = candidates[0] ?? '';
    const closest = closestEntries(candidates.join(' '), KB_ENTRIES);
    if (parsed.json) {
      writeJson(io, {
        matched: false,
        text: excerpt(message, 0, 0),
        closest: closest.map((c) => ({ id: c.entry.id, title: c.entry.title, score: Number(c.score.toFixed(3)), shared: c.shared })),
      });
    } else {
      io.stdout.write(renderNoMatch(excerpt(message, 0, 0, 300), closest));
    }
    return EXIT_NO_MATCH;
  }
  showEntry(io, match.entry, parsed.json, { matchedText: matchedExcerpt(match), also: match.also });
  return EXIT_MATCH;
}

async function kb(parsed: Parsed, io: CliIO): Promise<number> {
  if (parsed.args.length > 1) throw new UsageError('kb takes at most one id.');
  if (parsed.args.length === 0) {
    if (parsed.json) writeJson(io, KB_ENTRIES);
    else io.stdout.write(renderList(KB_ENTRIES));
    return EXIT_MATCH;
  }
  const id = parsed.args[0];
  const entry = getKbEntry(id) ?? getKbEntry(`llm/${id}`);
  if (entry === undefined) {
    const closest = closestEntries(id.replace(/[-/]/g, ' '), KB_ENTRIES);
    if (parsed.json) {
      writeJson(io, { matched: false, id, closest: closest.map((c) => ({ id: c.entry.id, title: c.entry.title })) });
    } else {
      const hint = closest.length > 0 ? ` Did you mean ${closest.map((c) => c.entry.id).join(', ')}?` : '';
      io.stdout.write(`No KB entry has the id '${id.length > 80 ? `${id.slice(0, 80)}…` : id}'.${hint}\nList all: npx ${BIN} kb\n`);
    }
    return EXIT_NO_MATCH;
  }
  showEntry(io, entry, parsed.json, {});
  return EXIT_MATCH;
}

/** Run the command line `argv` (without `node` and the script); resolves to the exit code. */
export async function main(argv: readonly string[], io: CliIO): Promise<number> {
  let parsed: Parsed;
  try {
    parsed = parseArgs(argv);
  } catch (error) {
    if (!(error instanceof UsageError)) throw error;
    io.stderr.write(`${BIN}: ${error.message}\nRun '${BIN} --help' for usage.\n`);
    return EXIT_USAGE;
  }
  try {
    switch (parsed.command) {
      case 'help':
        io.stdout.write(HELP);
        return EXIT_MATCH;
      case 'version':
        io.stdout.write(`${version()}\n`);
        return EXIT_MATCH;
      case 'explain':
        return await explain(parsed, io);
      case 'kb':
        return await kb(parsed, io);
    }
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr.write(`${BIN} ${parsed.command}: ${error.message}\nRun '${BIN} --help' for usage.\n`);
      return EXIT_USAGE;
    }
    const reason = error instanceof Error ? error.message : String(error);
    io.stderr.write(
      `${BIN}: internal error: ${reason}\nPlease report it at https://github.com/eslint-plugin-openai/eslint-plugin-openai/issues\n`,
    );
    return EXIT_INTERNAL;
  }
}
