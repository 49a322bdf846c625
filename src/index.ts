/**
 * eslint-plugin-openai: the plugin object.
 *
 * ESM; `export { plugin as "module.exports" }` lets `require('eslint-plugin-openai')` return the
 * plugin itself on Node versions with require(esm).
 */
import { createRequire } from 'node:module';
import type { TSESLint } from '@typescript-eslint/utils';
import { rules } from '../rules/index.js';
import { buildConfigs } from './configs.js';

const require = createRequire(import.meta.url);
const pkg = require('eslint-plugin-openai/package.json') as { name: string; version: string };

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'openai' },
  rules,
  configs: {} as ReturnType<typeof buildConfigs>,
};
Object.assign(plugin.configs, buildConfigs(plugin as unknown as TSESLint.FlatConfig.Plugin, rules));

export default plugin;
export { plugin as 'module.exports' };
export { rules };
