/** Run the request analysis on a snippet and return what it saw, through ESLint's Linter. */
import tsParser from '@typescript-eslint/parser';
import type { TSESTree } from '@typescript-eslint/utils';
import { Linter } from 'eslint';
import { getRequest, type Request } from '../../src/request.js';
import type { Value } from '../../src/values.js';

export function analyze(code: string): Request[] {
  const requests: Request[] = [];
  const linter = new Linter({ configType: 'flat' });
  const messages = linter.verify(
    code,
    [
      {
        files: ['**/*.ts'],
        languageOptions: { parser: tsParser as never },
        plugins: {
          probe: {
            rules: {
              probe: {
                meta: { schema: [] },
                create(context) {
                  return {
                    CallExpression(node: unknown) {
                      const request = getRequest(context.sourceCode as never, node as unknown as TSESTree.CallExpression);
                      if (request) requests.push(request);
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
    'file.ts',
  );
  const fatal = messages.find((m) => m.fatal);
  if (fatal) throw new Error(`parse error: ${fatal.message}`);
  return requests;
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
