import {
  alternatives,
  asksForLogprobs,
  codeList,
  createRule,
  fixOrSuggest,
  kbMessage,
  modelList,
  onRequest,
  rejectsLogprobs,
  unique,
  viaPhrase,
  type LogprobsParam,
  type ModelPath,
  type Value,
} from '../src/rule-kit/index.js';

const KB = 'llm/openai-reasoning-model-logprobs';

/**
 * The effort under which the failing paths fail, as a phrase that follows the model names:
 * ` at reasoning effort \`high\``, ` at its default reasoning effort \`medium\``, or nothing for
 * a model that refuses logprobs without reasoning (gpt-5-chat-latest).
 */
function effortPhrase(failing: readonly ModelPath[]): string {
  const reasoning = failing.filter((p) => p.entry.reasoning && p.effort !== 'unknown');
  const explicit = unique(reasoning.filter((p) => p.explicitEffort).map((p) => p.effort));
  const byDefault = reasoning.filter((p) => !p.explicitEffort);
  const defaults = unique(byDefault.map((p) => p.effort));
  const parts: string[] = [];
  if (explicit.length > 0) parts.push(`reasoning effort ${codeList(explicit, 'or')}`);
  if (defaults.length > 0) {
    const owner = unique(byDefault.map((p) => p.model)).length > 1 ? 'their' : 'its';
    parts.push(`${owner} default reasoning effort ${codeList(defaults, 'or')}`);
  }
  return parts.length > 0 ? ` at ${alternatives(parts)}` : '';
}

/** The values of the parameter that ask for logprobs (`logprobs: true`, a `top_logprobs` number, an `include` with the entry). */
function asking(item: LogprobsParam): Value[] {
  return item.param.values.filter((v) => asksForLogprobs(item.kind, v));
}

export default createRule({
  name: 'no-unsupported-logprobs',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow `logprobs` and `top_logprobs` on models that reject them at the reasoning effort that applies',
      recommended: true,
      kb: [KB],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      chat: kbMessage(
        '`{{param}}` is rejected by `{{model}}`{{modelNote}}{{effort}}{{via}} (HTTP 400/403).',
        KB,
      ),
      responsesTopLogprobs: kbMessage(
        '`{{param}}` is rejected by `{{model}}`{{modelNote}}{{effort}}{{via}}; the request fails.',
        KB,
      ),
      responsesInclude: kbMessage(
        'The logprobs `include` entry is rejected by `{{model}}`{{modelNote}}{{effort}}{{via}}; the request fails.',
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
      const { failing: allFailing, allFail } = request.judge(rejectsLogprobs);
      if (allFailing.length === 0) return;
      for (const item of found) {
        // Only paths this parameter asks for logprobs on (a value from one call of a local function never meets another call's model).
        const values = asking(item);
        const failing = request.pathsMeeting(allFailing, values);
        if (failing.length === 0) continue;
        const data = { model: modelList(failing), effort: effortPhrase(failing), via: viaPhrase([...failing, ...request.valuesMeeting(values, failing)]) };
        const include = item.kind === 'include';
        report({
          node: item.node,
          messageId: request.site.api === 'chat' ? 'chat' : include ? 'responsesInclude' : 'responsesTopLogprobs',
          data: { ...data, param: item.kind },
          ...fixOrSuggest({ certain: allFail && item.certain, suggest: [include ? { messageId: 'removeInclude', data: { param: item.kind }, fix: item.fix } : { messageId: 'remove', data: { param: item.kind }, fix: item.fix }] }),
        });
      }
    });
  },
});
