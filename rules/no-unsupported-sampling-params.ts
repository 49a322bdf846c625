import { AST_NODE_TYPES } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  alternatives,
  code,
  createRule,
  distinctNumbers,
  fixOrSuggest,
  suggestions,
  insertPropertySafely,
  isCertainWrite,
  isWritten,
  kbMessage,
  modelList,
  onRequest,
  quoteLike,
  rejectsOnReasoningModel,
  rejectsSampling,
  removeWritesFix,
  sentValues,
  skipWrappers,
  surelyAbsent,
  unique,
  viaPhrase,
  type ModelPath,
  type Offer,
  type ModelPaths,
  type Param,
  type RequestFacts,
  type Value,
  type Write,
} from '../src/rule-kit/index.js';

const KB_REASONING = 'llm/openai-reasoning-model-sampling-parameters';
const KB_SEARCH = 'llm/openai-search-preview-sampling-parameters';

/** Sampling parameters and the one value a reasoning model accepts for each. */
const SAMPLING_DEFAULTS = {
  temperature: 1,
  top_p: 1,
  presence_penalty: 0,
  frequency_penalty: 0,
} as const;

type SamplingName = keyof typeof SAMPLING_DEFAULTS;

/** What each API can carry: the Responses request has no penalties, `stop` or `logit_bias`. */
const SAMPLING_BY_API: Record<'chat' | 'responses', readonly SamplingName[]> = {
  chat: ['temperature', 'top_p', 'presence_penalty', 'frequency_penalty'],
  responses: ['temperature', 'top_p'],
};

/** Rejected by every reasoning model at every effort (Chat only). */
const ALWAYS_REJECTED = ['stop', 'logit_bias'] as const;

type MessageId =
  | 'temperature'
  | 'sampling'
  | 'alwaysRejected'
  | 'searchPreview'
  | 'remove'
  | 'setEffortNoneChat'
  | 'setEffortNoneResponses';

/** The known number values of a parameter that differ from the default. */
function nonDefaultValues(param: Param, defaultValue: number): Value[] {
  return param.values.filter((value) => value.kind === 'primitive' && typeof value.value === 'number' && value.value !== defaultValue);
}

/** A non-default value rejected on this path by a reasoning model (search-preview models are judged on their own). */
function rejectsNonDefaultSampling(path: ModelPath): boolean | undefined {
  return path.entry.searchPreview ? false : rejectsSampling(path);
}

/** A search-preview model rejects the parameter whatever its value. */
function rejectsAnySampling(path: ModelPath): boolean {
  return path.entry.searchPreview === true;
}

/**
 * "the default effort `medium`", "the effort `low` set in the request", "every reasoning effort it
 * supports" (an effort not known, on a model whose every effort rejects), or several.
 */
function effortText(paths: readonly ModelPath[]): string {
  const known = paths.filter((p) => p.effort !== 'unknown');
  const defaults = unique(known.filter((p) => !p.explicitEffort).map((p) => p.effort));
  const explicit = unique(known.filter((p) => p.explicitEffort).map((p) => p.effort));
  const list = (efforts: string[]): string => alternatives(efforts.map(code));
  const parts: string[] = [];
  if (defaults.length > 0) parts.push(`the default effort ${list(defaults)}`);
  if (explicit.length > 0) parts.push(`the effort ${list(explicit)} set in the request`);
  if (known.length < paths.length) parts.push('every reasoning effort it supports');
  return alternatives(parts);
}

/** Every possible model is known, and accepts effort `none` with sampling parameters unlocked. */
function allAcceptEffortNone(model: ModelPaths): boolean {
  return (
    model.complete &&
    model.paths.length > 0 &&
    model.paths.every((p) => p.entry.reasoning && p.entry.samplingWhenEffortNone === true && p.entry.efforts?.includes('none') === true)
  );
}

/**
 * The "set effort `none`" edit: where no effort is written, every possible model unlocks sampling
 * at `none`, and the request's own object literal (the one that writes the parameter) takes it.
 */
function effortNoneSuggestion(
  sourceCode: TSESLint.SourceCode,
  request: RequestFacts,
  model: ModelPaths,
  write: Write | null,
): Offer<MessageId> | null {
  if (!write?.local || !allAcceptEffortNone(model)) return null;
  const body = request.bodyValues.length === 1 ? request.bodyValues[0] : null;
  if (body?.kind !== 'object' || body.node !== write.object) return null;
  const none = quoteLike(sourceCode, model.paths[0].modelNode, 'none');
  if (request.site.api === 'chat') {
    const effort = request.param('reasoning_effort');
    // Not written at all (`reasoning_effort: undefined` would become a duplicate key).
    if (!surelyAbsent(effort)) return null;
    const fix = insertPropertySafely(sourceCode, write.object, `reasoning_effort: ${none}`);
    return fix && { messageId: 'setEffortNoneChat', fix };
  }
  if (request.writes('reasoning.effort').length > 0 || !request.values('reasoning.effort').every((v) => v.kind === 'absent')) return null;
  const reasoning = request.param('reasoning');
  if (surelyAbsent(reasoning)) {
    const fix = insertPropertySafely(sourceCode, write.object, `reasoning: { effort: ${none} }`);
    return fix && { messageId: 'setEffortNoneResponses', fix };
  }
  // `reasoning: { summary: 'auto' }` written inline here: add the effort to it.
  const [reasoningWrite] = reasoning.writes;
  const [reasoningValue] = reasoning.values;
  if (reasoning.writes.length !== 1 || !reasoningWrite.local || reasoning.values.length !== 1) return null;
  if (reasoningValue.kind !== 'object' || reasoningValue.shape.open) return null;
  const literal = skipWrappers(reasoningWrite.property.value);
  if (literal.type !== AST_NODE_TYPES.ObjectExpression || literal !== reasoningValue.node) return null;
  const fix = insertPropertySafely(sourceCode, literal, `effort: ${none}`);
  return fix && { messageId: 'setEffortNoneResponses', fix };
}

export default createRule<[], MessageId>({
  name: 'no-unsupported-sampling-params',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow sampling parameters (`temperature`, `top_p`, penalties, `stop`, `logit_bias`) that reasoning and search-preview models reject',
      recommended: true,
      kb: [KB_REASONING, KB_SEARCH],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      temperature: kbMessage(
        '`{{param}}` set to {{value}} is rejected by `{{model}}`{{modelNote}} at {{effort}}{{via}} (HTTP 400).',
        KB_REASONING,
      ),
      sampling: kbMessage(
        '`{{param}}` set to {{value}} is rejected by `{{model}}`{{modelNote}} at {{effort}}{{via}} (HTTP 400).',
        KB_REASONING,
      ),
      alwaysRejected: kbMessage(
        '`{{param}}` is rejected by reasoning model `{{model}}`{{modelNote}}{{via}} at every effort (HTTP 400).',
        KB_REASONING,
      ),
      searchPreview: kbMessage(
        '`{{param}}` is rejected by search-preview model `{{model}}`{{modelNote}}{{via}} (HTTP 400).',
        KB_SEARCH,
      ),
      remove: 'Remove `{{param}}`.',
      setEffortNoneChat: "Set `reasoning_effort: 'none'`.",
      setEffortNoneResponses: "Set `reasoning: { effort: 'none' }`.",
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const { sourceCode } = request;
      for (const name of SAMPLING_BY_API[request.site.api]) {
        const param = request.param(name);
        if (!isWritten(param)) continue;
        const write = param.writes.find((w) => w.local) ?? null;
        const removal = removeWritesFix(sourceCode, param.writes);
        const nonDefault = nonDefaultValues(param, SAMPLING_DEFAULTS[name]);
        // Reasoning models accept the default value, so only a known other value is an error there.
        const reasoning = nonDefault.length > 0 ? request.judge(rejectsNonDefaultSampling) : null;
        // Only paths the value is sent on (a value from one call of a local function never meets another call's model).
        const reasoningFailing = reasoning ? request.pathsMeeting(reasoning.failing, nonDefault) : [];
        if (reasoningFailing.length > 0) {
          const effortNone = effortNoneSuggestion(sourceCode, request, request.models(), write);
          const failingValues = request.valuesMeeting(nonDefault, reasoningFailing);
          const values = distinctNumbers(failingValues);
          report({
            node: request.reportNode(param),
            messageId: name === 'temperature' ? 'temperature' : 'sampling',
            data: {
              param: name,
              value: alternatives(values),
              errorValue: values[0],
              model: modelList(reasoningFailing),
              effort: effortText(reasoningFailing),
              via: viaPhrase([...reasoningFailing, ...failingValues]),
            },
            // Removing a sampling parameter changes how the request samples where it works today.
            suggest: suggestions([{ messageId: 'remove', data: { param: name }, fix: removal }, effortNone]),
          });
          continue;
        }
        // Search-preview models reject the argument itself, whatever its value (unknown included).
        const sent = sentValues(param);
        const searchFailing = request.pathsMeeting(request.judge(rejectsAnySampling).failing, sent);
        if (searchFailing.length === 0) continue;
        report({
          node: request.reportNode(param),
          messageId: 'searchPreview',
          data: { param: name, model: modelList(searchFailing), via: viaPhrase([...searchFailing, ...request.valuesMeeting(sent, searchFailing)]) },
          suggest: suggestions([{ messageId: 'remove', data: { param: name }, fix: removal }]),
        });
      }

      if (request.site.api !== 'chat') return;
      for (const name of ALWAYS_REJECTED) {
        const param = request.param(name);
        if (!isWritten(param)) continue;
        const judged = request.judge(rejectsOnReasoningModel);
        const sent = sentValues(param);
        const failing = request.pathsMeeting(judged.failing, sent);
        if (failing.length === 0) continue;
        const { allFail } = judged;
        report({
          node: request.reportNode(param),
          messageId: 'alwaysRejected',
          data: { param: name, model: modelList(failing), via: viaPhrase([...failing, ...request.valuesMeeting(sent, failing)]) },
          // Rejected on every path, and where the request succeeds (nowhere) it has no effect.
          ...fixOrSuggest({ certain: allFail && isCertainWrite(param) !== null, suggest: [{ messageId: 'remove', data: { param: name }, fix: removeWritesFix(sourceCode, param.writes) }] }),
        });
      }
    });
  },
});
