/**
 * The one way rules see requests: a narrow `CallExpression` listener that hands each OpenAI
 * request (built once per call and shared by all rules) to the rule's callback.
 *
 * A look-alike SDK's request (`groq-sdk`, `together-ai`, ...; see `ClientKind`) reaches rules only
 * when it is shaped like an OpenAI request (`isOpenAIShaped`), and model-keyed facts
 * (`modelPaths`) are empty for it, so only model-independent checks apply there.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { REQUEST_METHOD_NAMES } from './call-sites.js';
import { getRequest, isOpenAIShaped, type Request } from './request.js';
import { getSettings, type OpenAISettings } from './settings.js';
import { assertTypeInformation } from './type-info.js';

/** Per file (one `SourceCode` each), shared by every rule. */
const textCache = new WeakMap<TSESLint.SourceCode, boolean>();

/**
 * Every request path goes through a member named `completions` or `responses` (written as a name
 * or a string), so a file whose text has neither holds no request: its rules listen to nothing,
 * and most files of a project cost nothing beyond this one scan of the text. (Not seen: a key built
 * from pieces or escapes, `client['compl' + 'etions']`.)
 */
function mayHoldRequests(sourceCode: TSESLint.SourceCode): boolean {
  let found = textCache.get(sourceCode);
  if (found === undefined) {
    found = sourceCode.text.includes('completions') || sourceCode.text.includes('responses');
    textCache.set(sourceCode, found);
  }
  return found;
}

export function onRequest<MessageId extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  callback: (request: Request, settings: OpenAISettings) => void,
): TSESLint.RuleListener {
  // Validate settings eagerly so a bad `settings.openai` fails loudly even in files without calls.
  const settings = getSettings(context as never);
  // Type-checked mode needs type information: say how to enable it, before any request.
  if (settings.typeChecked) assertTypeInformation(context as never);
  const { sourceCode } = context;
  if (!mayHoldRequests(sourceCode)) return {};
  return {
    CallExpression(node: TSESTree.CallExpression) {
      // Cheap filter before any analysis: the callee must be a member access.
      const callee = node.callee;
      if (callee.type === 'MemberExpression') {
        // Most calls are `x.name(...)`: reject every name that is not a request method at once.
        if (!callee.computed && callee.property.type === 'Identifier' && !REQUEST_METHOD_NAMES.has(callee.property.name)) return;
      } else if (callee.type !== 'TSNonNullExpression' && callee.type !== 'TSAsExpression') {
        return;
      }
      const request = getRequest(sourceCode, node, settings);
      if (request && isOpenAIShaped(request)) callback(request, settings);
    },
  };
}
