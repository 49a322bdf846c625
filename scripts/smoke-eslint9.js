// Smoke test: the BUILT plugin works with ESLint 9 (the `eslint9` npm alias) and through require().
// Run with `npm run smoke:eslint9` (builds first).
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { ESLint } from 'eslint9';

const root = fileURLToPath(new URL('..', import.meta.url));
const entry = fileURLToPath(new URL('../dist/index.js', import.meta.url));

class SmokeError extends Error {}

async function lintExamples(plugin, configName) {
  const eslint = new ESLint({
    cwd: root,
    overrideConfigFile: true,
    overrideConfig: [{ files: ['**/*.ts'], languageOptions: { parser: tsParser } }, plugin.configs[configName]].flat(),
  });
  let results;
  try {
    results = await eslint.lintFiles(['examples/**/*.{js,ts}']);
  } catch (error) {
    throw new SmokeError(`ESLint ${ESLint.version} threw with configs.${configName}: ${error?.stack ?? error}`);
  }
  const fatal = results.flatMap((result) =>
    result.messages
      .filter((message) => message.fatal)
      .map((message) => `${result.filePath}:${message.line}:${message.column} ${message.message}`),
  );
  if (fatal.length > 0) {
    throw new SmokeError(`${fatal.length} fatal error(s) with configs.${configName}:\n  ${fatal.join('\n  ')}`);
  }
  const reports = results
    .flatMap((result) => result.messages)
    .filter((message) => message.ruleId?.startsWith('openai/')).length;
  if (reports === 0) {
    throw new SmokeError(`no openai/ rule reported anything in examples/ with configs.${configName}`);
  }
  return { files: results.length, reports };
}

async function main() {
  if (!ESLint.version.startsWith('9.')) {
    throw new SmokeError(`expected ESLint 9 from the "eslint9" alias, got ${ESLint.version}`);
  }
  if (!existsSync(entry)) {
    throw new SmokeError(`${entry} is missing; run \`npm run build\` first`);
  }

  const { default: plugin } = await import(entry);
  for (const name of ['recommended', 'strict', 'all']) {
    if (!plugin?.configs?.[name]) throw new SmokeError(`plugin.configs.${name} is missing`);
  }

  // require(esm) must return the plugin itself, through the `module.exports` export name (Node >= 20.19).
  const required = createRequire(import.meta.url)(entry);
  if (required !== plugin) {
    throw new SmokeError(
      'require() of dist/index.js did not return the plugin; is `export { plugin as "module.exports" }` present?',
    );
  }

  const recommended = await lintExamples(plugin, 'recommended');
  const all = await lintExamples(plugin, 'all');
  console.log(
    `eslint9 smoke: ${recommended.files} files, ${recommended.reports} openai reports, 0 fatal` +
      ` (configs.all: ${all.reports} openai reports)`,
  );
}

main().catch((error) => {
  console.error(`eslint9 smoke: FAILED: ${error instanceof SmokeError ? error.message : (error?.stack ?? error)}`);
  process.exitCode = 1;
});
