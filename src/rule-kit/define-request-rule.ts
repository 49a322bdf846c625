/**
 * The one way rules see requests, and the one listener per file that serves them all (the
 * pattern of eslint-plugin-regexp's `defineRegexpVisitor`).
 *
 * The first enabled rule of a file that calls `onRequest` registers the only `CallExpression`
 * listener; every later rule adds its check to that file's list and listens to nothing itself.
 * ESLint creates every rule's listeners before it walks the file, so the list is complete when
 * the first call is visited. For each OpenAI request the listener builds one `RequestFacts` and
 * runs every check with it; each check reports through its own rule's `context`, so severities,
 * disable comments and `--fix` work per rule as before. The list dies at `Program:exit`.
 *
 * A look-alike SDK's request (`groq-sdk`, `together-ai`, ...; see `ClientKind`) reaches checks only
 * when it is shaped like an OpenAI request (`isOpenAIShaped`), and model-keyed facts (`models()`)
 * are empty for it, so only model-independent checks apply there.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { frameworkRequests, frameworkWords } from '../adapters/index.js';
import { REQUEST_METHOD_NAMES } from '../call-sites.js';
import { getRequest, isOpenAIShaped, type Request } from '../request.js';
import { getSettings } from '../settings.js';
import { assertTypeInformation } from '../analysis/type-info.js';
import { createRequestFacts, type RequestFacts } from './request-facts.js';
import { inWordsOf } from './user-words.js';

/** A rule's check of one request. It reports through its own rule's `context`. */
export type RequestCheck = (facts: RequestFacts) => void;

interface RegisteredCheck {
  /** The rule's id as configured (`openai/valid-top-logprobs`), to name it when its check throws. */
  ruleId: string;
  check: RequestCheck;
}

/** One run over one file: the checks of every enabled rule, in the order ESLint created the rules. */
interface FileChecks {
  checks: RegisteredCheck[];
  /** The walk has begun: no rule of this run is created any more. */
  walking: boolean;
}

/** Per file being linted (its AST), the run under way. */
const checksByFile = new WeakMap<TSESTree.Program, FileChecks>();

/**
 * Every request path goes through a member named `completions` or `responses` (written as a name
 * or a string), so a file whose text has neither holds no request: nothing listens to its calls,
 * and most files of a project cost nothing beyond this one scan of the text. (Not seen: a key built
 * from pieces or escapes, `client['compl' + 'etions']`.)
 */
function mayHoldRequests(sourceCode: TSESLint.SourceCode): boolean {
  return sourceCode.text.includes('completions') || sourceCode.text.includes('responses');
}

/** A cheap filter before any analysis: the callee must be a member access with a request method's name. */
function mayBeRequestCall(node: TSESTree.CallExpression): boolean {
  const callee = node.callee;
  if (callee.type === 'MemberExpression') {
    // Most calls are `x.name(...)`: reject every name that is not a request method at once.
    return callee.computed || callee.property.type !== 'Identifier' || REQUEST_METHOD_NAMES.has(callee.property.name);
  }
  return callee.type === 'TSNonNullExpression' || callee.type === 'TSAsExpression';
}

/** The error a check threw, re-thrown naming its rule (ESLint names the rule that owns the listener). */
function checkFailed(ruleId: string, node: TSESTree.Node, error: unknown): Error {
  const reason = error instanceof Error ? error.message : String(error);
  return new Error(
    `Rule "${ruleId}" failed while checking the request at line ${node.loc.start.line}: ${reason} ` +
      '(the first openai rule of the file runs every openai rule\'s request checks, so ESLint may name that rule instead).',
    { cause: error },
  );
}

/**
 * Run `check` on every OpenAI request of the file. Call it from a rule's `create` and return what it
 * returns. Settings are validated, and type-checked mode asserted, once per file, even in files
 * without requests, so a bad configuration fails loudly.
 */
export function onRequest<MessageId extends string, Options extends readonly unknown[]>(
  context: Readonly<TSESLint.RuleContext<MessageId, Options>>,
  check: RequestCheck,
): TSESLint.RuleListener {
  const { sourceCode } = context;
  const program = sourceCode.ast;
  const registered = checksByFile.get(program);
  // ESLint creates every rule before it walks the file. A list whose walk has begun was left by an
  // earlier run over the same AST that threw before `Program:exit`: start afresh then.
  if (registered && !registered.walking) {
    registered.checks.push({ ruleId: context.id, check });
    return {};
  }
  // Validate settings eagerly so a bad `settings.openai` fails loudly even in files without calls.
  const ruleContext = context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>;
  const settings = getSettings(ruleContext);
  // Type-checked mode needs type information: say how to enable it, before any request.
  if (settings.typeChecked) assertTypeInformation(ruleContext);

  const file: FileChecks = { checks: [{ ruleId: context.id, check }], walking: false };
  const { checks } = file;
  checksByFile.set(program, file);
  const start = (): void => {
    file.walking = true;
  };
  const done = (): void => {
    checksByFile.delete(program);
  };
  const runChecks = (request: Request, node: TSESTree.Node): void => {
    const facts = createRequestFacts(sourceCode, request, settings);
    // A framework request's reports name the user's options (`topP`), not OpenAI's parameters.
    inWordsOf(frameworkWords(request), () => {
      for (const { ruleId, check: run } of checks) {
        try {
          run(facts);
        } catch (error) {
          throw checkFailed(ruleId, node, error);
        }
      }
    });
  };
  // Framework calls (`new ChatOpenAI({...})`): an adapter translates each into the request the
  // framework sends (src/adapters), judged by the same checks. Found once per file, by its imports
  // (nothing more is done in a file that imports no framework).
  const startWithFrameworks = (): void => {
    start();
    for (const request of frameworkRequests(sourceCode, settings, context.filename)) runChecks(request, request.site.node);
  };
  if (!mayHoldRequests(sourceCode)) return { Program: startWithFrameworks, 'Program:exit': done };

  return {
    Program: startWithFrameworks,
    CallExpression(node: TSESTree.CallExpression) {
      if (!mayBeRequestCall(node)) return;
      const request = getRequest(sourceCode, node, settings);
      if (!request || !isOpenAIShaped(request)) return;
      runChecks(request, node);
    },
    'Program:exit': done,
  };
}
