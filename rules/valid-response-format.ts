import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  alternatives,
  codeList,
  contains,
  createRule,
  fixOrSuggest,
  flattenMemberFix,
  nestMembersFix,
  getParam,
  hasString,
  insertPropertyFix,
  kbMessage,
  onRequest,
  presence,
  quoteIn,
  quoteLike,
  skipWrappers,
  type FixFunction,
  type ObjectShape,
  type Param,
  type Presence,
  type Value,
  type Write,
} from '../src/rule-kit/index.js';

const KB_ENUM = 'llm/openai-structured-output-enum-violation';
const KB_NOT_OBJECT = 'llm/openai-response-format-not-an-object';
const KB_MISSING = 'llm/openai-response-format-missing-parameter';

type FormatType = 'text' | 'json_object' | 'json_schema';
const FORMAT_TYPES: ReadonlySet<string> = new Set<FormatType>(['text', 'json_object', 'json_schema']);

/** The Responses-style keys of a JSON-schema format (flat in `text.format`, nested under `json_schema` on Chat). */
const SCHEMA_KEYS = ['name', 'schema', 'strict', 'description'] as const;

type MessageId =
  | 'invalidType'
  | 'notAnObject'
  | 'missingType'
  | 'missingJsonSchema'
  | 'flatJsonSchema'
  | 'missingSchemaName'
  | 'missingFormatName'
  | 'nestedFormat'
  | 'replaceType'
  | 'wrapInObject'
  | 'addType'
  | 'nestSchema'
  | 'flattenSchema';

/** Every path of the object lacks the key (the object is closed and nothing writes it). */
function surelyMissing(shape: ObjectShape, key: string): boolean {
  const param = getParam(shape, key);
  if (!param.values.every((v) => v.kind === 'absent')) return false;
  // `key: null` is sent as null, which is a different error than a missing key.
  return !param.writes.some((w) => {
    const value = skipWrappers(w.property.value);
    return value.type === AST_NODE_TYPES.Literal && value.value === null;
  });
}

/** The format carries a JSON schema: a nested `json_schema` (Chat) or a flat `schema` (Responses). */
function schemaPresence(shape: ObjectShape): Presence {
  const nested = presence(getParam(shape, 'json_schema'));
  const flat = presence(getParam(shape, 'schema'));
  if (nested === 'yes' || flat === 'yes') return 'yes';
  return nested === 'no' && flat === 'no' ? 'no' : 'maybe';
}

/**
 * The format type a misspelt value stands for. `obvious` when no reader would doubt it (an autofix
 * may apply); otherwise a guess offered as a suggestion.
 */
function intendedType(value: string, schema: Presence): { type: FormatType; obvious: boolean } | null {
  switch (value.toLowerCase().replaceAll(/[\s_-]+/g, '')) {
    case 'json':
      if (schema === 'yes') return { type: 'json_schema', obvious: true };
      return { type: 'json_object', obvious: schema === 'no' };
    case 'jsonobject':
    case 'jsonobj':
      return { type: 'json_object', obvious: true };
    case 'jsonschema':
      return { type: 'json_schema', obvious: true };
    case 'text':
      return { type: 'text', obvious: true };
    case 'object':
      // Seen in a real capture; "object" does not say JSON, so only a suggestion.
      return { type: schema === 'yes' ? 'json_schema' : 'json_object', obvious: false };
    default:
      return null;
  }
}

/** The object a string `response_format` stands for (`'json'` → json_object); `null` when a schema is needed. */
function intendedObject(value: string): { type: FormatType; obvious: boolean } | null {
  const intended = intendedType(value, 'no');
  if (!intended || intended.type === 'json_schema') return null;
  return intended;
}

/** The write whose property holds `value`'s node, else the only write. */
function writeOf(param: Param, value: Value): Write | null {
  if (value.kind !== 'absent' && value.node) {
    const node = value.node;
    const holder = param.writes.find((w) => contains(w.property.value, node));
    if (holder) return holder;
  }
  return param.writes.length === 1 ? param.writes[0] : null;
}

interface Edit {
  /** The write the value belongs to. */
  write: Write;
  /** The string value's node. */
  node: TSESTree.Node;
  /** The replacement text, given a function that quotes like the original. */
  text: (quote: (value: string) => string) => string;
  /** The property's value is this one string on every path (so the whole value may be replaced). */
  onlyValue: boolean;
}

/** The string is written in its property (`'json'`, `'json' as const`, `c ? 'json' : x`, `Format.Json`). */
function inProperty(edit: Edit): boolean {
  const { property } = edit.write;
  return !property.shorthand && contains(property.value, edit.node);
}

/** The string is a literal written in its property: replacing it touches nothing else. */
function literalInProperty(edit: Edit): boolean {
  return inProperty(edit) && (edit.node.type === AST_NODE_TYPES.Literal || edit.node.type === AST_NODE_TYPES.TemplateLiteral);
}

/**
 * Replace string values, each in its own property: the literal itself when it is written in the
 * property, else the whole property value (the string comes from a `const` or an enum member; only
 * when that is the property's only value). `null` when unsafe.
 */
function replaceValuesFix(sourceCode: TSESLint.SourceCode, edits: readonly Edit[]): FixFunction | null {
  const parts: Array<{ range: TSESTree.Range; text: string }> = [];
  for (const edit of edits) {
    const { property } = edit.write;
    const text = edit.text((value) => quoteLike(sourceCode, edit.node, value));
    if (inProperty(edit)) {
      if (sourceCode.getCommentsInside(edit.node).length > 0) return null;
      parts.push({ range: edit.node.range, text });
      continue;
    }
    if (!edit.onlyValue || property.computed) return null;
    const target = property.shorthand ? property : property.value;
    if (sourceCode.getCommentsInside(target).length > 0) return null;
    parts.push({ range: target.range, text: property.shorthand ? `${sourceCode.getText(property.key)}: ${text}` : text });
  }
  if (parts.length === 0) return null;
  return (fixer) => parts.map((part) => fixer.replaceTextRange(part.range, part.text));
}

interface Problem {
  node: TSESTree.Node;
  messageId: MessageId;
  data: Record<string, string>;
  /** The offending string values (`invalidType`, `notAnObject`). */
  values: string[];
  /** One edit per offending value; `complete` is false when some value has none. */
  edits: Edit[];
  complete: boolean;
  /** Every edit is what the code obviously meant, on every path. */
  certain: boolean;
  /** What the values become. */
  replacements: Set<string>;
  suggestMessageId: MessageId;
  /** A structural edit (offered as a suggestion only). */
  suggestion: FixFunction | null;
}

export default createRule<[], MessageId>({
  name: 'valid-response-format',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce a valid `response_format` (Chat Completions) and `text.format` (Responses) shape',
      recommended: true,
      kb: [KB_ENUM, KB_NOT_OBJECT, KB_MISSING],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      invalidType: kbMessage(
        '`{{param}}` is `{{value}}`, not `text`, `json_object` or `json_schema` (HTTP 400).',
        KB_ENUM,
      ),
      notAnObject: kbMessage(
        '`response_format` is the string `{{value}}`, not an object with a `type` (HTTP 400).',
        KB_NOT_OBJECT,
      ),
      missingType: kbMessage(
        '`response_format` has no `type` (HTTP 400).',
        KB_MISSING,
      ),
      missingJsonSchema: kbMessage(
        "`response_format` has `type: 'json_schema'` but no `json_schema` object (HTTP 400).",
        KB_MISSING,
      ),
      flatJsonSchema: kbMessage(
        '`response_format` has {{keys}} at its top level; Chat Completions reads them from `json_schema` (HTTP 400).',
        KB_MISSING,
      ),
      missingSchemaName: kbMessage(
        '`response_format.json_schema` has no `name` (HTTP 400).',
        KB_MISSING,
      ),
      missingFormatName: kbMessage(
        "`text.format` has `type: 'json_schema'` but no `name` (HTTP 400).",
        KB_MISSING,
      ),
      nestedFormat: kbMessage(
        '`text.format` nests its schema in `json_schema`; the Responses API wants `name` and `schema` in `text.format` (HTTP 400).',
        KB_MISSING,
      ),
      replaceType: 'Use `{{replacement}}`.',
      wrapInObject: 'Wrap it in an object: `{{replacement}}`.',
      addType: "Add `type: 'json_schema'`.",
      nestSchema: 'Move {{keys}} into `json_schema: { ... }`.',
      flattenSchema: 'Move the members of `json_schema` up into `text.format`.',
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const { sourceCode } = request;
      const problems = new Map<string, Problem>();

      /** The property that writes `param` at this call, else `fallback` (the nearest node at this call). */
      const nodeOr = (param: Param, fallback: TSESTree.Node): TSESTree.Node => {
        const write = param.writes.find((w) => w.local);
        return write ? write.property : fallback;
      };

      /** One problem per message and node: several bad values of one property make one report. */
      const problemAt = (node: TSESTree.Node, messageId: MessageId, suggestMessageId: MessageId = messageId): Problem => {
        const key = `${messageId}@${node.range[0]}:${node.range[1]}`;
        let problem = problems.get(key);
        if (!problem) {
          problem = {
            node,
            messageId,
            data: {},
            values: [],
            edits: [],
            complete: true,
            certain: true,
            replacements: new Set(),
            suggestMessageId,
            suggestion: null,
          };
          problems.set(key, problem);
        }
        return problem;
      };

      /**
       * A string value that is wrong as written: report it on its property (or on `fallback`, the
       * nearest node at this call, when the property is in a shared object), with the edit
       * `intended` gives.
       */
      const badValue = (
        fallback: TSESTree.Node,
        param: Param,
        value: Value & { kind: 'primitive' },
        messageId: MessageId,
        suggestMessageId: MessageId,
        intended: { type: FormatType; obvious: boolean } | null,
        text: (type: FormatType, quote: (value: string) => string) => string,
      ): Problem => {
        const write = writeOf(param, value);
        const problem = problemAt(write?.local ? write.property : fallback, messageId, suggestMessageId);
        if (!problem.values.includes(String(value.value))) problem.values.push(String(value.value));
        if (problem.edits.some((e) => e.node === value.node)) return problem;
        if (!intended || !write?.local) {
          problem.complete = false;
          return problem;
        }
        const onlyValue = param.values.length === 1 && param.writes.length === 1;
        const edit: Edit = { write, node: value.node, text: (quote) => text(intended.type, quote), onlyValue };
        // Values that are sets (`c ? 'json' : 'json_object'`) and values from elsewhere only suggest.
        if (!intended.obvious || !onlyValue || !literalInProperty(edit)) problem.certain = false;
        problem.replacements.add(text(intended.type, (v) => `'${v}'`));
        problem.edits.push(edit);
        return problem;
      };

      /** A `type` outside the three format types. */
      const checkType = (fallback: TSESTree.Node, shape: ObjectShape, label: string, schema: Presence): void => {
        const param = getParam(shape, 'type');
        for (const value of param.values) {
          if (value.kind !== 'primitive' || typeof value.value !== 'string' || FORMAT_TYPES.has(value.value)) continue;
          const problem = badValue(fallback, param, value, 'invalidType', 'replaceType', intendedType(value.value, schema), (type, quote) => quote(type));
          problem.data.param = label;
        }
      };

      const checkChat = (): void => {
        const param = request.param('response_format');
        const paramNode = request.reportNode(param);
        for (const value of param.values) {
          if (value.kind === 'primitive' && typeof value.value === 'string') {
            badValue(paramNode, param, value, 'notAnObject', 'wrapInObject', intendedObject(value.value), (type, quote) => `{ type: ${quote(type)} }`);
            continue;
          }
          if (value.kind !== 'object') continue;
          const { shape } = value;
          const jsonSchema = getParam(shape, 'json_schema');
          checkType(paramNode, shape, 'response_format.type', schemaPresence(shape));
          if (surelyMissing(shape, 'type')) {
            const problem = problemAt(paramNode, 'missingType', 'addType');
            // With a `json_schema` object written here, the intent is clear: suggest the type.
            const write = jsonSchema.writes[0];
            if (presence(jsonSchema) === 'yes' && jsonSchema.writes.length === 1 && write.local && write.object === shape.node) {
              problem.suggestion = insertPropertyFix(sourceCode, write.object, `type: ${quoteIn(sourceCode, write.object, 'json_schema', { templates: true })}`);
            }
            continue;
          }
          if (!hasString(getParam(shape, 'type').values, 'json_schema')) continue;
          if (surelyMissing(shape, 'json_schema')) {
            const flat = SCHEMA_KEYS.filter((key) => presence(getParam(shape, key)) !== 'no');
            if (flat.length === 0) {
              problemAt(paramNode, 'missingJsonSchema');
              continue;
            }
            const problem = problemAt(paramNode, 'flatJsonSchema', 'nestSchema');
            problem.data.keys = codeList(flat);
            const writes = flat.flatMap((key) => getParam(shape, key).writes);
            const object = shape.node;
            if (
              object?.type === AST_NODE_TYPES.ObjectExpression &&
              flat.every((key) => presence(getParam(shape, key)) === 'yes') &&
              writes.length === flat.length &&
              writes.every((w) => w.local && w.object === object) &&
              jsonSchema.writes.length === 0
            ) {
              problem.suggestion = nestMembersFix(sourceCode, object, 'json_schema', new Set(writes.map((w) => w.property)));
            }
            continue;
          }
          for (const schemaValue of jsonSchema.values) {
            if (schemaValue.kind === 'object' && surelyMissing(schemaValue.shape, 'name')) {
              problemAt(nodeOr(jsonSchema, paramNode), 'missingSchemaName');
            }
          }
        }
      };

      const checkResponses = (): void => {
        const format: Param = { name: 'format', values: request.values('text.format'), writes: request.writes('text.format') };
        const formatNode = request.reportNode(format);
        for (const value of format.values) {
          if (value.kind !== 'object') continue;
          const { shape } = value;
          const nested = getParam(shape, 'json_schema');
          checkType(formatNode, shape, 'text.format.type', schemaPresence(shape));
          if (!hasString(getParam(shape, 'type').values, 'json_schema') || !surelyMissing(shape, 'name')) continue;
          if (presence(nested) !== 'yes') {
            problemAt(formatNode, 'missingFormatName');
            continue;
          }
          const problem = problemAt(formatNode, 'nestedFormat', 'flattenSchema');
          const write = nested.writes[0];
          const object = shape.node;
          if (
            nested.writes.length === 1 &&
            write.local &&
            object?.type === AST_NODE_TYPES.ObjectExpression &&
            write.object === object &&
            surelyMissing(shape, 'schema')
          ) {
            problem.suggestion = flattenMemberFix(sourceCode, object, write.property);
          }
        }
      };

      if (request.site.api === 'chat') checkChat();
      else checkResponses();

      for (const problem of problems.values()) {
        const valueProblem = problem.messageId === 'invalidType' || problem.messageId === 'notAnObject';
        const fix = valueProblem ? (problem.complete && problem.edits.length > 0 ? replaceValuesFix(sourceCode, problem.edits) : null) : problem.suggestion;
        report({
          node: problem.node,
          messageId: problem.messageId,
          data: valueProblem ? { ...problem.data, value: alternatives(problem.values.map((v) => `'${v}'`)) } : problem.data,
          // The three types are OpenAI's: another backend may read another value, so it gets no autofix.
          ...fixOrSuggest({ certain: valueProblem && problem.certain && request.openAIBackend, suggest: [{ messageId: problem.suggestMessageId, data: { ...problem.data, replacement: [...problem.replacements].join('` or `') }, fix }] }),
        });
      }
    });
  },
});
