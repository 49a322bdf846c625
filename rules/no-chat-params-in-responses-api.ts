import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  appendArrayElementsFix,
  asksForLogprobs,
  combineFixes,
  createRule,
  flattenedObjectText,
  fixOrSuggest,
  getParam,
  hasUnknown,
  INCLUDE_LOGPROBS,
  insertPropertySafely,
  isFalse,
  isTrue,
  isWritten,
  kbMessage,
  lineIndent,
  onRequest,
  quoteIn,
  removePropertyFix,
  removeWritesFix,
  renamePropertyFix,
  replaceNodeFix,
  sentValues,
  singleLocalWrite,
  skipWrappers,
  startsLine,
  suggestions,
  surelyAbsent,
  type FixFunction,
  type Param,
  type RequestFacts,
  type Value,
  type Write,
} from '../src/rule-kit/index.js';

const KB = 'llm/openai-responses-unsupported-chat-parameter';

import { DROPPED, OUTPUT_CAPS } from '../src/chat-only-params.js';

type MessageId =
  | 'responseFormat'
  | 'outputCap'
  | 'logprobs'
  | 'messages'
  | 'dropped'
  | 'reasoningEffort'
  | 'moveToReasoningEffort'
  | 'moveToTextFormat'
  | 'renameToMaxOutputTokens'
  | 'removeOutputCap'
  | 'useInclude'
  | 'renameToInput'
  | 'remove';

/**
 * The parameter is sent: written with a value that is not statically `null`/`undefined`, by a
 * property JSON keeps (a method or a setter-only accessor is dropped from the body).
 */
function isSent(param: Param): boolean {
  if (!isWritten(param)) return false;
  return param.writes.some(({ property }) => {
    if (property.kind === 'get') return true;
    if (property.method || property.kind === 'set') return false;
    const value = skipWrappers(property.value);
    return value.type !== AST_NODE_TYPES.FunctionExpression && value.type !== AST_NODE_TYPES.ArrowFunctionExpression;
  });
}

/**
 * The `text.format` value text for a `response_format` written in `property`: the value as written
 * for `text`/`json_object` formats, the flattened object for a nested `json_schema` written inline,
 * `null` when the value's shape is not known (a helper call such as `zodResponseFormat(...)`, an
 * unknown variable) or a `json_schema` format is not written inline.
 */
function formatText(sourceCode: TSESLint.SourceCode, param: Param, property: TSESTree.Property): { text: string; flattened: boolean } | null {
  const present = sentValues(param);
  const valueText = property.shorthand ? sourceCode.getText(property.key) : sourceCode.getText(property.value);
  let nested: Extract<Value, { kind: 'object' }> | null = null;
  for (const value of present) {
    if (value.kind !== 'object') return null;
    const types = getParam(value.shape, 'type').values;
    if (types.length === 0 || !types.every((t) => t.kind === 'primitive' && typeof t.value === 'string')) return null;
    if (types.some((t) => t.kind === 'primitive' && t.value === 'json_schema')) nested = value;
  }
  // Already flat (the Responses shape written under the Chat key): it moves as it is.
  if (!nested || (present.length === 1 && nested.shape.params.has('name') && !nested.shape.params.has('json_schema') && !nested.shape.open)) {
    return { text: valueText, flattened: false };
  }
  // A JSON-schema format must be flattened: only when it is the one object literal written here.
  const object = nested.node;
  if (present.length !== 1 || property.shorthand || object.type !== AST_NODE_TYPES.ObjectExpression || skipWrappers(property.value) !== object) {
    return null;
  }
  const jsonSchema = getParam(nested.shape, 'json_schema');
  const write = singleLocalWrite(jsonSchema.writes);
  if (!write || write.object !== object || nested.shape.open) return null;
  const flat = flattenedObjectText(sourceCode, object, write.property);
  if (flat === null) return null;
  // The value may wrap the object (`{ ... } as const`): keep the wrapper, swap the object's text.
  const valueFull = sourceCode.getText(property.value);
  const start = object.range[0] - property.value.range[0];
  const end = object.range[1] - property.value.range[0];
  return { text: valueFull.slice(0, start) + flat + valueFull.slice(end), flattened: true };
}

/**
 * `text: { format: <value> }` in place of `property`. A multi-line value goes one level deeper:
 * `text: {` / `  format: <value re-indented>,` / `}`. `null` when re-indenting could change a
 * value (a multi-line template literal).
 */
function textProperty(sourceCode: TSESLint.SourceCode, property: TSESTree.Property, value: string): string | null {
  if (!value.includes('\n')) return `text: { format: ${value} }`;
  if (!startsLine(sourceCode, property)) return `text: { format: ${value} }`;
  if (sourceCode.getTokens(property).some((t) => t.type === 'Template' && t.loc.start.line !== t.loc.end.line)) return null;
  const indent = lineIndent(sourceCode, property.loc.start.line);
  const lines = value.split('\n');
  const deeper = lines.slice(1).find((line) => line.trim() !== '' && line.startsWith(indent) && line.length > indent.length);
  const unit = deeper ? /^[ \t]*/.exec(deeper.slice(indent.length))![0] || '  ' : '  ';
  const body = lines.map((line, i) => (i === 0 || line.trim() === '' ? line : unit + line)).join('\n');
  const comma = sourceCode.getTokenAfter(property)?.value === ',' && /,\s*[}\]]\s*$/.test(value) ? ',' : '';
  return `text: {\n${indent}${unit}format: ${body}${comma}\n${indent}}`;
}

/**
 * Move `response_format` to `text.format`: replace the property with `text: { format: ... }` when
 * the request has no `text`, or move its value into an inline `text` object that has no `format`.
 */
function moveFormatFix(sourceCode: TSESLint.SourceCode, request: RequestFacts, param: Param): { fix: FixFunction | null; flattened: boolean } {
  const none = { fix: null, flattened: false };
  const write = singleLocalWrite(param.writes);
  if (!write) return none;
  const { property } = write;
  if (sourceCode.getCommentsInside(property).length > 0 || (property.computed && property.key.type !== AST_NODE_TYPES.Literal)) return none;
  const format = formatText(sourceCode, param, property);
  if (!format) return none;
  const text = request.param('text');
  if (surelyAbsent(text)) {
    const replacement = textProperty(sourceCode, property, format.text);
    return { fix: replacement === null ? null : replaceNodeFix(sourceCode, property, replacement), flattened: format.flattened };
  }
  // `text: { verbosity: 'low' }` written inline here without a format: add it there.
  const textWrite = singleLocalWrite(text.writes);
  const [textValue] = text.values;
  if (!textWrite || text.values.length !== 1 || textValue.kind !== 'object' || textValue.shape.open) return none;
  const textObject = skipWrappers(textWrite.property.value);
  if (textObject.type !== AST_NODE_TYPES.ObjectExpression || textObject !== textValue.node) return none;
  if (!surelyAbsent(getParam(textValue.shape, 'format')) || format.text.includes('\n')) return none;
  const fix = combineFixes(removePropertyFix(sourceCode, property), insertPropertySafely(sourceCode, textObject, `format: ${format.text}`));
  return { fix, flattened: format.flattened };
}

/**
 * Replace `logprobs: true` with the `include` entry that asks for logprobs: in place when the request
 * has no `include`, else appended to the inline `include` array written here (or only removed when
 * the array already has it).
 */
function includeFix(sourceCode: TSESLint.SourceCode, request: RequestFacts, write: Write): FixFunction | null {
  const { property } = write;
  const include = request.param('include');
  const entry = quoteIn(sourceCode, write.object, INCLUDE_LOGPROBS);
  if (surelyAbsent(include)) return replaceNodeFix(sourceCode, property, `include: [${entry}]`);
  const includeWrite = singleLocalWrite(include.writes);
  const [value] = include.values;
  if (!includeWrite || include.values.length !== 1 || value.kind !== 'array' || value.elements === null) return null;
  const array = skipWrappers(includeWrite.property.value);
  if (array.type !== AST_NODE_TYPES.ArrayExpression || array !== value.node) return null;
  const remove = removePropertyFix(sourceCode, property);
  if (asksForLogprobs('include', value)) return remove;
  return combineFixes(remove, appendArrayElementsFix(sourceCode, array, [entry]));
}

export default createRule<[], MessageId>({
  name: 'no-chat-params-in-responses-api',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow Chat Completions parameters in Responses API requests',
      recommended: true,
      kb: [KB],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      responseFormat: kbMessage(
        'The Responses API rejects `response_format` (HTTP 400); it moved to `text.format`.',
        KB,
      ),
      outputCap: kbMessage(
        'The Responses API rejects `{{param}}` (HTTP 400); its output cap is `max_output_tokens`.',
        KB,
      ),
      logprobs: kbMessage(
        'The Responses API rejects `logprobs` (HTTP 400); it returns logprobs through `include`.',
        KB,
      ),
      messages: kbMessage(
        'The Responses API rejects `messages` (HTTP 400); it takes the conversation as `input`.',
        KB,
      ),
      dropped: kbMessage(
        'The Responses API has no `{{param}}` parameter (HTTP 400).',
        KB,
      ),
      reasoningEffort: kbMessage(
        'The Responses API rejects `reasoning_effort` (HTTP 400); it moved to `reasoning.effort`.',
        KB,
      ),
      moveToReasoningEffort: 'Move `reasoning_effort` to `reasoning: { effort }`.',
      moveToTextFormat: 'Move `response_format` to `text.format`{{flatten}}.',
      renameToMaxOutputTokens: 'Rename `{{param}}` to `max_output_tokens`.',
      removeOutputCap: 'Remove `{{param}}` (the request already sets `max_output_tokens`).',
      useInclude: "Replace `logprobs` with `include: ['message.output_text.logprobs']`.",
      renameToInput: 'Rename `messages` to `input` (plain role/content messages have the same shape there).',
      remove: 'Remove `{{param}}`.',
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const { sourceCode } = request;
      if (request.site.api !== 'responses') return;
      // Another provider's Responses endpoint (a compatible `baseURL`, a host declared `other`, a
      // look-alike SDK) may accept what OpenAI's rejects.
      if (!request.openAIBackend) return;

      const responseFormat = request.param('response_format');
      if (isSent(responseFormat)) {
        const { fix, flattened } = moveFormatFix(sourceCode, request, responseFormat);
        report({
          node: request.reportNode(responseFormat),
          messageId: 'responseFormat',
          suggest: suggestions([{ messageId: 'moveToTextFormat', data: { flatten: flattened ? ' and flatten its `json_schema` object' : '' }, fix }]),
        });
      }

      const maxOutput = request.param('max_output_tokens');
      const written = OUTPUT_CAPS.filter((name) => isSent(request.param(name)));
      for (const name of written) {
        const param = request.param(name);
        const write = singleLocalWrite(param.writes);
        if (isSent(maxOutput)) {
          report({
            node: request.reportNode(param),
            messageId: 'outputCap',
            data: { param: name },
            suggest: suggestions([{ messageId: 'removeOutputCap', data: { param: name }, fix: write ? removePropertyFix(sourceCode, write.property) : null }]),
          });
          continue;
        }
        report({
          node: request.reportNode(param),
          messageId: 'outputCap',
          data: { param: name },
          // The key is rejected whatever its value, and `max_output_tokens` means the same: certain
          // when the rename touches one property of this call and cannot collide with another key.
          ...fixOrSuggest({ certain: write !== null && written.length === 1 && !hasUnknown(maxOutput.values), suggest: [{ messageId: 'renameToMaxOutputTokens', data: { param: name }, fix: write ? renamePropertyFix(sourceCode, write.property, 'max_output_tokens') : null }] }),
        });
      }

      const logprobs = request.param('logprobs');
      if (isSent(logprobs)) {
        const write = singleLocalWrite(logprobs.writes);
        const present = sentValues(logprobs);
        const include = write && !present.every(isFalse) ? includeFix(sourceCode, request, write) : null;
        const remove = write && !present.every(isTrue) ? removePropertyFix(sourceCode, write.property) : null;
        report({
          node: request.reportNode(logprobs),
          messageId: 'logprobs',
          suggest: suggestions([
            { messageId: 'useInclude', fix: include },
            { messageId: 'remove', data: { param: 'logprobs' }, fix: remove },
          ]),
        });
      }

      const effort = request.param('reasoning_effort');
      if (isSent(effort)) {
        const write = singleLocalWrite(effort.writes);
        const property = write?.property;
        const movable =
          property !== undefined &&
          property.kind === 'init' &&
          !property.method &&
          !property.computed &&
          surelyAbsent(request.param('reasoning')) &&
          sourceCode.getCommentsInside(property).length === 0;
        // Where the value may be `undefined`, absent or unknown, the old key sent nothing on that path
        // and the moved one sends `reasoning: {}`: only a suggestion then.
        const everyPathSends = effort.values.every((v) => v.kind === 'primitive' && typeof v.value === 'string');
        report({
          node: request.reportNode(effort),
          messageId: 'reasoningEffort',
          // The key is refused whatever its value, and the API names where it moved: certain when the
          // edit is one local property, no `reasoning` object can collide with it, and every path
          // sends a known string.
          ...fixOrSuggest({
            certain: movable && everyPathSends,
            suggest: [
              {
                messageId: 'moveToReasoningEffort',
                fix: movable ? replaceNodeFix(sourceCode, property, `reasoning: { effort: ${sourceCode.getText(property.value)} }`) : null,
              },
            ],
          }),
        });
      }

      const messages = request.param('messages');
      if (isSent(messages)) {
        const write = singleLocalWrite(messages.writes);
        const input = request.param('input');
        report({
          node: request.reportNode(messages),
          messageId: 'messages',
          suggest: suggestions([{ messageId: 'renameToInput', fix: write && surelyAbsent(input) ? renamePropertyFix(sourceCode, write.property, 'input') : null }]),
        });
      }

      for (const name of DROPPED) {
        const param = request.param(name);
        if (!isSent(param)) continue;
        report({
          node: request.reportNode(param),
          messageId: 'dropped',
          data: { param: name },
          suggest: suggestions([{ messageId: 'remove', data: { param: name }, fix: removeWritesFix(sourceCode, param.writes) }]),
        });
      }
    });
  },
});
