// Lints the example project with this checkout's build of the plugin (run `npm run build` first;
// `npm run demo` does). In a real project: `import openai from 'eslint-plugin-openai';`.
import tsParser from '@typescript-eslint/parser';
import openai from '../dist/index.js';

export default [
  {
    name: 'examples/typescript',
    files: ['**/*.ts'],
    languageOptions: { parser: tsParser },
  },
  {
    name: 'examples/commonjs',
    files: ['src/**/*.js'],
    languageOptions: { sourceType: 'commonjs' },
  },
  openai.configs.all,
  {
    // Retirement checks compare against this date, so the demo (and the tests that lint these files)
    // give the same reports on any day. Drop it to compare against today.
    settings: { openai: { date: '2026-11-22' } },
  },
];
