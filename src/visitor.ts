/**
 * The one way rules see requests: a narrow `CallExpression` listener that hands each OpenAI
 * request (built once per call and shared by all rules) to the rule's callback.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getRequest, type Request } from './request.js';
import { getSettings, type OpenAISettings } from './settings.js';

export function onRequest<MessageId extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  callback: (request: Request, settings: OpenAISettings) => void,
): TSESLint.RuleListener {
  // Validate settings eagerly so a bad `settings.openai` fails loudly even in files without calls.
  const settings = getSettings(context as never);
  const { sourceCode } = context;
  return {
    CallExpression(node: TSESTree.CallExpression) {
      // Cheap filter before any analysis: the callee must be a member access.
      const callee = node.callee;
      if (callee.type !== 'MemberExpression' && callee.type !== 'TSNonNullExpression' && callee.type !== 'TSAsExpression') {
        return;
      }
      const request = getRequest(sourceCode, node);
      if (request) callback(request, settings);
    },
  };
}
