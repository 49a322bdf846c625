/** Lint a snippet with every rule of the plugin (`configs.all`) and render what it reports, compactly. */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import plugin from '../../../index.js';

export interface LintOptions {
  /** `settings.openai`; the date is pinned so retirements do not move with the calendar. */
  openai?: Record<string, unknown>;
  /** `file.ts` (TypeScript parser) unless another name is given; `.js`/`.cjs` files use espree. */
  filename?: string;
  /**
   * Keep `no-deprecated-models` on (off by default here: most of these cases use models with a
   * scheduled shutdown, o3 and gpt-5 among them, and its warning would repeat in every case).
   */
  deprecations?: boolean;
  /** ESLint's working folder (an absolute `filename` must lie inside it). */
  cwd?: string;
}

function config(options: LintOptions, filename: string): Linter.Config[] {
  return [
    { ...(plugin.configs.all as unknown as Linter.Config), files: ['**/*.{ts,js,cjs,mjs}'] },
    {
      files: ['**/*.{ts,js,cjs,mjs}'],
      languageOptions: {
        ...(filename.endsWith('.ts') && { parser: tsParser as never }),
        sourceType: filename.endsWith('.cjs') ? 'commonjs' : 'module',
      },
      settings: { openai: { date: '2026-11-21', ...options.openai } },
      ...(!options.deprecations && { rules: { 'openai/no-deprecated-models': 'off' } }),
    },
  ];
}

/** `line:column rule/messageId`, plus ` [fix]` or ` [suggest: ids]` where a report carries edits. */
export function lint(code: string, options: LintOptions = {}): string[] {
  const filename = options.filename ?? 'file.ts';
  const linter = new Linter({ configType: 'flat', ...(options.cwd && { cwd: options.cwd }) });
  const messages = linter.verify(code, config(options, filename), filename);
  const fatal = messages.find((message) => message.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  return messages.map((message) => {
    const edits = message.fix ? ' [fix]' : message.suggestions?.length ? ` [suggest: ${message.suggestions.map((s) => s.messageId).join(', ')}]` : '';
    return `${message.line}:${message.column} ${message.ruleId}/${message.messageId}${edits}`;
  });
}

/** The messages' texts, for the cases that check the words. */
export function lintMessages(code: string, options: LintOptions = {}): string[] {
  const linter = new Linter({ configType: 'flat' });
  const filename = options.filename ?? 'file.ts';
  return linter.verify(code, config(options, filename), filename).map((message) => message.message);
}
