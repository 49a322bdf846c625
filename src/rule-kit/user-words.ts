/**
 * Reports in the user's words. A request a framework sends (src/adapters) is judged in OpenAI's
 * names, but the user wrote the framework's: `topP` in `new ChatOpenAI({...})`, `modelSettings.topP`
 * in an agent, `providerOptions.openai.logprobs` in `generateText`. While the checks of such a
 * request run (`inWordsOf`), every report a rule makes passes through `userWords` (rules report through
 * the function their checks are handed, `reportInUserWords`), which puts the framework's words into
 * the message data:
 * - `param` (the parameter a message names) becomes the option the parameter is sent from, where the
 *   translated request records one;
 * - `modelNote` (placed after the model in messages that name one) becomes ` (LangChain's default)
 *   model)` when `model` is a model the framework sends by default, and is empty otherwise.
 * Rules know nothing of frameworks: they name OpenAI's parameters and leave a `{{modelNote}}` slot.
 * A request with a `scope` (a call that configures an object another call created, such as
 * `llm.invoke(input, { stop })`) reports only there, and only about the parameters that call sets:
 * the object's own options and model are reported once, at the call that created it.
 *
 * The checks of a request run synchronously in one listener (./define-request-rule.ts), so the words
 * of the request being checked are one module-level value, set and cleared around them.
 */
import type { TSESLint } from '@typescript-eslint/utils';
import type { TSESTree } from '@typescript-eslint/types';
import type { FrameworkWords } from '../adapters/index.js';
import { contains } from './nodes.js';

let current: FrameworkWords | undefined;

/** Run `checks` with reports in the words of a framework request (`undefined`: an SDK request). */
export function inWordsOf(words: FrameworkWords | undefined, checks: () => void): void {
  const before = current;
  current = words;
  try {
    checks();
  } finally {
    current = before;
  }
}

type Data = Record<string, unknown>;

function translate(data: Data | undefined): Data {
  const out: Data = { ...data };
  const param = out.param;
  if (typeof param === 'string' && current?.params.has(param)) out.param = current.params.get(param);
  if (out.modelNote === undefined) {
    const note = typeof out.model === 'string' ? current?.models.get(out.model) : undefined;
    out.modelNote = note === undefined ? '' : ` (${note})`;
  }
  return out;
}

/** A report descriptor with its data (and its suggestions' data) in the user's words. */
export function userWords<Descriptor>(descriptor: Descriptor): Descriptor {
  if (descriptor === null || typeof descriptor !== 'object') return descriptor;
  const { data, suggest } = descriptor as { data?: Data; suggest?: unknown };
  const out = { ...descriptor, data: translate(data) } as Descriptor & { suggest?: unknown };
  if (Array.isArray(suggest)) {
    out.suggest = suggest.map((s: unknown) => (s !== null && typeof s === 'object' ? { ...s, data: translate((s as { data?: Data }).data) } : s));
  }
  return out;
}

/** A report about one of the scope's parameters, at its options. */
function inScope(scope: NonNullable<FrameworkWords['scope']>, node: TSESTree.Node | undefined, data: Data | undefined): boolean {
  const param = data?.param;
  return node !== undefined && contains(scope.node, node) && typeof param === 'string' && scope.params.has(param);
}

/** A rule's report function: ESLint's `context.report`, typed by the rule's message ids. */
export type Report<MessageId extends string = string> = TSESLint.RuleContext<MessageId, readonly unknown[]>['report'];

/**
 * The report function a rule's request checks are handed (./define-request-rule.ts): the rule's
 * own `context.report`, with the descriptor passed through `userWords`. Made once per rule per
 * file, and only in a file where some request is checked.
 */
export function reportInUserWords<MessageId extends string>(context: { report: Report<MessageId> }): Report<MessageId> {
  return (descriptor) => {
    const node = (descriptor as { node?: TSESTree.Node }).node;
    if (current?.scope && !inScope(current.scope, node, (descriptor as { data?: Data }).data)) return;
    context.report(userWords(descriptor));
  };
}
