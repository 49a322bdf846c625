import {
  alternatives,
  code,
  createRule,
  distinctNumbers,
  getParam,
  suggestions,
  isTrue,
  isWritten,
  kbMessage,
  modelList,
  onRequest,
  rejectsPrediction,
  removeWritesFix,
  type Param,
} from '../src/rule-kit/index.js';

const KB = 'llm/openai-predicted-outputs-limitations';

type MessageId =
  | 'logprobs'
  | 'n'
  | 'penalty'
  | 'tools'
  | 'maxCompletionTokens'
  | 'audio'
  | 'modalities'
  | 'unsupportedModel'
  | 'remove';

/** Why a parameter cannot go with `prediction`: the message and its data, or `null` when it can. */
type Check = (param: Param) => { messageId: MessageId; data?: Record<string, string> } | null;

/** Known numbers above `limit`, as "2 or 3"; `null` when none is known. */
function above(param: Param, limit: number): string | null {
  const found = distinctNumbers(param.values).filter((n) => n > limit);
  return found.length > 0 ? alternatives(found) : null;
}

/**
 * The documented limitations, each reported only for a value known to break it: an unknown
 * `n`, penalty, `logprobs`, `tools` or `modalities` may be the compatible one (1, 0, false, [],
 * ['text']). `max_completion_tokens` and `audio` have no compatible value: writing them is enough.
 */
const CHECKS: ReadonlyArray<readonly [string, Check]> = [
  [
    'logprobs',
    (param) => (param.values.some(isTrue) ? { messageId: 'logprobs' } : null),
  ],
  [
    'n',
    (param) => {
      const value = above(param, 1);
      return value === null ? null : { messageId: 'n', data: { value } };
    },
  ],
  ...(['presence_penalty', 'frequency_penalty'] as const).map(
    (name) =>
      [
        name,
        (param: Param) => {
          const value = above(param, 0);
          return value === null ? null : { messageId: 'penalty' as const, data: { param: name, value } };
        },
      ] as const,
  ),
  [
    'tools',
    // A non-empty array, or one whose length is not known (`[...base]`).
    (param) =>
      param.values.some((v) => v.kind === 'array' && (v.elements === null || v.elements.length > 0)) ? { messageId: 'tools' } : null,
  ],
  ['max_completion_tokens', (param) => (isWritten(param) ? { messageId: 'maxCompletionTokens' } : null)],
  ['audio', (param) => (isWritten(param) ? { messageId: 'audio' } : null)],
  [
    'modalities',
    (param) => {
      const others: string[] = [];
      for (const value of param.values) {
        if (value.kind !== 'array' || value.elements === null) continue;
        for (const element of value.elements) {
          for (const v of element) {
            if (v.kind === 'primitive' && typeof v.value === 'string' && v.value !== 'text' && !others.includes(v.value)) {
              others.push(v.value);
            }
          }
        }
      }
      return others.length > 0 ? { messageId: 'modalities', data: { modality: alternatives(others.map((m) => code(`'${m}'`))) } } : null;
    },
  ],
];

export default createRule<[], MessageId>({
  name: 'valid-predicted-outputs',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Enforce the Predicted Outputs limitations: `prediction` only on supported models and without `n` > 1, `logprobs`, penalties, `tools`, `max_completion_tokens` or audio',
      recommended: true,
      kb: [KB],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      logprobs: kbMessage(
        '`logprobs: true` with `prediction` is rejected: Predicted Outputs has no logprobs (HTTP 400).',
        KB,
      ),
      n: kbMessage(
        '`n` set to {{value}} with `prediction` is rejected: Predicted Outputs gives one choice (HTTP 400).',
        KB,
      ),
      penalty: kbMessage(
        '`{{param}}` set to {{value}} with `prediction` is rejected: Predicted Outputs takes no penalty (HTTP 400).',
        KB,
      ),
      tools: kbMessage(
        '`tools` with `prediction` is rejected: Predicted Outputs does not support tools (HTTP 400).',
        KB,
      ),
      maxCompletionTokens: kbMessage(
        '`max_completion_tokens` with `prediction` is rejected by Predicted Outputs (HTTP 400).',
        KB,
      ),
      audio: kbMessage(
        '`audio` with `prediction` is rejected: Predicted Outputs is text only (HTTP 400).',
        KB,
      ),
      modalities: kbMessage(
        '`modalities` with {{modality}} and `prediction` is rejected: Predicted Outputs is text only (HTTP 400).',
        KB,
      ),
      unsupportedModel: kbMessage(
        '`prediction` is rejected by `{{model}}`{{modelNote}}, which does not support Predicted Outputs (HTTP 400).',
        KB,
      ),
      remove: 'Remove `{{param}}`.',
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const { sourceCode } = request;
      if (request.site.api !== 'chat') return;
      const prediction = request.param('prediction');
      if (!isWritten(prediction)) return;
      const removePrediction = removeWritesFix(sourceCode, prediction.writes);

      // Only model paths `prediction` is sent on (model and prediction from the same path).
      const failing = request.pathsMeeting(request.judge(rejectsPrediction).failing, request.sent('prediction'));
      if (failing.length > 0) {
        report({
          node: request.reportNode(prediction),
          messageId: 'unsupportedModel',
          data: { model: modelList(failing) },
          // Dropping `prediction` on a model that may accept it loses the latency gain: never automatic.
          suggest: suggestions([{ messageId: 'remove', data: { param: 'prediction' }, fix: removePrediction }]),
        });
      }

      // The other parameter and `prediction` from the same path.
      const predicted = request.pathsSending('prediction');
      for (const [name, check] of CHECKS) {
        const param = request.param(name);
        if (!isWritten(param)) continue;
        let problem: ReturnType<typeof check> = null;
        for (const path of predicted) if ((problem = check(getParam(path.shape, name)))) break;
        if (!problem) continue;
        const removeParam = removeWritesFix(sourceCode, param.writes);
        // Which side to drop is the author's choice: two suggestions, no autofix.
        report({
          node: request.reportNode(param),
          messageId: problem.messageId,
          data: problem.data,
          suggest: suggestions([{ messageId: 'remove', data: { param: 'prediction' }, fix: removePrediction }, { messageId: 'remove', data: { param: name }, fix: removeParam }]),
        });
      }
    });
  },
});
