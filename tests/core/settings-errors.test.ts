// Settings errors: the message names settings.openai.<key> and the expected shape, and suggests the
// nearest key for a typo. (What ESLint's command line prints for them: tests/integration/settings-error.test.ts.)
import { describe, expect, it } from 'vitest';
import { SettingsError, nearestKey, settingsErrorText } from '../../src/errors.js';
import { parseSettings } from '../../src/settings.js';

const KEYS = ['modelAliases', 'date', 'sdkVersion', 'frameworkVersions', 'models', 'providers', 'typeChecked'];

describe('nearestKey', () => {
  it.each([
    ['modelAlias', 'modelAliases'],
    ['modelaliases', 'modelAliases'],
    ['aliases', undefined],
    ['typechecked', 'typeChecked'],
    ['typeCheck', 'typeChecked'],
    ['sdk', 'sdkVersion'],
    ['sdkversion', 'sdkVersion'],
    ['data', 'date'],
    ['dat', 'date'],
    ['provider', 'providers'],
    ['model', 'models'],
    ['nope', undefined],
    ['x', undefined],
    ['somethingElseEntirely', undefined],
  ])('%s -> %s', (key, expected) => {
    expect(nearestKey(key, KEYS)).toBe(expected);
  });
});

describe('settings.openai errors name the key, the expected shape and the nearest key', () => {
  it.each([
    [{ modelAlias: { a: 'o3' } }, 'eslint-plugin-openai: unknown key settings.openai.modelAlias. Did you mean settings.openai.modelAliases? Known keys: modelAliases, date, sdkVersion, frameworkVersions, models, providers, typeChecked.'],
    [{ typechecked: true }, 'eslint-plugin-openai: unknown key settings.openai.typechecked. Did you mean settings.openai.typeChecked? Known keys: modelAliases, date, sdkVersion, frameworkVersions, models, providers, typeChecked.'],
    [{ nope: 1 }, 'eslint-plugin-openai: unknown key settings.openai.nope. Known keys: modelAliases, date, sdkVersion, frameworkVersions, models, providers, typeChecked.'],
    [{ providers: { azur: [] } }, 'eslint-plugin-openai: unknown key settings.openai.providers.azur. Did you mean settings.openai.providers.azure? Known keys: openai, azure, other.'],
    [{ frameworkVersion: {} }, 'eslint-plugin-openai: unknown key settings.openai.frameworkVersion. Did you mean settings.openai.frameworkVersions? Known keys: modelAliases, date, sdkVersion, frameworkVersions, models, providers, typeChecked.'],
    [{ frameworkVersions: ['1.6.0'] }, 'eslint-plugin-openai: settings.openai.frameworkVersions must be an object mapping a framework package to its version, e.g. { "@langchain/openai": "1.6.0", "ai": "7", "@ai-sdk/openai": "4.0.118", "@openai/agents": "0.20.0" } ("detect": the version installed for each file); got an array.'],
    [{ frameworkVersions: { '@langchain/opena': '1.6.0' } }, 'eslint-plugin-openai: unknown package settings.openai.frameworkVersions["@langchain/opena"]. Did you mean "@langchain/openai"? Known packages: @langchain/openai, @openai/agents, ai, @ai-sdk/openai.'],
    [{ frameworkVersions: { langchain: '1.6.0' } }, 'eslint-plugin-openai: unknown package settings.openai.frameworkVersions["langchain"]. Did you mean "@langchain/openai"? Known packages: @langchain/openai, @openai/agents, ai, @ai-sdk/openai.'],
    [{ frameworkVersions: { '@ai-sdk/azure': '4.0.85' } }, 'eslint-plugin-openai: unknown package settings.openai.frameworkVersions["@ai-sdk/azure"]. Known packages: @langchain/openai, @openai/agents, ai, @ai-sdk/openai.'],
    [{ frameworkVersions: { ai: 7 } }, 'eslint-plugin-openai: settings.openai.frameworkVersions["ai"] must be a version string such as "1.6.0", "1.6" or "^1.6.0", or "detect" (the version installed for each file); got number 7.'],
    [{ frameworkVersions: { ai: 'latest' } }, 'eslint-plugin-openai: settings.openai.frameworkVersions["ai"] must be a version string such as "1.6.0", "1.6" or "^1.6.0", or "detect" (the version installed for each file); got string "latest".'],
    [{ models: [{ id: 'gpt-4o', shutdwn: '2027-03-01' }] }, /^eslint-plugin-openai: unknown key settings\.openai\.models\[0\]\.shutdwn\. Did you mean settings\.openai\.models\[0\]\.shutdown\? Known keys: id, /],
  ] as [unknown, string | RegExp][])('%j', (raw, message) => {
    expect(() => parseSettings(raw)).toThrow(SettingsError);
    expect(() => parseSettings(raw)).toThrow(message);
  });
});

describe('what ESLint prints for a settings error (its `stack`)', () => {
  const original = 'eslint-plugin-openai: settings.openai.date must be a date string "YYYY-MM-DD"; got string "tomorrow".';

  it('is the message alone, then the file and the rule ESLint names, without stack frames', () => {
    const error = new SettingsError(original);
    expect(error.stack).toBe(original);
    // What ESLint's Linter does to an error thrown from a rule's create().
    error.message = `Error while loading rule 'openai/no-chat-params-in-responses-api': ${error.message}`;
    error.message += '\nOccurred while linting /project/src/a.ts';
    expect(error.stack).toBe(
      `${original}\nOccurred while linting /project/src/a.ts.\n` +
        "This is a settings problem, not one of rule 'openai/no-chat-params-in-responses-api' (the first rule that read the settings).",
    );
    expect(error.stack).not.toMatch(/\n\s+at /);
  });

  it('keeps a stack that someone assigns', () => {
    const error = new SettingsError(original);
    error.stack = 'replaced';
    expect(error.stack).toBe('replaced');
  });

  it('formats a message ESLint did not touch as it is', () => {
    expect(settingsErrorText(original, original)).toBe(original);
  });
});
