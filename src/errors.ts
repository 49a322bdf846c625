/** A bad `settings.openai` (or a setting the environment cannot honour): the message names the key. */
export class SettingsError extends Error {
  override name = 'SettingsError';
}
