import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { createRule, kbMessage } from '../src/create-rule.js';
import { insertPropertyFix, quoteLike, removeWritesFix, reportFixOrSuggest, type FixFunction } from '../src/fix.js';
import {
  judge,
  modelList,
  modelPaths,
  rejectsOnReasoningModel,
  rejectsSampling,
  type ModelPath,
  type ModelPaths,
} from '../src/models/index.js';
import type { Request } from '../src/request.js';
import { isCertainWrite, pathsMeeting, reportNodeFor, valuesMeeting, viaPhrase } from '../src/report.js';
import { isWritten, skipWrappers, type Param, type Value, type Write } from '../src/values.js';
import { onRequest } from '../src/visitor.js';

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

/** The distinct numbers among `values`. */
function distinctNumbers(values: readonly Value[]): number[] {
  const out: number[] = [];
  for (const value of values) {
    if (value.kind === 'primitive' && typeof value.value === 'number' && !out.includes(value.value)) out.push(value.value);
  }
  return out;
}

/** The values a parameter is sent with (not absent). */
function sentValues(param: Param): Value[] {
  return param.values.filter((value) => value.kind !== 'absent');
}

/** "the default effort `medium`", "the effort `low` set in the request", or both. */
function effortText(paths: readonly ModelPath[]): string {
  const defaults = [...new Set(paths.filter((p) => !p.explicitEffort).map((p) => p.effort))];
  const explicit = [...new Set(paths.filter((p) => p.explicitEffort).map((p) => p.effort))];
  const list = (efforts: string[]): string => efforts.map((e) => `\`${e}\``).join(' or ');
  const parts: string[] = [];
  if (defaults.length > 0) parts.push(`the default effort ${list(defaults)}`);
  if (explicit.length > 0) parts.push(`the effort ${list(explicit)} set in the request`);
  return parts.join(' or ');
}

/** `insertPropertyFix`, but only where no comment sits between the last property and the closing brace. */
function insertPropertySafely(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression, text: string): FixFunction | null {
  const closing = sourceCode.getLastToken(object);
  const opening = sourceCode.getFirstToken(object);
  if (!closing || !opening) return null;
  const last = object.properties.at(-1);
  if (sourceCode.commentsExistBetween(last ?? opening, closing)) return null;
  return insertPropertyFix(sourceCode, object, text);
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
  request: Request,
  model: ModelPaths,
  write: Write | null,
): TSESLint.SuggestionReportDescriptor<MessageId> | null {
  if (!write?.local || !allAcceptEffortNone(model)) return null;
  const body = request.bodyValues.length === 1 ? request.bodyValues[0] : null;
  if (body?.kind !== 'object' || body.node !== write.object) return null;
  const none = quoteLike(sourceCode, model.paths[0].modelNode, 'none');
  if (request.site.api === 'chat') {
    const effort = request.param('reasoning_effort');
    // Not written at all (`reasoning_effort: undefined` would become a duplicate key).
    if (effort.writes.length > 0 || !effort.values.every((v) => v.kind === 'absent')) return null;
    const fix = insertPropertySafely(sourceCode, write.object, `reasoning_effort: ${none}`);
    return fix && { messageId: 'setEffortNoneChat', fix };
  }
  if (request.writes('reasoning.effort').length > 0 || !request.values('reasoning.effort').every((v) => v.kind === 'absent')) return null;
  const reasoning = request.param('reasoning');
  if (reasoning.writes.length === 0 && reasoning.values.every((v) => v.kind === 'absent')) {
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
        '`temperature` set to {{value}} is rejected by `{{model}}` at {{effort}}{{via}} (HTTP 400).',
        KB_REASONING,
      ),
      sampling: kbMessage(
        '`{{param}}` set to {{value}} is rejected by `{{model}}` at {{effort}}{{via}} (HTTP 400).',
        KB_REASONING,
      ),
      alwaysRejected: kbMessage(
        '`{{param}}` is rejected by reasoning model `{{model}}`{{via}} at every effort (HTTP 400).',
        KB_REASONING,
      ),
      searchPreview: kbMessage(
        '`{{param}}` is rejected by search-preview model `{{model}}`{{via}} (HTTP 400).',
        KB_SEARCH,
      ),
      remove: 'Remove `{{param}}`.',
      setEffortNoneChat: "Set `reasoning_effort: 'none'`.",
      setEffortNoneResponses: "Set `reasoning: { effort: 'none' }`.",
    },
  },
  defaultOptions: [],
  create(context) {
    const { sourceCode } = context;
    return onRequest(context, (request, settings) => {
      let model: ModelPaths | null = null;
      const paths = (): ModelPaths => (model ??= modelPaths(request, settings));

      for (const name of SAMPLING_BY_API[request.site.api]) {
        const param = request.param(name);
        if (!isWritten(param)) continue;
        const write = param.writes.find((w) => w.local) ?? null;
        const removal = removeWritesFix(sourceCode, param.writes);
        const nonDefault = nonDefaultValues(param, SAMPLING_DEFAULTS[name]);
        // Reasoning models accept the default value, so only a known other value is an error there.
        const reasoning =
          nonDefault.length > 0 ? judge(paths(), (p) => (p.entry.searchPreview ? false : rejectsSampling(p))) : null;
        // Only paths the value is sent on (a value from one call of a local function never meets another call's model).
        const reasoningFailing = reasoning ? pathsMeeting(reasoning.failing, nonDefault) : [];
        if (reasoningFailing.length > 0) {
          const effortNone = effortNoneSuggestion(sourceCode, request, paths(), write);
          const failingValues = valuesMeeting(nonDefault, reasoningFailing);
          const values = distinctNumbers(failingValues);
          reportFixOrSuggest(context, {
            node: reportNodeFor(request, param),
            messageId: name === 'temperature' ? 'temperature' : 'sampling',
            data: {
              param: name,
              value: values.join(' or '),
              errorValue: values[0],
              model: modelList(reasoningFailing),
              effort: effortText(reasoningFailing),
              via: viaPhrase([...reasoningFailing, ...failingValues]),
            },
            fix: removal,
            // Removing a sampling parameter changes how the request samples where it works today.
            certain: false,
            suggestMessageId: 'remove',
            suggestData: { param: name },
            extraSuggestions: effortNone ? [effortNone] : [],
          });
          continue;
        }
        // Search-preview models reject the argument itself, whatever its value (unknown included).
        const sent = sentValues(param);
        const searchFailing = pathsMeeting(judge(paths(), (p) => p.entry.searchPreview === true).failing, sent);
        if (searchFailing.length === 0) continue;
        reportFixOrSuggest(context, {
          node: reportNodeFor(request, param),
          messageId: 'searchPreview',
          data: { param: name, model: modelList(searchFailing), via: viaPhrase([...searchFailing, ...valuesMeeting(sent, searchFailing)]) },
          fix: removal,
          certain: false,
          suggestMessageId: 'remove',
          suggestData: { param: name },
        });
      }

      if (request.site.api !== 'chat') return;
      for (const name of ALWAYS_REJECTED) {
        const param = request.param(name);
        if (!isWritten(param)) continue;
        const judged = judge(paths(), rejectsOnReasoningModel);
        const sent = sentValues(param);
        const failing = pathsMeeting(judged.failing, sent);
        if (failing.length === 0) continue;
        const { allFail } = judged;
        reportFixOrSuggest(context, {
          node: reportNodeFor(request, param),
          messageId: 'alwaysRejected',
          data: { param: name, model: modelList(failing), via: viaPhrase([...failing, ...valuesMeeting(sent, failing)]) },
          fix: removeWritesFix(sourceCode, param.writes),
          // Rejected on every path, and where the request succeeds (nowhere) it has no effect.
          certain: allFail && isCertainWrite(param) !== null,
          suggestMessageId: 'remove',
          suggestData: { param: name },
        });
      }
    });
  },
});
