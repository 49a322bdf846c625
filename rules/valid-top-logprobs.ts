import type { TSESLint } from '@typescript-eslint/utils';
import {
  createRule,
  fixOrSuggest,
  suggestions,
  insertPropertyFix,
  isKnownSent,
  kbMessage,
  literalInLocalWrite,
  modelList,
  onRequest,
  partnerNotTrue,
  rejectsLogprobs,
  removePropertyFix,
  replaceNodeFix,
  singleLocalWrite,
  type FixFunction,
  type ModelPath,
  type Param,
  type Report,
  type RequestFacts,
  type Value,
} from '../src/rule-kit/index.js';

const KB_WITHOUT = 'llm/openai-top-logprobs-without-logprobs';
const KB_RANGE = 'llm/openai-top-logprobs-out-of-range';
const KB_CAP = 'llm/openai-top-logprobs-effort-none-cap';

/** The API's range for `top_logprobs` (SDK doc: "An integer between 0 and 20"). */
const MAX = 20;
/** The cap on gpt-5.x at reasoning effort `none` (gpt-5.6-terra capture). */
const CAP_AT_EFFORT_NONE = 5;

type MessageId =
  | 'missingLogprobs'
  | 'logprobsFalse'
  | 'notInteger'
  | 'belowMinimum'
  | 'aboveMaximum'
  | 'aboveEffortNoneCap'
  | 'addLogprobs'
  | 'setLogprobsTrue'
  | 'removeTopLogprobs'
  | 'setToCap';

/** What is wrong with a number sent as `top_logprobs`, if anything. */
function rangeProblem(value: number): 'notInteger' | 'belowMinimum' | 'aboveMaximum' | null {
  if (!Number.isInteger(value)) return 'notInteger';
  if (value < 0) return 'belowMinimum';
  if (value > MAX) return 'aboveMaximum';
  return null;
}

/**
 * The cap of 5 applies on this path (effort `none` on a model that then accepts logprobs, where the
 * cap is known: `effortNoneTopLogprobsCap` not `null`); else not known.
 */
function capsAtEffortNone(path: ModelPath): true | undefined {
  return path.effort === 'none' && path.entry.reasoning && path.entry.samplingWhenEffortNone === true && path.entry.effortNoneTopLogprobsCap !== null
    ? true
    : undefined;
}

function effortPhrase(failing: readonly ModelPath[]): string {
  return failing.every((p) => !p.explicitEffort) ? 'its default reasoning effort `none`' : 'reasoning effort `none`';
}

/** The edit that removes `top_logprobs` (its single local write), or `null`. */
function removeTopLogprobs(sourceCode: TSESLint.SourceCode, top: Param): FixFunction | null {
  const write = singleLocalWrite(top.writes);
  return write ? removePropertyFix(sourceCode, write.property) : null;
}

/** Chat: `top_logprobs` sent where `logprobs` may be missing or `false`. */
function checkLogprobs(request: RequestFacts, report: Report<MessageId>, top: Param, failing: readonly ModelPath[], allFail: boolean): void {
  if (!top.values.some(isKnownSent)) return;
  // Every known model refuses logprobs altogether: `openai/no-unsupported-logprobs` reports it, and
  // adding `logprobs: true` would not help.
  if (allFail) return;
  const missing = partnerNotTrue(request, top, 'logprobs');
  if (!missing) return;
  const remove = removeTopLogprobs(request.sourceCode, top);
  const removeSuggestion = { messageId: 'removeTopLogprobs', fix: remove } as const;
  const node = request.reportNode(top);

  if (missing.maybeFalse) {
    const literal = missing.falseLiteral;
    report({
      node,
      messageId: 'logprobsFalse',
      data: { param: 'top_logprobs' },
      suggest: suggestions([{ messageId: 'setLogprobsTrue', fix: literal ? replaceNodeFix(request.sourceCode, literal, 'true') : null }, removeSuggestion]),
    });
    return;
  }

  // `logprobs` absent on some path. Add it next to `top_logprobs` when nothing writes it at all.
  // A suggestion, never an autofix (the fix policy): adding `logprobs: true` turns on a feature
  // (the response then carries logprobs), and removing `top_logprobs` is the other way out.
  const fix: FixFunction | null = missing.insertInto ? insertPropertyFix(request.sourceCode, missing.insertInto, 'logprobs: true') : null;
  report({
    node,
    messageId: 'missingLogprobs',
    data: { param: 'top_logprobs' },
    ...fixOrSuggest({ certain: false, suggest: [{ messageId: 'addLogprobs', fix }, removeSuggestion] }),
  });
}

/** Both APIs: a number that is not an integer from 0 to 20. */
function checkRange(request: RequestFacts, report: Report<MessageId>, top: Param): boolean {
  for (const value of top.values) {
    if (value.kind !== 'primitive' || typeof value.value !== 'number') continue;
    const problem = rangeProblem(value.value);
    if (!problem) continue;
    report({ node: request.reportNode(top), messageId: problem, data: { param: 'top_logprobs', value: String(value.value) } });
    return true;
  }
  return false;
}

/** Chat: above 5 on a gpt-5.x path whose effort is `none`. */
function checkCap(request: RequestFacts, report: Report<MessageId>, top: Param): void {
  const over = top.values.find(
    (v): v is Extract<Value, { kind: 'primitive' }> =>
      v.kind === 'primitive' && typeof v.value === 'number' && Number.isInteger(v.value) && v.value > CAP_AT_EFFORT_NONE && v.value <= MAX,
  );
  if (!over) return;
  // Only model paths this value is sent on (model, effort and `top_logprobs` from the same path).
  const failing = request.pathsMeeting(request.judge(capsAtEffortNone).failing, [over]);
  if (failing.length === 0) return;
  const literal = literalInLocalWrite(top, over);
  report({
    node: request.reportNode(top),
    messageId: 'aboveEffortNoneCap',
    data: { param: 'top_logprobs', value: String(over.value), model: modelList(failing), effort: effortPhrase(failing) },
    suggest: suggestions([{ messageId: 'setToCap', fix: literal ? replaceNodeFix(request.sourceCode, literal, String(CAP_AT_EFFORT_NONE)) : null }]),
  });
}

export default createRule<[], MessageId>({
  name: 'valid-top-logprobs',
  meta: {
    type: 'problem',
    docs: {
      description: "Require `top_logprobs` to be an integer within the model's limit and, on Chat Completions, sent with `logprobs: true`",
      recommended: true,
      kb: [KB_WITHOUT, KB_RANGE, KB_CAP],
    },
    hasSuggestions: true,
    schema: [],
    messages: {
      missingLogprobs: kbMessage(
        '`{{param}}` without `logprobs: true` is rejected (HTTP 400).',
        KB_WITHOUT,
      ),
      logprobsFalse: kbMessage(
        '`{{param}}` with `logprobs: false` is rejected (HTTP 400).',
        KB_WITHOUT,
      ),
      notInteger: kbMessage(
        '`{{param}}` is `{{value}}`, not an integer (HTTP 400).',
        KB_RANGE,
      ),
      belowMinimum: kbMessage(
        '`{{param}}` is `{{value}}`, below the minimum of 0 (HTTP 400).',
        KB_RANGE,
      ),
      aboveMaximum: kbMessage(
        '`{{param}}` is `{{value}}`, above the maximum of 20 (HTTP 400).',
        KB_RANGE,
      ),
      aboveEffortNoneCap: kbMessage(
        '`{{param}}` is `{{value}}`, above the limit of 5 for `{{model}}`{{modelNote}} at {{effort}} (HTTP 400).',
        KB_CAP,
      ),
      addLogprobs: 'Add `logprobs: true`.',
      setLogprobsTrue: 'Change `logprobs` to `true`.',
      removeTopLogprobs: 'Remove `top_logprobs`.',
      setToCap: 'Set `top_logprobs` to 5.',
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      // Other providers (an OpenAI-compatible `baseURL`, a look-alike SDK) have their own limits.
      if (!request.openAIBackend) return;
      const top = request.param('top_logprobs');
      if (!top.values.some(isKnownSent)) return;
      if (request.site.api === 'chat') {
        const { failing, allFail } = request.judge(rejectsLogprobs);
        checkLogprobs(request, report, top, failing, allFail);
      }
      const outOfRange = checkRange(request, report, top);
      if (!outOfRange && request.site.api === 'chat') checkCap(request, report, top);
    });
  },
});
