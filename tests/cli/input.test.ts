// The input layer of `explain`: what counts as text, and how the API message is pulled out of what wraps it.
import { describe, expect, it } from 'vitest';
import {
  MAX_INPUT_BYTES,
  candidateTexts,
  checkText,
  decodeInput,
  extractMessages,
  normalizeInput,
  readQuoted,
  stripSdkPrefix,
  unescapeOnce,
} from '../../src/cli/input.js';

const MESSAGE = "Unsupported parameter: 'max_tokens' is not supported with this model. Use 'max_completion_tokens' instead.";

describe('decodeInput and checkText', () => {
  it('accepts text, including a few stray invalid bytes and a byte-order mark', () => {
    expect(decodeInput(Buffer.from(MESSAGE))).toEqual({ ok: true, text: MESSAGE });
    expect(decodeInput(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(MESSAGE)]))).toEqual({ ok: true, text: MESSAGE });
    const stray = Buffer.concat([Buffer.from(MESSAGE), Buffer.from([0xff, 0xfe]), Buffer.from(MESSAGE)]);
    expect(decodeInput(stray).ok).toBe(true);
  });

  it('refuses empty, binary and oversized input with a reason', () => {
    const kind = (result: ReturnType<typeof decodeInput>) => (result.ok ? 'ok' : result.problem.kind);
    expect(kind(decodeInput(Buffer.alloc(0)))).toBe('empty');
    expect(kind(checkText(' \r\n\t'))).toBe('empty');
    expect(kind(decodeInput(Buffer.from('abc\0def')))).toBe('binary');
    expect(kind(decodeInput(Buffer.from(Array.from({ length: 100 }, (_, i) => 0x80 + (i % 64)))))).toBe('binary');
    expect(kind(checkText('\u0001\u0002\u0003\u0004 some text'))).toBe('binary');
    expect(kind(decodeInput(Buffer.alloc(MAX_INPUT_BYTES, 'a')))).toBe('ok');
    expect(kind(decodeInput(Buffer.alloc(MAX_INPUT_BYTES + 1, 'a')))).toBe('too-large');
    // The limit is in bytes: 'é' is two.
    expect(kind(checkText('é'.repeat(MAX_INPUT_BYTES / 2 + 1)))).toBe('too-large');
  });
});

describe('readQuoted', () => {
  it('reads JSON and Python string literals with their escapes', () => {
    expect(readQuoted(String.raw`"a \"b\" \u0027c\u0027 \\ \n"x`, 0)).toEqual({ value: 'a "b" \'c\' \\ \n', end: 29 });
    expect(readQuoted(String.raw`'it\'s \x41 \U0001F600'`, 0).value).toBe("it's A 😀");
    expect(readQuoted('"cut off', 0)).toEqual({ value: 'cut off', end: 8 });
    expect(readQuoted("'no newline\nafter'", 0).value).toBe('no newline');
    expect(readQuoted(String.raw`"unknown \q escape"`, 0).value).toBe(String.raw`unknown \q escape`);
  });
});

describe('extractMessages', () => {
  it('takes the message of a JSON body, a Python dict repr, and a body escaped in a string', () => {
    expect(extractMessages(JSON.stringify({ error: { message: MESSAGE, type: 'invalid_request_error' } }))).toEqual([MESSAGE]);
    expect(extractMessages(`openai.BadRequestError: Error code: 400 - {'error': {'message': "${MESSAGE}", 'type': 'x'}}`)).toEqual([MESSAGE]);
    expect(extractMessages(`log: "${JSON.stringify({ error: { message: MESSAGE } }).replace(/"/g, '\\"')}"`)).toEqual([MESSAGE]);
  });

  it('puts a message wrapped in another message first (gateways), and skips non-string messages', () => {
    const inner = JSON.stringify({ error: { message: MESSAGE } });
    const outer = JSON.stringify({ error: { message: `upstream: ${inner}`, code: 502 } });
    expect(extractMessages(outer)[0]).toBe(MESSAGE);
    expect(extractMessages('{"message": null, "error": {"message": "x y"}}')).toEqual(['x y']);
  });

  it('returns nothing for text without a message field', () => {
    expect(extractMessages(MESSAGE)).toEqual([]);
    expect(extractMessages('the message: was lost')).toEqual([]);
  });
});

describe('stripSdkPrefix and normalizeInput', () => {
  it.each([
    [`400 ${MESSAGE}`],
    [`BadRequestError: 400 ${MESSAGE}`],
    [`Error: 400 ${MESSAGE}`],
    [`openai.BadRequestError: Error code: 400 - ${MESSAGE}`],
    [`  403 ${MESSAGE}`],
  ])('strips the SDK prefix of %j', (text) => {
    expect(stripSdkPrefix(text)).toBe(MESSAGE);
  });

  it('keeps text without a prefix', () => {
    expect(stripSdkPrefix(MESSAGE)).toBe(MESSAGE);
    expect(stripSdkPrefix('4000 tokens')).toBe('4000 tokens');
  });

  it('removes terminal codes and typographic quotes', () => {
    expect(normalizeInput('\u001b[1;31m\u2018max_tokens\u2019\u001b[0m \u201cx\u201d\r\n')).toBe('\'max_tokens\' "x"\n');
  });

  it('offers the extracted message first, then the whole text on one line', () => {
    expect(candidateTexts(`Error: 400 {"error": {"message": "a\\nb"}}\n  at x`)).toEqual(['a b', '{"error": {"message": "a\\nb"}} at x', '{"error": {"message": "a b"}} at x']);
  });

  it('undoes one level of escaping', () => {
    expect(unescapeOnce(String.raw`{\"a\": \"b\\c\u0027\"}`)).toBe('{"a": "b\\c\'"}');
  });
});
