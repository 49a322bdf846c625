/**
 * eslint-plugin-openai: the plugin object (the package's main entry, `dist/index.js`). It sits above
 * `rules/` and `src/`: the import direction is index → rules → src, and nothing imports this file.
 *
 * ESM; `export { plugin as "module.exports" }` lets `require('eslint-plugin-openai')` return the
 * plugin itself on Node versions with require(esm).
 */
import { createRequire } from 'node:module';
import type { ESLint, Rule } from 'eslint';
import { rules, type RuleId } from './rules/index.js';
import { buildConfigs } from './configs.js';
import type { OpenAIConfigs } from './src/public-types.js';

const require = createRequire(import.meta.url);
const pkg = require('eslint-plugin-openai/package.json') as { name: string; version: string };

/**
 * The rules are typed with ESLint's own `Rule.RuleModule` at this public boundary: typescript-eslint's
 * `RuleModule` describes the same objects but its `RuleContext` type is not assignable to ESLint's,
 * which would make the plugin unusable in a typed `eslint.config.ts`.
 */
const publicRules = rules as unknown as Record<RuleId, Rule.RuleModule>;

const plugin = {
  meta: { name: pkg.name, version: pkg.version, namespace: 'openai' },
  rules: publicRules,
  configs: {} as OpenAIConfigs,
} satisfies ESLint.Plugin;
Object.assign(plugin.configs, buildConfigs(plugin, rules));

export default plugin;
export { plugin as 'module.exports' };
/** The rules by id (the same objects as `plugin.rules`). */
const { rules: pluginRules } = plugin;
export { pluginRules as rules };
