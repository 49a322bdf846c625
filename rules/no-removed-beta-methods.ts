import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import {
  contains,
  createRule,
  fixOrSuggest,
  forEachChild,
  hasCommentsIn,
  kbMessage,
  onRequest,
  type FixFunction,
  type RequestFacts,
} from '../src/rule-kit/index.js';
import { sdkMajorFor } from '../src/sdk-version.js';

const KB = 'llm/openai-node-removed-beta-chat-methods';

/** The first openai major version without `beta.chat` and `runFunctions`. */
const REMOVED_IN = 5;

/**
 * The `X.beta` and `X.beta.chat` member expressions of the call's chain, where `beta` is read
 * directly by `.chat` (no parentheses or casts in between).
 */
function betaMembers(request: RequestFacts): { beta: TSESTree.MemberExpression; chat: TSESTree.MemberExpression } | null {
  const beta = request.site.receiver.parent;
  if (beta?.type !== AST_NODE_TYPES.MemberExpression || beta.object !== request.site.receiver) return null;
  const chat = beta.parent;
  if (chat?.type !== AST_NODE_TYPES.MemberExpression || chat.object !== beta) return null;
  return { beta, chat };
}

/**
 * Remove the `beta` access: `client.beta.chat` → `client.chat`, `client?.beta.chat` →
 * `client?.chat`, `client.beta['chat']` → `client['chat']`. `null` when a comment or a parenthesis
 * sits in the edited text.
 */
function removeBetaFix(sourceCode: TSESLint.SourceCode, beta: TSESTree.MemberExpression, chat: TSESTree.MemberExpression): FixFunction | null {
  // The accessor token after the object (`.`, `?.` or `[`), past any `)` closing the object.
  const accessor = sourceCode.getTokenAfter(beta.object, { filter: (token) => token.value !== ')' });
  const afterBeta = sourceCode.getTokenAfter(beta);
  if (!accessor || !afterBeta || afterBeta.value === ')') return null;
  const start = accessor.range[0];
  const end = chat.range[1];
  if (hasCommentsIn(sourceCode, start, end)) return null;
  const optional = beta.optional || chat.optional;
  const key = sourceCode.getText(chat.property);
  const text = chat.computed ? `${optional ? '?.' : ''}[${key}]` : `${optional ? '?.' : '.'}${key}`;
  return (fixer) => fixer.replaceTextRange([start, end], text);
}

const FUNCTION_TYPES: ReadonlySet<string> = new Set([
  AST_NODE_TYPES.FunctionDeclaration,
  AST_NODE_TYPES.FunctionExpression,
  AST_NODE_TYPES.ArrowFunctionExpression,
]);

/**
 * A condition that reads a version or probes for `beta`: `sdkVersion >= 5`, `major < 5`,
 * `OpenAI.VERSION.startsWith('4.')`, `client.beta?.chat`, `'beta' in client`.
 */
const VERSION_TEST = /version|\bmajor\b|\.beta\b|['"`]beta['"`]/i;

/**
 * A function around `node` (the nearest, or any enclosing one, as in a callback of a function that
 * tests the version, or the file's top level) already branches on the SDK version: an `if`, `?:` or
 * `switch` in its own body whose condition matches `VERSION_TEST`. Such code supports both majors on
 * purpose; rewriting one branch would break the other, so no autofix. A plain text test on the
 * condition: simple, and it errs towards a suggestion. (A version test in a sibling function does
 * not count.)
 */
function branchesOnSdkVersion(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): boolean {
  for (let scope: TSESTree.Node | undefined = node.parent; scope; scope = scope.parent) {
    if (!FUNCTION_TYPES.has(scope.type) && scope.type !== AST_NODE_TYPES.Program) continue;
    // Once per function (or file), whatever the number of calls in it: the answer depends on the root only.
    let known = versionBranching.get(scope);
    if (known === undefined) versionBranching.set(scope, (known = scanForVersionTest(sourceCode, scope)));
    if (known) return true;
  }
  return false;
}

/** Per function or Program node (they die with the file's AST): whether it branches on the SDK version. */
const versionBranching = new WeakMap<TSESTree.Node, boolean>();

function pushChild(child: TSESTree.Node, stack: TSESTree.Node[]): void {
  stack.push(child);
}

function scanForVersionTest(sourceCode: TSESLint.SourceCode, root: TSESTree.Node): boolean {
  const stack: TSESTree.Node[] = [root];
  const keys = sourceCode.visitorKeys;
  while (stack.length > 0) {
    const current = stack.pop() as TSESTree.Node;
    if (current !== root && FUNCTION_TYPES.has(current.type)) continue;
    const test =
      current.type === AST_NODE_TYPES.IfStatement || current.type === AST_NODE_TYPES.ConditionalExpression
        ? current.test
        : current.type === AST_NODE_TYPES.SwitchStatement
          ? current.discriminant
          : null;
    if (test && VERSION_TEST.test(sourceCode.getText(test))) return true;
    forEachChild(current, keys, pushChild, stack);
  }
  return false;
}

export default createRule({
  name: 'no-removed-beta-methods',
  meta: {
    type: 'problem',
    docs: {
      description:
        'Disallow `beta.chat.completions.parse/stream/runTools` and `runFunctions`, which openai v5 removed',
      recommended: true,
      kb: [KB],
    },
    fixable: 'code',
    hasSuggestions: true,
    schema: [],
    messages: {
      removedBeta: kbMessage(
        '`beta.chat.completions.{{method}}` was removed in openai v5, so the call throws; use `chat.completions.{{method}}`.',
        KB,
      ),
      removedRunFunctions: kbMessage(
        '`{{path}}` was removed in openai v5, so the call throws; use `chat.completions.runTools` with `tools`.',
        KB,
      ),
      removeBeta: 'Remove `beta.` to call `chat.completions.{{method}}`.',
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const { site, settings, sourceCode } = request;
      const filename = context.physicalFilename ?? context.filename;
      // The openai version for this file: explicit setting, else the installed package ('detect').
      const major = sdkMajorFor(settings, filename);
      if (major !== undefined && major < REMOVED_IN) return;
      // Another SDK with OpenAI's call paths has its own history.
      if (site.client.kind === 'lookalike') return;
      const callee = site.node.callee;
      if (site.method === 'runFunctions') {
        report({ node: callee, messageId: 'removedRunFunctions', data: { path: site.path } });
        return;
      }
      if (!site.beta) return;
      const members = betaMembers(request);
      // In this call's own member chain, the edit is local and certain; through a same-file alias
      // (`const completions = client.beta.chat.completions`) it changes a declaration others may read.
      // It is certain only when the installed (or declared) version is known to be 5 or later, and
      // the function does not already choose between the two APIs by version.
      const direct = members !== null && contains(callee, members.chat);
      const certain = direct && major !== undefined && !branchesOnSdkVersion(sourceCode, site.node);
      report({
        node: members && direct ? members.beta.property : callee,
        messageId: 'removedBeta',
        data: { method: site.method },
        ...fixOrSuggest({ certain, suggest: [{ messageId: 'removeBeta', data: { method: site.method }, fix: members ? removeBetaFix(sourceCode, members.beta, members.chat) : null }] }),
      });
    });
  },
});
