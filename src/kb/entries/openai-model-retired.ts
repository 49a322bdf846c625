import type { KbEntry } from '../types.js';
import { ADDENDUM_CHECKED, DOC_DEPRECATIONS, SDK_760 } from '../sources.js';

const entry: KbEntry = {
  id: 'llm/openai-model-retired',
  title: 'Request to a model OpenAI has shut down (or to a misspelled model name)',
  // Captured bodies (404, code `model_not_found`): "The model `<id>` does not exist or you do not have
  // access to it." (the Node SDK prints it as `404 The model ...`), the older "The model: `<id>` does not
  // exist", and "The model `<id>` has been deprecated, learn more here: ..." for retired models.
  signature: 'The model `gpt-4-32k` does not exist or you do not have access to it.',
  signatures: [
    'The model `gpt-4-32k` does not exist or you do not have access to it.',
    'The model `text-davinci-003` has been deprecated, learn more here: https://platform.openai.com/docs/deprecations',
    'The model: `gpt-4-32k` does not exist',
    'model_not_found',
  ],
  regex: String.raw`model[-_ ]not[-_ ]found|the model:? ?[\x60'"]?[\w.:-]{1,120}[\x60'"]? (?:does not exist|has been deprecated)`,
  http_status: 404,
  code: 'model_not_found',
  root_cause:
    'OpenAI retires models on dated schedules published on its deprecations page; from the shutdown date the API ' +
    'no longer serves the model, and every request that names it fails. Dated snapshots go with their family ' +
    '(`o1-2024-12-17` with `o1`), except where a snapshot has its own date (`gpt-4-0314` went on 2026-03-26, ' +
    'seven months before `gpt-4`). TypeScript does not help: `model` accepts any string, and the `ChatModel` / ' +
    '`ResponsesModel` unions still list retired ids such as `gpt-4-vision-preview`, `o1-mini` and ' +
    '`gpt-3.5-turbo-0301`. Since openai 7.46.0 a doc comment on `ChatModel` ("Deprecated values") gives each ' +
    'retiring id its announced shutdown date, but nothing checks it at compile time, and it is silent on the ' +
    '`ResponsesModel`-only ids (o3-pro, gpt-5-pro, the codex and deep-research models). The same block marks ' +
    '`gpt-5.1-mini` as "Not a supported model ID": it never was a model the API serves. A misspelled model name ' +
    'fails in the same way. ' +
    'The API answers HTTP 404 with code `model_not_found`: "The model `<id>` does not exist or you do not have access ' +
    'to it." (earlier "The model: `<id>` does not exist"), or "The model `<id>` has been deprecated" for some retired ' +
    'models. The first text also comes back when the API key has no access to a model that exists. `GET /v1/models` ' +
    'reports a `shutdown_date` for each model.',
  workarounds: [
    {
      action:
        'Move to a current model before the shutdown date, checking the deprecations page for the replacement OpenAI names today (the names it recommends have changed over time).',
      how: "await client.chat.completions.create({ model: 'gpt-5.5', messages });",
    },
    {
      action:
        'Re-check the request parameters for the new model: moving from `gpt-4o` or `gpt-3.5-turbo` to a reasoning model changes which parameters are accepted (`max_completion_tokens`, no `temperature` while reasoning).',
    },
    {
      action: 'Ask the API which models your key can use and when they shut down.',
      how: 'for await (const model of client.models.list()) console.log(model.id, model.shutdown_date);',
    },
    {
      action: 'Pin the date the lint compares against in CI, and have scheduled shutdowns reported ahead of time (the `no-deprecated-models` rule, a warning in the `strict` config).',
      how: "export default [openai.configs.strict, { settings: { openai: { date: '2026-11-21' } } }];",
    },
  ],
  dead_ends: [
    {
      action: 'Relying on the TypeScript types to reject a retired model name.',
      why_fails: 'The SDK model unions keep retired ids, and `model` accepts any string.',
    },
    {
      action: 'Switching to a dated snapshot of the same model (`o1-2024-12-17` for `o1`).',
      why_fails: 'Snapshots are shut down together with their family.',
    },
    {
      action: 'Retrying the request.',
      why_fails: 'A shut-down model does not come back; the failure is not transient.',
    },
  ],
  official_doc_url: DOC_DEPRECATIONS,
  evidence: [
    {
      url: DOC_DEPRECATIONS,
      note: 'OpenAI lists each deprecated model with its shutdown date (already shut down: o1-preview 2025-07-28, o1-mini 2025-10-27, chatgpt-4o-latest 2026-02-17, the codex, chat-latest, search-preview, deep-research and computer-use models 2026-07-23, o1, o3-mini, o4-mini, gpt-3.5-turbo, gpt-4 and others 2026-10-23; scheduled: gpt-5 and o3 2026-12-11, gpt-4o and gpt-4.1 2027-01-14, gpt-audio-mini 2027-01-20, gpt-5.1 and gpt-5.4-nano 2027-04-01). The replacement names it recommends changed in 2026-06 and again around 2026-11-22.',
    },
    {
      url: SDK_760,
      note: 'openai@7.60.0 `src/resources/shared.ts`: the "Deprecated values" doc block on `ChatModel` gives the announced shutdown date of every retired or retiring `ChatModel` id, and marks gpt-5.1-mini "Not a supported model ID. Retained for SDK compatibility." The union itself still lists the retired ids, so the type accepts them.',
    },
    {
      url: 'https://github.com/simonw/llm-gpt4all/issues/11',
      note: 'Captured text (2023, a key without access to gpt-4-32k, which shut down on 2025-06-06): "The model `gpt-4-32k` does not exist or you do not have access to it."',
    },
    {
      url: 'https://github.com/ChatGPTNextWeb/NextChat/issues/842',
      note: 'Captured body (2023): message "The model: `gpt-4-32k` does not exist", code `model_not_found`.',
    },
    {
      url: 'https://github.com/openai/openai-quickstart-node/issues/127',
      note: 'Captured 404 body for a retired model: "The model `text-davinci-003` has been deprecated, learn more here: ...", code `model_not_found`.',
    },
  ],
  confidence: 'medium',
  rules: ['no-retired-models', 'no-deprecated-models'],
  last_checked: ADDENDUM_CHECKED,
};

export default entry;
