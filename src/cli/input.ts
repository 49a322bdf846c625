/**
 * Reading and cleaning what a developer pastes into `explain`: size, binary and empty checks, then the
 * API error message(s) pulled out of whatever wraps them (the Python SDK's
 * `openai.BadRequestError: Error code: 400 - {'error': {...}}`, the Node SDK's `400 <message>`, a raw
 * JSON body, a JSON body escaped inside a log line, terminal colours, typographic quotes).
 *
 * Everything here runs in linear time on its input: no regex with nested or adjacent unbounded
 * quantifiers over the same characters, and every scan moves forward.
 */

/** The most `explain` reads: an error message is a few hundred bytes; a whole log is not an error. */
export const MAX_INPUT_BYTES = 1024 * 1024;

/** Nested JSON-in-a-string levels unwrapped at most (a body in a message in a log line is two). */
const MAX_DEPTH = 3;

/** Messages kept at most (a log with hundreds of errors is not what `explain` is for). */
const MAX_MESSAGES = 20;

export type InputProblem =
  | { kind: 'empty'; message: string }
  | { kind: 'too-large'; message: string }
  | { kind: 'binary'; message: string };

export type DecodedInput = { ok: true; text: string } | { ok: false; problem: InputProblem };

function formatBytes(bytes: number): string {
  if (bytes >= 1024 * 1024) return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
  if (bytes >= 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${bytes} bytes`;
}

export function tooLarge(bytes: number | undefined): InputProblem {
  const size = bytes === undefined ? `more than ${formatBytes(MAX_INPUT_BYTES)}` : formatBytes(bytes);
  return {
    kind: 'too-large',
    message:
      `the input is ${size}; explain reads at most ${formatBytes(MAX_INPUT_BYTES)}. ` +
      'Pass the error message or the error body, not a whole log (for example: grep the line with "error" first).',
  };
}

const EMPTY: InputProblem = {
  kind: 'empty',
  message: 'the input is empty. Pass the error text as an argument (in quotes) or on stdin.',
};

/** Characters that do not occur in text: U+FFFD (an invalid UTF-8 sequence) and C0 controls other than tab, newline, form feed, carriage return and ESC. */
function countNonText(text: string): number {
  let count = 0;
  for (let index = 0; index < text.length; index++) {
    const code = text.charCodeAt(index);
    if (code === 0xfffd || code === 0x7f || (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0c && code !== 0x0d && code !== 0x1b)) count++;
  }
  return count;
}

/**
 * Decode the bytes of an input as UTF-8 text, or say why it is not text an error came in: too large,
 * NUL bytes (a binary file), mostly invalid UTF-8 or control characters, or nothing but whitespace.
 */
export function decodeInput(bytes: Uint8Array): DecodedInput {
  if (bytes.length > MAX_INPUT_BYTES) return { ok: false, problem: tooLarge(bytes.length) };
  if (bytes.includes(0)) {
    return {
      ok: false,
      problem: { kind: 'binary', message: 'the input contains NUL bytes: it looks like a binary file, not an error message.' },
    };
  }
  // TextDecoder drops a leading byte-order mark and turns invalid sequences into U+FFFD.
  return checkText(new TextDecoder('utf-8').decode(bytes));
}

/** The same checks on text that is already a string (a command-line argument). */
export function checkText(text: string): DecodedInput {
  const bytes = Buffer.byteLength(text, 'utf8');
  if (bytes > MAX_INPUT_BYTES) return { ok: false, problem: tooLarge(bytes) };
  if (text.includes('\u0000')) {
    return {
      ok: false,
      problem: { kind: 'binary', message: 'the input contains NUL bytes: it looks like a binary file, not an error message.' },
    };
  }
  if (text.trim() === '') return { ok: false, problem: EMPTY };
  // A few stray bytes in a pasted log are fine; a binary file is full of them.
  const nonText = countNonText(text);
  if (nonText >= 4 && nonText / text.length > 0.05) {
    return {
      ok: false,
      problem: {
        kind: 'binary',
        message: 'the input is not text (invalid UTF-8 or control characters): pass the error message, not a binary file.',
      },
    };
  }
  if (stripAnsi(text).trim() === '') return { ok: false, problem: EMPTY };
  return { ok: true, text };
}

// eslint-disable-next-line no-control-regex -- ESC starts the terminal colour codes removed here
const ANSI = /\x1b\[[0-9;?]{0,32}[ -/]{0,4}[@-~]|\x1b[@-Z\\-_]/g;

/** Remove terminal colour and cursor codes (logs copied from a terminal carry them). */
export function stripAnsi(text: string): string {
  return text.includes('\x1b') ? text.replace(ANSI, '') : text;
}

/** Typographic quotes (chat apps, web pages, word processors) back to the ASCII quotes the API uses. */
function asciiQuotes(text: string): string {
  return text.replace(/[\u2018\u2019\u201a\u201b\u2032]/g, "'").replace(/[\u201c\u201d\u201e\u201f\u2033]/g, '"');
}

/** One line, single spaces: how a message is matched and shown. */
export function collapseWhitespace(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Clean pasted text before anything else looks at it. */
export function normalizeInput(text: string): string {
  return asciiQuotes(stripAnsi(text)).replace(/\r\n?/g, '\n');
}

const SIMPLE_ESCAPES: Record<string, string> = {
  n: '\n',
  r: '\r',
  t: '\t',
  b: '\b',
  f: '\f',
  v: '\v',
  '0': '\0',
  '"': '"',
  "'": "'",
  '\\': '\\',
  '/': '/',
};

function hexAt(text: string, start: number, length: number): number | undefined {
  const digits = text.slice(start, start + length);
  return digits.length === length && /^[0-9a-fA-F]+$/.test(digits) ? Number.parseInt(digits, 16) : undefined;
}

/**
 * Read a quoted string literal starting at `start` (the opening quote, `"` or `'`): JSON and Python
 * escapes (`\n`, `\'`, `\"`, `\\`, `\xHH`, `\uHHHH`, `\UHHHHHHHH`). A literal cut off by the end of
 * the text (truncated logs) yields what was there.
 */
export function readQuoted(text: string, start: number): { value: string; end: number } {
  const quote = text[start];
  let value = '';
  let index = start + 1;
  while (index < text.length) {
    const char = text[index];
    if (char === quote) return { value, end: index + 1 };
    if (char === '\n' && quote === "'") return { value, end: index };
    if (char !== '\\') {
      // Copy the run up to the next backslash or quote in one step.
      let next = index + 1;
      while (next < text.length && text[next] !== '\\' && text[next] !== quote && !(quote === "'" && text[next] === '\n')) next++;
      value += text.slice(index, next);
      index = next;
      continue;
    }
    const escape = text[index + 1];
    if (escape === undefined) {
      index++;
      break;
    }
    if (escape in SIMPLE_ESCAPES) {
      value += SIMPLE_ESCAPES[escape];
      index += 2;
      continue;
    }
    const width = escape === 'x' ? 2 : escape === 'u' ? 4 : escape === 'U' ? 8 : 0;
    const code = width > 0 ? hexAt(text, index + 2, width) : undefined;
    if (code !== undefined && code <= 0x10ffff) {
      value += String.fromCodePoint(code);
      index += 2 + width;
      continue;
    }
    // Unknown escape: keep it as written.
    value += `\\${escape}`;
    index += 2;
  }
  return { value, end: index };
}

/** `"message": ` or `'message': ` (JSON or a Python dict repr); the value starts where the match ends. */
const MESSAGE_KEY = /(["'])message\1[ \t]{0,8}:[ \t]{0,8}/g;

/** Message values directly in `text` (not yet unwrapped), in order. */
function messageValues(text: string): string[] {
  const values: string[] = [];
  MESSAGE_KEY.lastIndex = 0;
  for (let match = MESSAGE_KEY.exec(text); match !== null; match = MESSAGE_KEY.exec(text)) {
    const start = match.index + match[0].length;
    const quote = text[start];
    if (quote !== '"' && quote !== "'") continue;
    const { value, end } = readQuoted(text, start);
    if (value.trim() !== '') values.push(value);
    MESSAGE_KEY.lastIndex = Math.max(end, start + 1);
    if (values.length >= MAX_MESSAGES) break;
  }
  return values;
}

/** `\"` (or `\'`) around a `message` key: a JSON body that was itself put in a JSON string. */
const ESCAPED_KEY = /\\(["'])message\\\1/;

/** Undo one level of backslash escaping (`\"` → `"`, `\\` → `\`, `\n` → newline, `\u0027` → `'`). */
export function unescapeOnce(text: string): string {
  let out = '';
  let index = 0;
  while (index < text.length) {
    const slash = text.indexOf('\\', index);
    if (slash === -1) {
      out += text.slice(index);
      break;
    }
    out += text.slice(index, slash);
    const escape = text[slash + 1];
    if (escape === undefined) {
      out += '\\';
      break;
    }
    if (escape in SIMPLE_ESCAPES) {
      out += SIMPLE_ESCAPES[escape];
      index = slash + 2;
      continue;
    }
    const code = escape === 'u' ? hexAt(text, slash + 2, 4) : undefined;
    if (code !== undefined) {
      out += String.fromCharCode(code);
      index = slash + 6;
      continue;
    }
    out += `\\${escape}`;
    index = slash + 2;
  }
  return out;
}

/**
 * The API error messages in a pasted text, innermost first: the value of every `message` field of a
 * JSON body or Python dict repr, unwrapping bodies escaped inside strings and messages that contain a
 * body of their own (gateways that wrap the upstream error). Empty when the text has no such field.
 */
export function extractMessages(text: string): string[] {
  const found: string[] = [];
  const seen = new Set<string>();
  const visit = (source: string, depth: number): void => {
    if (depth > MAX_DEPTH || found.length >= MAX_MESSAGES) return;
    let values = messageValues(source);
    if (values.length === 0 && ESCAPED_KEY.test(source)) values = messageValues(unescapeOnce(source));
    for (const value of values) {
      // A message that is itself a body: its inner message is the real one, so it goes first.
      if (value.includes('message')) visit(value, depth + 1);
      const clean = collapseWhitespace(value);
      if (clean !== '' && !seen.has(clean) && found.length < MAX_MESSAGES) {
        seen.add(clean);
        found.push(clean);
      }
    }
  };
  visit(text, 0);
  return found;
}

/**
 * What the SDKs put in front of the API message, for texts that carry no JSON body:
 * `openai.BadRequestError: Error code: 400 - `, `BadRequestError: 400 `, `Error: 400 `, `400 `.
 */
const SDK_PREFIX = /^(?:[\w$.]{0,120}(?:Error|Exception):[ \t]{0,8})?(?:Error code:[ \t]{0,8})?[1-5]\d\d\b[ \t]{0,8}(?:-[ \t]{0,8})?/;

/** The text without a leading SDK prefix (first line only; the rest is kept as it is). */
export function stripSdkPrefix(text: string): string {
  const trimmed = text.trimStart();
  const match = SDK_PREFIX.exec(trimmed);
  return match ? trimmed.slice(match[0].length) : trimmed;
}

/**
 * The texts to match against the KB, best first: the extracted messages, then the whole input
 * without its SDK prefix (one line), then that input with one level of escaping undone.
 */
export function candidateTexts(input: string): string[] {
  const text = normalizeInput(input);
  const candidates = [...extractMessages(text), collapseWhitespace(stripSdkPrefix(text))];
  if (text.includes('\\')) candidates.push(collapseWhitespace(unescapeOnce(stripSdkPrefix(text))));
  return [...new Set(candidates.filter((candidate) => candidate !== ''))];
}
