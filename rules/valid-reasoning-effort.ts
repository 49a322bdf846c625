import { otherProvider } from '../src/rule-kit/model-reports.js';
import { codeList, createRule, kbMessage, onRequest, viaPhrase, type ModelPath } from '../src/rule-kit/index.js';

const KB = 'llm/openai-reasoning-effort-unsupported';

type MessageId = 'unsupported' | 'maxOnChat';

/** What is wrong with the effort written on this path, if anything (silent where the model's efforts are not known). */
function problemOf(path: ModelPath, chat: boolean): MessageId | null {
  const { entry, effort } = path;
  if (!path.explicitEffort || effort === 'unknown' || !entry.reasoning || !entry.efforts) return null;
  if (!entry.efforts.includes(effort)) return 'unsupported';
  // Only the Responses API accepts `max`: on Chat Completions the ceiling is `xhigh` (Medium).
  if (chat && effort === 'max') return 'maxOnChat';
  return null;
}

/** The confidence of the model's effort list where it is below High (its evidence is on the rule page and in the catalog). */
function confidenceNote(path: ModelPath): string {
  const weak = path.entry.weak?.efforts;
  return weak ? `, ${weak.confidence} confidence` : '';
}

export default createRule<[], MessageId>({
  name: 'valid-reasoning-effort',
  meta: {
    type: 'problem',
    docs: {
      description: 'Disallow a reasoning effort the model does not accept, and effort `max` on Chat Completions',
      recommended: false,
      strict: 'error',
      kb: [KB],
    },
    hasSuggestions: false,
    schema: [],
    messages: {
      unsupported: kbMessage(
        'Reasoning effort `{{effort}}` (`{{param}}`) is rejected by `{{model}}`{{modelNote}}{{via}} (HTTP 400{{confidence}}); it accepts {{efforts}}.',
        KB,
      ),
      maxOnChat: kbMessage(
        'Reasoning effort `max` (`{{param}}`) works only on the Responses API; Chat Completions rejects it for `{{model}}`{{modelNote}}{{via}} (HTTP 400, medium confidence).',
        KB,
      ),
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      // Another provider's (Azure, a `baseURL`) efforts are its own, unless the name is aliased to an OpenAI model.
      const elsewhere = otherProvider(request.client);
      const chat = request.site.api === 'chat';
      const param = request.param(chat ? 'reasoning_effort' : 'reasoning');
      // One report per (problem, model, effort), each from one path: model and effort written together.
      const groups = new Map<string, { messageId: MessageId; paths: ModelPath[] }>();
      for (const path of request.models().paths) {
        if (elsewhere && !Object.hasOwn(request.settings.modelAliases, path.model)) continue;
        const messageId = problemOf(path, chat);
        if (!messageId) continue;
        const key = `${messageId}\0${path.model}\0${path.effort}`;
        const group = groups.get(key);
        if (group) group.paths.push(path);
        else groups.set(key, { messageId, paths: [path] });
      }
      for (const { messageId, paths } of groups.values()) {
        const [first] = paths;
        report({
          node: request.reportNode(param),
          messageId,
          data: {
            param: param.name,
            effort: first.effort,
            model: first.model,
            efforts: codeList(first.entry.efforts ?? []),
            via: viaPhrase(paths),
            confidence: confidenceNote(first),
          },
        });
      }
    });
  },
});
