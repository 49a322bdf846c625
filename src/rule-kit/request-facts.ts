/**
 * `RequestFacts`: what every rule knows about one request, built once per call site and handed to
 * every enabled rule's check (see ./define-request-rule.ts). Rules reach the request analysis only
 * through these getters, so the analysis underneath can change without touching the rules.
 *
 * Expensive views are computed on first use and cached for the rules that follow: the model paths
 * (`models()`), each verdict over them (`judge(verdict)`), the logprobs parameters (`logprobs()`).
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { ignoredSettings, type Ignored } from '../adapters/index.js';
import { isOpenAIBackend, type ClientInfo } from '../analysis/clients.js';
import type { CallSite } from '../analysis/call-sites.js';
import { logprobsParams, type LogprobsParam } from '../logprobs.js';
import { judge, modelPaths, type Judgement, type ModelPath, type ModelPaths } from '../analysis/model-paths.js';
import type { BodyPath, Request } from '../analysis/request.js';
import type { OpenAISettings } from '../settings.js';
import { missingValue, type Param, type Value, type Write } from '../analysis/value-model.js';
import { writesWithoutPartner } from '../written-together.js';
import { pathsMeeting, reportNodeFor, valuesMeeting } from './report.js';

/** A verdict on one model path: rejected (`true`), accepted (`false`) or not known (`undefined`). */
export type Verdict = (path: ModelPath) => boolean | undefined;

export interface RequestFacts {
  readonly sourceCode: TSESLint.SourceCode;
  /** The validated `settings.openai` of the file. */
  readonly settings: OpenAISettings;
  /** The call site: API, method, path, receiver, body argument. */
  readonly site: CallSite;
  /** Who the request goes to. */
  readonly client: ClientInfo;
  /** The request goes to OpenAI (or Azure OpenAI) as far as the file shows (`isOpenAIBackend`). */
  readonly openAIBackend: boolean;
  /** The possible values of the body argument. */
  readonly bodyValues: readonly Value[];
  /** The body, path by path: one consistent choice at every branch; on each, every parameter has one value (or unknown). */
  readonly paths: readonly BodyPath[];
  /** The body paths on which a top-level parameter is sent (its value there is not `absent`). */
  pathsSending(name: string): BodyPath[];
  /** A top-level parameter, over every path. */
  param(name: string): Param;
  /** The possible values at a dotted path (`reasoning.effort`, `text.format.type`). */
  values(path: string): Value[];
  /** The writes at a dotted path. */
  writes(path: string): Write[];
  /** The values a top-level parameter may be sent with (not `absent`; unknown ones included). */
  sent(name: string): Value[];
  /** The model (and effort) paths of the request. Computed once. */
  models(): ModelPaths;
  /** A verdict applied to every model path. Computed once per verdict function. */
  judge(verdict: Verdict): Judgement;
  /** The model paths on whose body path one of `values` is sent (model, effort and value from the same path). */
  pathsMeeting(paths: readonly ModelPath[], values: readonly Value[]): ModelPath[];
  /** The values sent on the body path of one of `paths`. */
  valuesMeeting(values: readonly Value[], paths: readonly ModelPath[]): Value[];
  /** The parameters through which the request asks for logprobs, with their removal edits. Computed once. */
  logprobs(): readonly LogprobsParam[];
  /** The writes of `param` on the paths where it is sent with a known value while `partner`, on the same path, has a value that does not satisfy `covers`. */
  writesWithoutPartner(param: Param, partner: string, covers: (value: Value) => boolean): Write[];
  /** Where a report about `param` goes: its property at this call, else the body argument. */
  reportNode(param: Param): TSESTree.Node;
  /** Settings written in a framework call that the framework drops before the request (none for the SDK). */
  ignoredSettings(): readonly Ignored[];
}

class Facts implements RequestFacts {
  readonly site: CallSite;
  readonly client: ClientInfo;
  readonly openAIBackend: boolean;
  readonly bodyValues: readonly Value[];
  #models: ModelPaths | undefined;
  #judgements = new Map<Verdict, Judgement>();
  #logprobs: readonly LogprobsParam[] | undefined;
  #sent = new Map<string, Value[]>();

  constructor(
    readonly sourceCode: TSESLint.SourceCode,
    readonly request: Request,
    readonly settings: OpenAISettings,
  ) {
    this.site = request.site;
    this.client = request.site.client;
    this.openAIBackend = isOpenAIBackend(request.site.client);
    this.bodyValues = request.bodyValues;
  }

  get paths(): readonly BodyPath[] {
    return this.request.paths;
  }

  pathsSending(name: string): BodyPath[] {
    return this.request.paths.filter((path) => {
      const param = path.shape.params.get(name);
      return param ? param.values.some((value) => value.kind !== 'absent') : missingValue(path.shape).kind !== 'absent';
    });
  }

  param(name: string): Param {
    return this.request.param(name);
  }

  values(path: string): Value[] {
    return this.request.values(path);
  }

  writes(path: string): Write[] {
    return this.request.writes(path);
  }

  sent(name: string): Value[] {
    let values = this.#sent.get(name);
    if (!values) {
      values = this.request.param(name).values.filter((value) => value.kind !== 'absent');
      this.#sent.set(name, values);
    }
    return values;
  }

  models(): ModelPaths {
    return (this.#models ??= modelPaths(this.request, this.settings));
  }

  judge(verdict: Verdict): Judgement {
    let judgement = this.#judgements.get(verdict);
    if (!judgement) {
      judgement = judge(this.models(), verdict);
      this.#judgements.set(verdict, judgement);
    }
    return judgement;
  }

  pathsMeeting(paths: readonly ModelPath[], values: readonly Value[]): ModelPath[] {
    return pathsMeeting(paths, values);
  }

  valuesMeeting(values: readonly Value[], paths: readonly ModelPath[]): Value[] {
    return valuesMeeting(values, paths);
  }

  logprobs(): readonly LogprobsParam[] {
    return (this.#logprobs ??= logprobsParams(this.sourceCode, this.request));
  }

  writesWithoutPartner(param: Param, partner: string, covers: (value: Value) => boolean): Write[] {
    return writesWithoutPartner(this.request, param.name, partner, covers);
  }

  reportNode(param: Param): TSESTree.Node {
    return reportNodeFor(this.request, param);
  }

  ignoredSettings(): readonly Ignored[] {
    return ignoredSettings(this.request);
  }
}

/** The facts of one request (the listener builds them once per call site). */
export function createRequestFacts(sourceCode: TSESLint.SourceCode, request: Request, settings: OpenAISettings): RequestFacts {
  return new Facts(sourceCode, request, settings);
}
