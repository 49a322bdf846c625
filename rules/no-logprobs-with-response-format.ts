import { asksForLogprobs, createRule, fixOrSuggest, getParam, kbMessage, onRequest, type LogprobsParam, type ObjectShape, type Value } from '../src/rule-kit/index.js';

const KB = 'llm/logprobs-request-fails-on-structured-output';

const JSON_TYPES: ReadonlySet<unknown> = new Set(['json_object', 'json_schema']);

/** The SDK helpers that build a strict `json_schema` format, per API. */
const JSON_HELPERS = {
  chat: ['zodResponseFormat', 'standardResponseFormat'],
  responses: ['zodTextFormat', 'standardTextFormat'],
} as const;

/** `json`: a JSON format on every path of this value; `some`: on some; `no`: not JSON; `unknown`. */
type FormatKind = 'json' | 'some' | 'no' | 'unknown';

function formatKind(value: Value, helpers: readonly string[]): FormatKind {
  switch (value.kind) {
    case 'absent':
      return 'no';
    case 'call':
      return value.callee !== null && helpers.some((name) => value.callee === name || value.callee!.endsWith(`.${name}`))
        ? 'json'
        : 'unknown';
    case 'object': {
      // A shape an SDK helper builds (`zodResponseFormat(...)`): JSON only for this API's own helper.
      if (value.node.type === 'CallExpression') {
        const callee = value.node.callee;
        const name = callee.type === 'Identifier' ? callee.name : callee.type === 'MemberExpression' && callee.property.type === 'Identifier' ? callee.property.name : null;
        return name !== null && helpers.includes(name) ? 'json' : 'unknown';
      }
      const types = getParam(value.shape, 'type').values;
      const json = types.filter((t) => t.kind === 'primitive' && JSON_TYPES.has(t.value)).length;
      if (json === types.length) return 'json';
      if (json > 0) return 'some';
      return types.some((t) => t.kind === 'unknown') ? 'unknown' : 'no';
    }
    case 'primitive':
      return 'no';
    default:
      return 'unknown';
  }
}

/** The format values of one body path: `response_format` (Chat) or `text.format` (Responses). */
function formatValuesOn(shape: ObjectShape, chat: boolean): Value[] {
  if (chat) return getParam(shape, 'response_format').values;
  return getParam(shape, 'text').values.flatMap((text) => (text.kind === 'object' ? getParam(text.shape, 'format').values : []));
}

/** The logprobs parameter asks for logprobs on the body path of `shape` (as `logprobsParams` finds it over all paths). */
function asksOn(item: LogprobsParam, shape: ObjectShape): boolean {
  return getParam(shape, item.param.name).values.some((value) => asksForLogprobs(item.kind, value));
}

export default createRule({
  name: 'no-logprobs-with-response-format',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow requesting logprobs together with a JSON response format, for backends that reject the combination',
      recommended: false,
      kb: [KB],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      chat: kbMessage(
        'Some gateways reject `{{param}}` with a JSON `response_format` (HTTP 400); OpenAI accepts it.',
        KB,
      ),
      responsesTopLogprobs: kbMessage(
        'Some gateways reject `top_logprobs` with a JSON `text.format` (HTTP 400); OpenAI accepts it.',
        KB,
      ),
      responsesInclude: kbMessage(
        'Some gateways reject the logprobs `include` entry with a JSON `text.format` (HTTP 400); OpenAI accepts it.',
        KB,
      ),
      remove: 'Remove `{{param}}`.',
      removeInclude: "Remove `'message.output_text.logprobs'` from `include`.",
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const found = request.logprobs();
      if (found.length === 0) return;
      const chat = request.site.api === 'chat';
      const helpers = JSON_HELPERS[request.site.api];
      // The body paths with a JSON format: a parameter is reported only when one of them also asks
      // for logprobs (`...(structured ? { response_format } : { logprobs: true })` sends never both).
      const jsonPaths = request.paths.filter((path) =>
        formatValuesOn(path.shape, chat).some((value) => {
          const kind = formatKind(value, helpers);
          return kind === 'json' || kind === 'some';
        }),
      );
      if (jsonPaths.length === 0) return;
      // Never an autofix: OpenAI's API accepts the combination, so removing logprobs changes what a
      // working request returns. The removals are suggestions, one per parameter (remove
      // `top_logprobs` too when removing `logprobs`: `openai/valid-top-logprobs` reports the rest).
      for (const item of found) {
        if (!jsonPaths.some((path) => asksOn(item, path.shape))) continue;
        const include = item.kind === 'include';
        report({
          node: item.node,
          messageId: chat ? 'chat' : include ? 'responsesInclude' : 'responsesTopLogprobs',
          data: { param: item.kind },
          ...fixOrSuggest({ certain: false, suggest: [include ? { messageId: 'removeInclude', data: { param: item.kind }, fix: item.fix } : { messageId: 'remove', data: { param: item.kind }, fix: item.fix }] }),
        });
      }
    });
  },
});
