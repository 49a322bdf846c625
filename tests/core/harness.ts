/** Run the request analysis on a snippet and return what it saw, through ESLint's Linter. */
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { getRequest, type Request } from '../../src/analysis/request.js';
import { parseSettings } from '../../src/settings.js';
import type { Value } from '../../src/analysis/value-model.js';

export interface AnalyzeOptions {
  /** `settings.openai` (raw, validated like ESLint would); the requests are built with it. */
  settings?: unknown;
  /** File name (default `file.ts`). */
  filename?: string;
  /** Extra `parserOptions` (type-checked tests pass `projectService` and `tsconfigRootDir`). */
  parserOptions?: Record<string, unknown>;
}

export function analyze(code: string, options: AnalyzeOptions = {}): Request[] {
  const requests: Request[] = [];
  const settings = options.settings === undefined ? undefined : parseSettings(options.settings);
  visitCalls(
    code,
    (sourceCode, node) => {
      const request = getRequest(sourceCode, node, settings);
      if (request) requests.push(request);
    },
    options,
  );
  return requests;
}

/** Lint `code` with a rule that hands every call expression (and the file's SourceCode) to `visit`. */
export function visitCalls(
  code: string,
  visit: (sourceCode: TSESLint.SourceCode, node: TSESTree.CallExpression) => void,
  options: Omit<AnalyzeOptions, 'settings'> = {},
): void {
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as never, ...(options.parserOptions && { parserOptions: options.parserOptions }) },
        plugins: {
          probe: {
            rules: {
              probe: {
                meta: { schema: [] },
                create(context) {
                  return {
                    CallExpression(node: unknown) {
                      visit(context.sourceCode as never, node as unknown as TSESTree.CallExpression);
                    },
                  };
                },
              },
            },
          },
        },
        rules: { 'probe/probe': 'error' },
      },
    ],
    options.filename ?? 'file.ts',
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
}

/** A compact, comparable rendering of a value set: primitives as JSON, others by kind. */
export function show(values: readonly Value[]): string[] {
  return values.map((v) => {
    switch (v.kind) {
      case 'primitive':
        return JSON.stringify(v.value);
      case 'object':
        return `{${[...v.shape.params.keys()].join(',')}${v.shape.open ? ',…' : ''}}`;
      case 'array':
        return v.elements ? `[${v.elements.map((e) => show(e).join('|')).join(',')}]` : '[…]';
      case 'call':
        return `call:${v.callee ?? '?'}`;
      default:
        return v.kind;
    }
  });
}
