/**
 * Data: the SDK packages whose clients send the requests the rules check, and the exports that
 * create those clients. Pure data (no imports), read by the client classification
 * (./analysis/clients.ts) and by type-checked mode (./type-info.ts).
 */

/** The kind of client an SDK export creates (see `ClientKind` in ./analysis/clients.ts). */
export type SdkClientKind = 'openai' | 'azure' | 'other' | 'lookalike';

/** The official SDK's package. */
export const OPENAI_PACKAGE = 'openai';

/**
 * The `openai` package's client classes, by export name (from `openai`, `openai/azure`,
 * `openai/client`, and `require('openai')`, whose module object is itself `OpenAI`):
 * - `OpenAI` (also the default export): api.openai.com, or the host its `baseURL` names;
 * - `AzureOpenAI`: `model` is an Azure deployment name;
 * - `BedrockOpenAI` (openai v6): Amazon Bedrock's OpenAI-compatible endpoint, with Bedrock's model ids.
 */
export const OPENAI_CLIENT_EXPORTS: Readonly<Record<string, Exclude<SdkClientKind, 'lookalike'>>> = {
  default: 'openai',
  OpenAI: 'openai',
  AzureOpenAI: 'azure',
  BedrockOpenAI: 'other',
};

/**
 * Other SDKs whose clients have OpenAI's call paths (`client.chat.completions.create`), by
 * package name, with the exports that create a client (a class, or a factory such as
 * `Instructor({ client })`; the default export counts for every package). A client created from
 * one of these is a look-alike.
 */
export const LOOKALIKE_CLIENT_EXPORTS: Readonly<Record<string, readonly string[]>> = {
  'groq-sdk': ['Groq'],
  'together-ai': ['Together'],
  'portkey-ai': ['Portkey'],
  'token.js': ['TokenJS'],
  '@instructor-ai/instructor': ['Instructor', 'createInstructor'],
  '@cerebras/cerebras_cloud_sdk': ['Cerebras'],
};

/** The look-alike SDK packages. */
export const LOOKALIKE_SDKS: readonly string[] = Object.keys(LOOKALIKE_CLIENT_EXPORTS);
