/**
 * The client a request goes through, as a type only: shared by the import-based classification
 * (./clients.ts) and type-checked mode (./type-info.ts) without either importing the other.
 */
import type { TSESTree } from '@typescript-eslint/types';

export type ClientKind =
  /** `new OpenAI()` talking to api.openai.com. */
  | 'openai'
  /** `new AzureOpenAI()` (or an Azure endpoint): `model` is a deployment name. */
  | 'azure'
  /** `new OpenAI({ baseURL })` pointing somewhere else: an OpenAI-compatible provider. */
  | 'compatible'
  /**
   * `new OpenAI({ baseURL })` on a host listed in `settings.openai.providers.other`, or the SDK's
   * `BedrockOpenAI`: not OpenAI, its model names are its own (model-keyed rules stay silent unless
   * the name is aliased).
   */
  | 'other'
  /**
   * A client of another SDK with the same call path (`groq-sdk`, `together-ai`, `portkey-ai`,
   * token.js, instructor's wrapped client, Cerebras): only model-independent rules apply, and only
   * to requests shaped like OpenAI's (see `isOpenAIShaped` in ../request.ts).
   */
  | 'lookalike'
  /** Not visible in the file: treated as OpenAI. */
  | 'unknown';

export interface ClientInfo {
  kind: ClientKind;
  /** The `baseURL` when it is known (from a template literal: its static text, `${…}` for the rest). */
  baseURL?: string;
  /** The expression that creates the client, where found. */
  node?: TSESTree.Node;
  /** The look-alike SDK's package (`groq-sdk`), for kind `lookalike`. */
  sdk?: string;
  /** How the kind was decided, where not from the client's creation: the file's imports, or its type. */
  from?: 'imports' | 'type';
  /**
   * The SDK client is wrapped by this package, which passes the request on to it
   * (`Instructor({ client: new OpenAI() })`: `@instructor-ai/instructor`).
   */
  wrapper?: string;
}
