/**
 * What every framework adapter provides (one file per framework in this folder): the calls it
 * recognises (by the file's imports), the versions whose behaviour it models, and the translation
 * of one recognised call into the request the framework will send. The rules never see an adapter:
 * they judge the translated request like any other.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import type { Api } from '../analysis/call-sites.js';
import type { ClientInfo } from '../analysis/clients.js';
import type { OpenAISettings } from '../settings.js';
import type { ObjectShape, Param } from '../analysis/value-model.js';

export type FrameworkId = 'langchain' | 'openai-agents' | 'vercel-ai';

/** How a recognised export is used: constructed (`new ChatOpenAI()`) or called (`Agent.create()`). */
export type Use = 'construct' | 'call';

/** One export of a framework package that starts a request, and what the adapter calls it. */
export interface Entry {
  /** The export's path in the module (`['ChatOpenAI']`, `['Agent', 'create']`). */
  path: readonly string[];
  use: Use;
  /** The adapter's own name for the entry (`ChatOpenAI`, `Agent.create`). */
  entry: string;
}

/** The versions of a framework package whose behaviour an adapter models. */
export interface ModelledVersions {
  package: string;
  /** The lowest modelled version (inclusive). */
  from: string;
  /** The first version not modelled (exclusive), where one is known to change the behaviour. */
  below?: string;
}

/** A framework call found in the file, before translation. */
export interface FrameworkCall {
  node: TSESTree.CallExpression | TSESTree.NewExpression;
  entry: string;
  /** The module specifier it was imported from. */
  module: string;
  /**
   * A call that configures the object another framework call created (`llm.invoke(input, { stop })`
   * on `const llm = new ChatOpenAI({...})`): that call. Its request is the object's with these
   * options over it, and it reports only at these options (the object's own are reported there).
   */
  base?: FrameworkCall;
}

/** What the adapter needs to know about the file besides the call (found once per file). */
export interface FileFacts {
  /** The entries called in the file, by entry name (`setOpenAIAPI` with its call nodes). */
  calls: ReadonlyMap<string, ReadonlyArray<TSESTree.CallExpression | TSESTree.NewExpression>>;
}

/** A setting the user wrote that the framework drops before the request (it does nothing). */
export interface Ignored {
  /** The setting in the framework's words (`topP`, `providerOptions.openai.logprobs`). */
  words: string;
  /** Its values and the user's properties that write it. */
  param: Param;
  /** The framework, as messages name it. */
  framework: string;
  /** When the framework drops it, as a phrase that follows "drops it" (`for models it counts as reasoning`). */
  reason: string;
  /** How to make the setting count, where there is a way, as a clause (`set ... to send it`). */
  hint?: string;
}

/** The request a framework call sends, as the rules judge it. */
export interface Translation {
  api: Api;
  client: ClientInfo;
  /** The request body, in OpenAI's parameter names, with the user's own option nodes as writes. */
  body: ObjectShape;
  /** The user's options object (where a report about the whole request goes). */
  optionsNode: TSESTree.Node | null;
  /** Settings the framework drops on this request. */
  ignored?: readonly Ignored[];
  /** The model objects this request uses (`openai('o3')`), which then send no request of their own. */
  uses?: readonly TSESTree.Node[];
  /** Per OpenAI parameter, the option it is sent from in the framework's words (`top_p` → `topP`), from `Body.words()`. */
  words?: ReadonlyMap<string, string>;
  /**
   * The model the framework sends when none is written, on this path, with how messages name it
   * (`LangChain's default`); its value's node is the call.
   */
  defaultModel?: { id: string; note: string };
  /** The request of a call with `base`: the OpenAI parameters its own options set (reports about others are the base's). */
  only?: readonly string[];
}

export interface Adapter {
  id: FrameworkId;
  /** The framework's name in messages and docs. */
  name: string;
  versions: readonly ModelledVersions[];
  /** The exports that start a request, by module specifier. */
  modules: Readonly<Record<string, readonly Entry[]>>;
  /**
   * The options argument of a recognised call (`null`: none written), or `false` when the call
   * sends no request itself (an entry that only informs others, such as `setOpenAIAPI`).
   */
  options(sourceCode: TSESLint.SourceCode, call: FrameworkCall): TSESTree.Node | null | false;
  /**
   * The request the call sends on one path of its options (`options`: their shape on that path), or
   * `null` when the file does not show enough.
   */
  translate(sourceCode: TSESLint.SourceCode, call: FrameworkCall, file: FileFacts, settings: OpenAISettings, options: ObjectShape): Translation | null;
  /**
   * Model objects created in the file (`openai('o1-mini')` in a provider registry), each with the
   * request that only names its model: judged where no translated call uses the object (its model
   * id alone can be retired or misspelled).
   */
  models?(sourceCode: TSESLint.SourceCode, file: FileFacts, settings: OpenAISettings): ReadonlyArray<{ node: TSESTree.CallExpression; translation: Translation }>;
  /** Calls that configure the objects the adapter's calls create (each with `base`), where the file shows them. */
  followUps?(sourceCode: TSESLint.SourceCode, calls: readonly FrameworkCall[]): FrameworkCall[];
}
