/** Shared constants for KB entries: the check date and sources cited by several entries. */

export const LAST_CHECKED = '2026-11-21';

/** The day of the fact sheet's addendum: entries re-checked against it carry this date. */
export const ADDENDUM_CHECKED = '2026-12-04';

/** The pinned SDK release whose `ChatModel` "Deprecated values" block dates shutdowns. */
export const SDK_760 = 'https://www.npmjs.com/package/openai/v/7.60.0';

/** A 2026-08-30 capture of direct API answers (gpt-5.6-terra), pinned to the commit we read. */
export const CAPTURE_GPT56_TERRA =
  'https://github.com/kangminlee-maker/local-OAuth-CLI-API-adapter/blob/4bbd033089736dc80f67e9088cfd0560da1c5c91/test/openai-chat-validation-parity.test.mjs';

export const DOC_STRUCTURED_OUTPUTS = 'https://developers.openai.com/api/docs/guides/structured-outputs';
export const DOC_PARAMETER_COMPATIBILITY =
  'https://developers.openai.com/api/docs/guides/latest-model#gpt-54-parameter-compatibility';
export const DOC_CHAT_CREATE =
  'https://developers.openai.com/api/reference/resources/chat/subresources/completions/methods/create';
export const DOC_PREDICTED_OUTPUTS = 'https://developers.openai.com/api/docs/guides/predicted-outputs';
export const DOC_DEPRECATIONS = 'https://developers.openai.com/api/docs/deprecations';

export const SDK_CHAT_TYPES =
  'https://github.com/openai/openai-node/blob/master/src/resources/chat/completions/completions.ts';
export const SDK_RESPONSES_TYPES =
  'https://github.com/openai/openai-node/blob/master/src/resources/responses/responses.ts';

