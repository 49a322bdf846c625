import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  alternatives,
  appendArrayElementsFix,
  code,
  codeList,
  contains,
  createRule,
  getParam,
  insertPropertySafely,
  isFalse,
  isString,
  isTrue,
  isWritten,
  kbMessage,
  onlyString,
  onRequest,
  quoteIn,
  removeArrayElementFix,
  replaceNodeFix,
  skipWrappers,
  surelyAbsent,
  type ObjectShape,
  type Param,
  type Report,
  type RequestFacts,
  type Value,
} from '../src/rule-kit/index.js';

const KB = 'llm/openai-strict-json-schema-invalid';

/** JSON Schema keywords Structured Outputs does not support in strict mode. */
const UNSUPPORTED_KEYWORDS = ['allOf', 'not', 'if', 'then', 'else', 'dependentRequired', 'dependentSchemas'] as const;

/** Schema visits per request: a bound on pathological (huge or generated) literals. */
const MAX_VISITS = 2000;

type MessageId =
  | 'additionalProperties'
  | 'functionAdditionalProperties'
  | 'missingRequired'
  | 'functionMissingRequired'
  | 'extraRequired'
  | 'functionExtraRequired'
  | 'rootNotObject'
  | 'unsupportedKeyword'
  | 'addAdditionalProperties'
  | 'setAdditionalProperties'
  | 'addRequired'
  | 'removeRequired';

type ObjectValue = Extract<Value, { kind: 'object' }>;

/** A strict schema the request sends: a JSON-schema format or a function tool's parameters. */
interface Target {
  /** The API's error texts were captured for formats; function tools have none in the evidence. */
  kind: 'format' | 'function';
  /** How reports name it: "`response_format` schema `person`", "function `get_weather`". */
  subject: string;
  /** The schema's possible values. */
  schema: Param;
}

/** The property of `param` that holds `value` (where the schema is written), else the value's own node. */
function holderOf(param: Param, value: ObjectValue): TSESTree.Node {
  return param.writes.find((w) => contains(w.property, value.node))?.property ?? value.node;
}

/** A JSON Pointer segment (`~` → `~0`, `/` → `~1`). */
function pointer(path: readonly string[]): string {
  return `#${path.map((segment) => `/${segment.replaceAll('~', '~0').replaceAll('/', '~1')}`).join('')}`;
}

/** The object literal of a schema value, when every key written in it belongs to this call alone. */
function localObject(value: ObjectValue): TSESTree.ObjectExpression | null {
  if (value.node.type !== AST_NODE_TYPES.ObjectExpression) return null;
  const writes = [...value.shape.params.values()].flatMap((p) => p.writes).filter((w) => w.object === value.node);
  return writes.length > 0 && writes.every((w) => w.local) ? value.node : null;
}

/** The schema types a `type` keyword allows on some path (`'object'`, `['object', 'null']`). */
function typeNames(param: Param): Set<string> {
  const names = new Set<string>();
  for (const value of param.values) {
    if (value.kind === 'primitive' && typeof value.value === 'string') names.add(value.value);
    else if (value.kind === 'array' && value.elements !== null) {
      for (const item of value.elements.flat()) if (item.kind === 'primitive' && typeof item.value === 'string') names.add(item.value);
    }
  }
  return names;
}

/** The strict schemas a request sends, as far as they are written as literals. */
function strictTargets(request: RequestFacts): Target[] {
  const targets: Target[] = [];
  const strict = (shape: ObjectShape): boolean => getParam(shape, 'strict').values.some(isTrue);
  const named = (label: string, shape: ObjectShape): string => {
    const name = onlyString(getParam(shape, 'name'));
    return name === null ? label : `${label} \`${name}\``;
  };
  const isJsonSchema = (shape: ObjectShape): boolean => getParam(shape, 'type').values.some((v) => isString(v, 'json_schema'));

  if (request.site.api === 'chat') {
    for (const format of request.param('response_format').values) {
      if (format.kind !== 'object' || !isJsonSchema(format.shape)) continue;
      for (const jsonSchema of getParam(format.shape, 'json_schema').values) {
        if (jsonSchema.kind !== 'object' || !strict(jsonSchema.shape)) continue;
        targets.push({ kind: 'format', subject: named('`response_format` schema', jsonSchema.shape), schema: getParam(jsonSchema.shape, 'schema') });
      }
    }
  } else {
    for (const format of request.values('text.format')) {
      if (format.kind !== 'object' || !isJsonSchema(format.shape) || !strict(format.shape)) continue;
      targets.push({ kind: 'format', subject: named('`text.format` schema', format.shape), schema: getParam(format.shape, 'schema') });
    }
  }

  for (const tools of request.param('tools').values) {
    if (tools.kind !== 'array' || tools.elements === null) continue;
    for (const element of tools.elements) {
      for (const tool of element) {
        if (tool.kind !== 'object' || !getParam(tool.shape, 'type').values.some((v) => isString(v, 'function'))) continue;
        // Chat nests the function (`{ type, function: { name, strict, parameters } }`); Responses does not.
        const functions = request.site.api === 'chat' ? getParam(tool.shape, 'function').values : [tool];
        for (const fn of functions) {
          if (fn.kind !== 'object' || !strict(fn.shape)) continue;
          targets.push({ kind: 'function', subject: named('function', fn.shape), schema: getParam(fn.shape, 'parameters') });
        }
      }
    }
  }
  return targets;
}

export default createRule<[], MessageId>({
  name: 'valid-strict-json-schema',
  meta: {
    type: 'problem',
    docs: {
      description: 'Enforce the JSON Schema subset that strict Structured Outputs and strict function tools accept',
      recommended: true,
      kb: [KB],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      additionalProperties: kbMessage(
        'Strict {{subject}}: the object at `{{path}}` lacks `additionalProperties: false` (HTTP 400).',
        KB,
      ),
      functionAdditionalProperties: kbMessage(
        'Strict {{subject}}: the object at `{{path}}` lacks `additionalProperties: false` (HTTP 400).',
        KB,
      ),
      missingRequired: kbMessage(
        'Strict {{subject}}: `required` at `{{path}}` does not list {{keys}} (HTTP 400).',
        KB,
      ),
      functionMissingRequired: kbMessage(
        'Strict {{subject}}: `required` at `{{path}}` does not list {{keys}} (HTTP 400).',
        KB,
      ),
      extraRequired: kbMessage(
        'Strict {{subject}}: `required` at `{{path}}` lists `{{key}}`, which is not in `properties` (HTTP 400).',
        KB,
      ),
      functionExtraRequired: kbMessage(
        'Strict {{subject}}: `required` at `{{path}}` lists `{{key}}`, which is not in `properties` (HTTP 400).',
        KB,
      ),
      rootNotObject: kbMessage(
        "Strict {{subject}}: the root schema is {{what}}, not `type: 'object'` (HTTP 400).",
        KB,
      ),
      unsupportedKeyword: kbMessage(
        'Strict {{subject}}: `{{keyword}}` at `{{path}}` is not supported in strict mode (HTTP 400).',
        KB,
      ),
      addAdditionalProperties: 'Add `additionalProperties: false` (the object then rejects keys outside `properties`).',
      setAdditionalProperties: 'Set `additionalProperties` to `false` (the object then rejects keys outside `properties`).',
      addRequired: 'Add {{keys}} to `required` (make a field optional with a `null` type instead of leaving it out).',
      removeRequired: 'Remove `{{key}}` from `required`.',
    },
  },
  defaultOptions: [],
  create(context) {
    /** A schema shared by several calls is reported once, where it is written. */
    const reported = new Set<string>();

    const checkTarget = (sourceCode: TSESLint.SourceCode, target: Target, report: Report<MessageId>): void => {
      const reportOnce = (
        node: TSESTree.Node,
        messageId: MessageId,
        data: Record<string, string>,
        detail: string,
        suggest: Array<TSESLint.SuggestionReportDescriptor<MessageId> | null> = [],
      ): void => {
        const key = `${node.range[0]}:${node.range[1]}:${messageId}:${detail}`;
        if (reported.has(key)) return;
        reported.add(key);
        // A schema spanning many lines is marked by its key (or its first line), not as a whole block.
        let loc: TSESTree.SourceLocation = node.loc;
        if (node.loc.start.line !== node.loc.end.line) {
          const start = node.type === AST_NODE_TYPES.Property ? node.key : sourceCode.getFirstToken(node)!;
          loc = start.loc;
        }
        report({ node, loc, messageId, data, suggest: suggest.filter((s) => s !== null) });
      };
      let visits = 0;
      const functionKind = target.kind === 'function';

      /** Additional properties must be `false` on every object schema. */
      const checkAdditionalProperties = (value: ObjectValue, holder: TSESTree.Node, path: string[]): void => {
        const param = getParam(value.shape, 'additionalProperties');
        if (param.values.some((v) => v.kind === 'unknown' || isFalse(v))) return;
        const data = { subject: target.subject, path: pointer(path) };
        const messageId = functionKind ? 'functionAdditionalProperties' : 'additionalProperties';
        if (surelyAbsent(param)) {
          const object = localObject(value);
          const fix = object && insertPropertySafely(sourceCode, object, 'additionalProperties: false');
          reportOnce(holder, messageId, data, '', [fix && { messageId: 'addAdditionalProperties', fix }]);
          return;
        }
        // `additionalProperties: true` or a schema: allowed outside strict mode, rejected in it.
        const write = param.writes.length === 1 ? param.writes[0] : null;
        const written = write && skipWrappers(write.property.value);
        const inline = written?.type === AST_NODE_TYPES.Literal || written?.type === AST_NODE_TYPES.ObjectExpression;
        const fix = write?.local && !write.property.shorthand && inline ? replaceNodeFix(sourceCode, write.property.value, 'false') : null;
        reportOnce(write?.property ?? holder, messageId, data, '', [fix && { messageId: 'setAdditionalProperties', fix }]);
      };

      /** `required` must list every key of `properties`, and nothing else. */
      const checkRequired = (value: ObjectValue, holder: TSESTree.Node, path: string[]): void => {
        const properties = getParam(value.shape, 'properties');
        // One `properties` object and one `required` value: values of the two keys set on different
        // paths (`c ? a : b`) are not correlated, so only single values are compared.
        if (properties.values.length !== 1 || properties.values[0].kind !== 'object') return;
        const props = properties.values[0].shape;
        const keys = [...props.params.values()].filter((p) => p.values.some((v) => v.kind !== 'absent')).map((p) => p.name);
        const required = getParam(value.shape, 'required');
        if (required.values.length !== 1) return;
        const [list] = required.values;
        const data = { subject: target.subject, path: pointer(path) };

        if (list.kind === 'absent') {
          if (keys.length === 0) return;
          const object = localObject(value);
          const texts = keys.map((k) => quoteIn(sourceCode, value.node, k));
          const fix = object && insertPropertySafely(sourceCode, object, `required: [${texts.join(', ')}]`);
          reportOnce(holder, functionKind ? 'functionMissingRequired' : 'missingRequired', { ...data, keys: codeList(keys), key: keys[0] }, keys.join('\0'), [
            fix && { messageId: 'addRequired', data: { keys: codeList(keys) }, fix },
          ]);
          return;
        }
        if (list.kind !== 'array' || list.elements === null) return;
        const write = required.writes.length === 1 ? required.writes[0] : null;
        const array = write?.local && skipWrappers(write.property.value) === list.node && list.node.type === AST_NODE_TYPES.ArrayExpression ? list.node : null;
        const listed = new Set<string>();
        let complete = true;
        for (const element of list.elements) {
          for (const item of element) {
            if (item.kind === 'primitive' && typeof item.value === 'string') listed.add(item.value);
            else complete = false;
          }
        }
        const node = write?.property ?? holder;
        const missing = complete ? keys.filter((k) => !listed.has(k)) : [];
        if (missing.length > 0) {
          const texts = missing.map((k) => quoteIn(sourceCode, list.node, k));
          const fix = array && appendArrayElementsFix(sourceCode, array, texts);
          reportOnce(node, functionKind ? 'functionMissingRequired' : 'missingRequired', { ...data, keys: codeList(missing), key: missing[0] }, missing.join('\0'), [
            fix && { messageId: 'addRequired', data: { keys: codeList(missing) }, fix },
          ]);
        }
        // An extra key is one no path of `properties` can have.
        if (props.open) return;
        list.elements.forEach((element, index) => {
          if (element.length !== 1 || element[0].kind !== 'primitive' || typeof element[0].value !== 'string') return;
          const key = element[0].value;
          if (!surelyAbsent(getParam(props, key))) return;
          const elementNode = array?.elements[index] ?? null;
          const fix = elementNode && removeArrayElementFix(sourceCode, elementNode);
          reportOnce(elementNode ?? node, functionKind ? 'functionExtraRequired' : 'extraRequired', { ...data, key }, key, [
            fix && { messageId: 'removeRequired', data: { key }, fix },
          ]);
        });
      };

      const visit = (value: Value, holder: TSESTree.Node, path: string[]): void => {
        if (value.kind !== 'object' || ++visits > MAX_VISITS) return;
        const { shape } = value;
        const type = getParam(shape, 'type');
        const names = typeNames(type);
        const properties = getParam(shape, 'properties');

        if (path.length === 0) {
          const anyOf = getParam(shape, 'anyOf');
          const known = type.values.every((v) => v.kind === 'primitive' && typeof v.value === 'string');
          if (known && !names.has('object')) {
            const what = alternatives([...names].map((n) => code(`type: '${n}'`)));
            reportOnce(type.writes[0]?.property ?? holder, 'rootNotObject', { subject: target.subject, what }, '');
          } else if (surelyAbsent(type) && isWritten(anyOf)) {
            reportOnce(anyOf.writes[0].property, 'rootNotObject', { subject: target.subject, what: 'an `anyOf`' }, '');
          }
        }

        for (const keyword of UNSUPPORTED_KEYWORDS) {
          const param = getParam(shape, keyword);
          if (!isWritten(param)) continue;
          reportOnce(param.writes[0].property, 'unsupportedKeyword', { subject: target.subject, keyword, path: pointer(path) }, keyword);
        }

        if (names.has('object') || (surelyAbsent(type) && isWritten(properties))) {
          checkAdditionalProperties(value, holder, path);
          checkRequired(value, holder, path);
        }

        // Sub-schemas: properties, items, anyOf branches, definitions.
        for (const props of properties.values) {
          if (props.kind !== 'object') continue;
          for (const param of props.shape.params.values()) {
            for (const sub of param.values) if (sub.kind === 'object') visit(sub, holderOf(param, sub), [...path, 'properties', param.name]);
          }
        }
        const items = getParam(shape, 'items');
        for (const sub of items.values) {
          if (sub.kind === 'object') visit(sub, holderOf(items, sub), [...path, 'items']);
          else if (sub.kind === 'array' && sub.elements !== null) {
            sub.elements.forEach((element, index) => {
              for (const item of element) if (item.kind === 'object') visit(item, item.node, [...path, 'items', String(index)]);
            });
          }
        }
        for (const sub of getParam(shape, 'anyOf').values) {
          if (sub.kind !== 'array' || sub.elements === null) continue;
          sub.elements.forEach((element, index) => {
            for (const item of element) if (item.kind === 'object') visit(item, item.node, [...path, 'anyOf', String(index)]);
          });
        }
        for (const keyword of ['$defs', 'definitions']) {
          for (const defs of getParam(shape, keyword).values) {
            if (defs.kind !== 'object') continue;
            for (const param of defs.shape.params.values()) {
              for (const sub of param.values) if (sub.kind === 'object') visit(sub, holderOf(param, sub), [...path, keyword, param.name]);
            }
          }
        }
      };

      for (const schema of target.schema.values) {
        if (schema.kind === 'object') visit(schema, holderOf(target.schema, schema), []);
      }
    };

    return onRequest(context, (request, report) => {
      // Another provider's endpoint validates schemas its own way (or not at all).
      if (request.site.client.kind === 'compatible') return;
      for (const target of strictTargets(request)) checkTarget(request.sourceCode, target, report);
    });
  },
});
