/**
 * The one way rules see requests, and the one listener per file that serves them all (the
 * pattern of eslint-plugin-regexp's `defineRegexpVisitor`).
 *
 * The first enabled rule of a file that calls `onRequest` registers the only `CallExpression`
 * listener; every later rule adds its check to that file's list and listens to nothing itself.
 * ESLint creates every rule's listeners before it walks the file, so the list is complete when
 * the first call is visited. For each OpenAI request the listener builds one `RequestFacts` and
 * runs every check with it; each check reports through its own rule's `context.report`, so
 * severities, disable comments and `--fix` work per rule as before. A file that holds no request
 * (most of a project) gets no listener at all.
 *
 * A look-alike SDK's request (`groq-sdk`, `together-ai`, ...; see `ClientKind`) reaches checks only
 * when it is shaped like an OpenAI request (`isOpenAIShaped`), and model-keyed facts (`models()`)
 * are empty for it, so only model-independent checks apply there.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { frameworkRequests, frameworkWords, importsFramework } from '../adapters/index.js';
import { REQUEST_METHOD_NAMES } from '../analysis/call-sites.js';
import { getRequest, isOpenAIShaped, type Request } from '../analysis/request.js';
import { settingsFrom } from '../settings.js';
import { assertTypeInformation } from '../analysis/type-info.js';
import { createRequestFacts, type RequestFacts } from './request-facts.js';
import { inWordsOf, reportInUserWords, type Report } from './user-words.js';

/** A rule's check of one request. It reports through `report`: its own rule's, in the user's words. */
export type RequestCheck<MessageId extends string = string> = (facts: RequestFacts, report: Report<MessageId>) => void;

/** What a check needs of its rule's context, read only once a request is checked. */
interface CheckContext {
  /** The rule's id as configured (`openai/valid-top-logprobs`), to name it when its check throws. */
  readonly id: string;
  report: Report;
}

interface RegisteredCheck {
  check: RequestCheck;
  context: CheckContext;
  /** The rule's `report` in the user's words, made at the file's first request. */
  report?: Report;
}

/** One run over one file: the checks of every enabled rule, in the order ESLint created the rules. */
interface FileChecks {
  /** The file's `SourceCode`: a rule of another file never joins the run. */
  sourceCode: TSESLint.SourceCode;
  /** `null`: the file holds no request and imports no framework; no rule listens to anything. */
  checks: RegisteredCheck[] | null;
  /** The rules of this run, by id (a rule created again means a new run over the same AST). */
  ruleIds: string[];
  /** The `context.settings` the run's settings were validated from. */
  settingsSource: unknown;
  /** The walk has begun: no rule of this run is created any more. */
  walking: boolean;
}

/** What a rule listens to in a file whose first rule listens for every rule, or that holds no request. */
const NO_LISTENERS: TSESLint.RuleListener = Object.freeze({});

/**
 * The run of the file whose rules ESLint created last. ESLint creates all rules of a file one after
 * another, before it walks the file, so a rule joins this run or starts a new one; nothing else is
 * kept across files. (If another file's rules were created in between, which ESLint does not do, the
 * rules after them would start a second run over the file: each check still runs once per request.)
 * It holds the last file's `SourceCode` until the next file, as ESLint's `Linter` does.
 */
let lastRun: FileChecks | undefined;

/**
 * Every request path goes through a member named `completions` or `responses` (written as a name
 * or a string), so a file whose text has neither holds no request: nothing listens to its calls,
 * and most files of a project cost nothing beyond this one scan of the text. (Not seen: a key built
 * from pieces or escapes, `client['compl' + 'etions']`.)
 */
const REQUEST_MEMBER = /completions|responses/;

function mayHoldRequests(sourceCode: TSESLint.SourceCode): boolean {
  // One regular expression: one pass over the text (two `includes` make two, about three times slower).
  return REQUEST_MEMBER.test(sourceCode.text);
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
 * The run the rule `context` joins: the last file's, or `undefined` when this rule starts a new run.
 * A run over the same file (its `SourceCode`) is new when its walk has begun, when it already has
 * this rule (an earlier run over the file, which may have ended before its walk), or when its
 * settings are not this rule's (so settings are validated again). Only the context's public
 * properties are read.
 */
function currentRun(sourceCode: TSESLint.SourceCode, settingsSource: unknown, ruleId: string): FileChecks | undefined {
  const run = lastRun;
  if (run === undefined || run.sourceCode !== sourceCode || run.walking || run.settingsSource !== settingsSource || run.ruleIds.includes(ruleId)) return undefined;
  return run;
}

/**
 * Run `check` on every OpenAI request of the file. Call it from a rule's `create` and return what it
 * returns. Settings are validated, and type-checked mode asserted, once per file, even in files
 * without requests, so a bad configuration fails loudly. The rule's reports go through the `report`
 * its check is handed (ESLint's `context.report` of the rule, in the user's words).
 *
 * Per file, only the first rule does any work: it decides from the text and the imports whether the
 * file may hold a request; in most files none can, and no rule listens to anything.
 */
export function onRequest<MessageId extends string, Options extends readonly unknown[]>(
  context: Readonly<Omit<TSESLint.RuleContext<MessageId, Options>, 'report'>>,
  check: RequestCheck<MessageId>,
): TSESLint.RuleListener {
  // Each property of ESLint's context is read once: the first read of each in a file is the costly one.
  const { sourceCode, settings: settingsSource, id } = context;
  // `createRule` hands rules ESLint's context without `report` in its type; the object has it.
  const checkContext = context as unknown as CheckContext;
  const registered = currentRun(sourceCode, settingsSource, id);
  if (registered) {
    registered.ruleIds.push(id);
    registered.checks?.push({ check: check as RequestCheck, context: checkContext });
    return NO_LISTENERS;
  }
  // Validate settings eagerly so a bad `settings.openai` fails loudly even in files without calls.
  const settings = settingsFrom(settingsSource);
  // Type-checked mode needs type information: say how to enable it, before any request.
  if (settings.typeChecked) assertTypeInformation(context as unknown as Readonly<TSESLint.RuleContext<string, readonly unknown[]>>);

  const sdkRequests = mayHoldRequests(sourceCode);
  // Framework calls (`new ChatOpenAI({...})`) start from the file's imports of a framework.
  const frameworks = importsFramework(sourceCode);
  const file: FileChecks = { sourceCode, checks: null, ruleIds: [id], settingsSource, walking: false };
  lastRun = file;
  if (!sdkRequests && !frameworks) return NO_LISTENERS;

  const checks: RegisteredCheck[] = [{ check: check as RequestCheck, context: checkContext }];
  file.checks = checks;
  const runChecks = (request: Request, node: TSESTree.Node): void => {
    const facts = createRequestFacts(sourceCode, request, settings);
    // A framework request's reports name the user's options (`topP`), not OpenAI's parameters.
    inWordsOf(frameworkWords(request), () => {
      for (const entry of checks) {
        try {
          entry.check(facts, (entry.report ??= reportInUserWords(entry.context)));
        } catch (error) {
          throw checkFailed(entry.context.id, node, error);
        }
      }
    });
  };
  const listeners: TSESLint.RuleListener = {};
  if (frameworks) {
    // An adapter translates each framework call into the request the framework sends
    // (src/adapters), judged by the same checks.
    listeners.Program = () => {
      file.walking = true;
      for (const request of frameworkRequests(sourceCode, settings, context.filename)) runChecks(request, request.site.node);
    };
  }
  if (sdkRequests) {
    listeners.CallExpression = (node: TSESTree.CallExpression) => {
      // (A run whose walk meets no call reports nothing: joining it later changes no result.)
      file.walking = true;
      if (!mayBeRequestCall(node)) return;
      const request = getRequest(sourceCode, node, settings);
      if (!request || !isOpenAIShaped(request)) return;
      runChecks(request, node);
    };
  }
  return listeners;
}
