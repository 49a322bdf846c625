import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  createRule,
  getParam,
  hasString,
  kbMessage,
  onRequest,
  quoteLike,
  replaceNodeFix,
  skipWrappers,
  type FixFunction,
  type ObjectShape,
  type RequestFacts,
  type Value,
} from '../src/rule-kit/index.js';

const KB = 'llm/openai-json-mode-missing-json-word';

type MessageId = 'chat' | 'responses' | 'addJsonSentence';

/**
 * Whether a text mentions "json" on every path (`always`), is static and lacks it on some path
 * (`notAlways`), or cannot be known (`dynamic`).
 */
type Mention = 'always' | 'notAlways' | 'dynamic';

const JSON_WORD = /json/i;
const SENTENCE = 'Respond in JSON.';

/** Chat content parts that carry text, and the Responses input content parts that do. */
const CHAT_TEXT_PARTS: ReadonlySet<string> = new Set(['text']);
const RESPONSES_TEXT_PARTS: ReadonlySet<string> = new Set(['input_text', 'output_text']);

/** Alternatives of one value: every path must mention it for `always`. */
function anyPath(mentions: readonly Mention[]): Mention {
  if (mentions.includes('dynamic')) return 'dynamic';
  return mentions.length > 0 && mentions.every((m) => m === 'always') ? 'always' : 'notAlways';
}

/** Items of one list (messages, parts): one item that always mentions it is enough. */
function someItem(mentions: readonly Mention[]): Mention {
  if (mentions.includes('always')) return 'always';
  return mentions.includes('dynamic') ? 'dynamic' : 'notAlways';
}

function stringMention(value: Value): Mention {
  if (value.kind === 'primitive' && typeof value.value === 'string') return JSON_WORD.test(value.value) ? 'always' : 'notAlways';
  return 'dynamic';
}

function allStrings(values: readonly Value[], allowed: ReadonlySet<string>): boolean {
  return values.length > 0 && values.every((v) => v.kind === 'primitive' && typeof v.value === 'string' && allowed.has(v.value));
}

/** A content part: a text part with static text, else dynamic (images, files, audio and unknown parts are not read). */
function partMention(value: Value, textParts: ReadonlySet<string>): Mention {
  if (value.kind !== 'object') return 'dynamic';
  if (!allStrings(getParam(value.shape, 'type').values, textParts)) return 'dynamic';
  return anyPath(getParam(value.shape, 'text').values.map(stringMention));
}

/** A message's `content`: a string, an array of text parts, or nothing (an assistant message with tool calls). */
function contentMention(values: readonly Value[], textParts: ReadonlySet<string>): Mention {
  return anyPath(
    values.map((value) => {
      if (value.kind === 'absent') return 'notAlways';
      if (value.kind === 'array') {
        if (value.elements === null) return 'dynamic';
        return someItem(value.elements.map((element) => anyPath(element.map((part) => partMention(part, textParts)))));
      }
      return stringMention(value);
    }),
  );
}

/** One message (Chat) or input item (Responses: only messages, `type` absent or `'message'`). */
function messageMention(value: Value, api: RequestFacts['site']['api']): Mention {
  if (value.kind !== 'object') return 'dynamic';
  if (api === 'responses') {
    const type = getParam(value.shape, 'type').values;
    if (!type.every((v) => v.kind === 'absent' || (v.kind === 'primitive' && v.value === 'message'))) return 'dynamic';
  }
  return contentMention(getParam(value.shape, 'content').values, api === 'chat' ? CHAT_TEXT_PARTS : RESPONSES_TEXT_PARTS);
}

/** `messages` (Chat) or `input` (Responses: also a plain string). */
function conversationMention(values: readonly Value[], api: RequestFacts['site']['api']): Mention {
  return anyPath(
    values.map((value) => {
      if (value.kind === 'array') {
        if (value.elements === null) return 'dynamic';
        return someItem(value.elements.map((element) => anyPath(element.map((item) => messageMention(item, api)))));
      }
      if (api === 'responses') return stringMention(value);
      return 'dynamic';
    }),
  );
}

/** `text` ending in a sentence, then the JSON sentence. */
function withSentence(text: string): string {
  const trimmed = text.trimEnd();
  if (trimmed === '') return SENTENCE;
  return /[.!?:]$/.test(trimmed) ? `${trimmed} ${SENTENCE}` : `${trimmed}. ${SENTENCE}`;
}

/**
 * The edit that appends the JSON sentence to the last system or developer message, when the
 * conversation is one array literal and that message's content is a plain string literal
 * written at this call site.
 */
function appendToInstructions(sourceCode: TSESLint.SourceCode, values: readonly Value[]): { role: string; fix: FixFunction } | null {
  if (values.length !== 1 || values[0].kind !== 'array' || values[0].elements === null) return null;
  for (const element of [...values[0].elements].reverse()) {
    if (element.length !== 1 || element[0].kind !== 'object') continue;
    const shape: ObjectShape = element[0].shape;
    const role = getParam(shape, 'role').values;
    if (role.length !== 1 || role[0].kind !== 'primitive' || (role[0].value !== 'system' && role[0].value !== 'developer')) continue;
    const content = getParam(shape, 'content');
    const [value] = content.values;
    const [write] = content.writes;
    if (content.values.length !== 1 || content.writes.length !== 1 || !write.local || write.property.shorthand) return null;
    if (value.kind !== 'primitive' || typeof value.value !== 'string') return null;
    const node: TSESTree.Node = value.node;
    if (node.type !== AST_NODE_TYPES.Literal || skipWrappers(write.property.value) !== node) return null;
    const fix = replaceNodeFix(sourceCode, node, quoteLike(sourceCode, node, withSentence(value.value)));
    return fix ? { role: role[0].value, fix } : null;
  }
  return null;
}

export default createRule<[], MessageId>({
  name: 'require-json-mention-in-json-mode',
  meta: {
    type: 'problem',
    docs: {
      description: 'Require the word "json" in the messages of a request that uses JSON mode (`json_object`)',
      recommended: true,
      kb: [KB],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      chat: kbMessage(
        'JSON mode needs the word "json" in `messages`, and no message here has it (HTTP 400).',
        KB,
      ),
      responses: kbMessage(
        'JSON mode needs the word "json" in `input`, and no input message here has it (HTTP 400).',
        KB,
      ),
      addJsonSentence: 'Add "Respond in JSON." to the last `{{role}}` message.',
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const { api } = request.site;
      // Other providers (an OpenAI-compatible `baseURL`, a look-alike SDK) may not check the word.
      if (!request.openAIBackend) return;
      const format = api === 'chat' ? request.values('response_format.type') : request.values('text.format.type');
      if (!hasString(format, 'json_object')) return;
      if (api === 'responses') {
        // A stored prompt or an earlier turn may hold the word.
        for (const name of ['prompt', 'previous_response_id', 'conversation']) {
          if (request.sent(name).length > 0) return;
        }
      }
      const conversation = request.param(api === 'chat' ? 'messages' : 'input').values;
      if (conversationMention(conversation, api) !== 'notAlways') return;
      const append = appendToInstructions(request.sourceCode, conversation);
      report({
        node: request.reportNode(request.param(api === 'chat' ? 'response_format' : 'text')),
        messageId: api,
        suggest: append ? [{ messageId: 'addJsonSentence', data: { role: append.role }, fix: append.fix }] : null,
      });
    });
  },
});
