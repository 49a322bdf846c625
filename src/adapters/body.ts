/**
 * Building the request a framework sends from the options the user wrote: read an option (also
 * nested, `modelSettings.topP`), send it under OpenAI's name, and mark its writes as framework
 * writes. A framework write is reported at the user's own property but never autofixed: the
 * framework's name, nesting or later processing is not the API's, so an edit made for the API's
 * request would be wrong there.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { getParam, skipWrappers, uniqueValues, valuesAt, valuesAtPath, writesAt, type ObjectShape, type Param, type Write } from '../analysis/value-model.js';
import { resolvePaths } from '../analysis/resolve.js';

/** Writes made in a framework's options (the option's words, `modelSettings.topP`), reported at the property. */
const frameworkOptions = new WeakMap<Write, string>();

/** The framework option a write sets (`modelSettings.topP`), when it is one. */
export function frameworkOptionOf(write: Write): string | undefined {
  return frameworkOptions.get(write);
}

/** The writes of a framework option: the user's properties, never local to an OpenAI request (no autofix). */
function frameworkWrites(writes: readonly Write[], option: string): Write[] {
  return writes.map((write) => {
    const copy: Write = { ...write, local: false };
    // A property of a literal shared with other calls is reported at the options, as for the SDK.
    if (write.local) frameworkOptions.set(copy, option);
    return copy;
  });
}

/** An option at a dotted path of the options (`modelSettings.topP`). */
export function option(shape: ObjectShape, path: string): Param {
  const dot = path.lastIndexOf('.');
  if (dot === -1) return getParam(shape, path);
  const values = valuesAtPath(shape, path, dot);
  const last = path.slice(dot + 1);
  return { name: last, values: valuesAt(values, last), writes: writesAt(values, last) };
}

/** The option is written with a value that may be sent (not only `absent`). */
export function mayBeSet(param: Param): boolean {
  return param.values.some((value) => value.kind !== 'absent');
}

/** The first option that is written, for options the framework reads under two names (`model ?? modelName`). */
export function firstOf(shape: ObjectShape, ...paths: string[]): { param: Param; path: string } {
  for (const path of paths) {
    const param = option(shape, path);
    // `a ?? b`: `b` counts where `a` may be absent; a written `a` with a known value wins.
    if (param.values.every((value) => value.kind !== 'absent')) return { param, path };
    if (mayBeSet(param)) {
      const rest = firstOf(shape, ...paths.slice(paths.indexOf(path) + 1));
      return {
        param: { name: param.name, values: uniqueValues([...param.values.filter((v) => v.kind !== 'absent'), ...rest.param.values]), writes: [...param.writes, ...rest.param.writes] },
        path,
      };
    }
  }
  const path = paths.at(-1)!;
  return { param: option(shape, path), path };
}

/** The request body being built, in OpenAI's names. */
export class Body {
  readonly #params = new Map<string, Param>();
  /** Each sent parameter's option in the framework's words (`top_p` → `topP`). */
  readonly #words = new Map<string, string>();

  constructor(
    readonly node: TSESTree.Node | null,
    /** Options the adapter cannot read may be present (an unresolved spread): every unread parameter is unknown. */
    private open: boolean,
  ) {}

  /** Parameters the adapter cannot read may be sent (raw keys from an unresolved object). */
  markOpen(): void {
    this.open = true;
  }

  /** Send the option `from` (written as `words`) as the parameter `name`. */
  send(name: string, from: Param, words: string): void {
    if (!mayBeSet(from) && from.writes.length === 0) return;
    this.#params.set(name, { name, values: from.values, writes: frameworkWrites(from.writes, words) });
    this.#words.set(name, words);
  }

  /** Send the option `from` (written as `words`) as `name`, over `under` where `from` may be unset (`from ?? under`). */
  sendOver(name: string, from: Param, words: string, under: Param | undefined): void {
    if (!under || from.values.every((value) => value.kind !== 'absent')) {
      this.send(name, from, words);
      return;
    }
    const set = from.values.filter((value) => value.kind !== 'absent');
    this.#params.set(name, { name, values: uniqueValues([...set, ...under.values]), writes: [...frameworkWrites(from.writes, words), ...under.writes] });
    this.#words.set(name, words);
  }

  /** Keep a parameter already built (another translation's), as it is. */
  keep(name: string, param: Param, words: string | undefined): void {
    this.#params.set(name, param);
    if (words !== undefined) this.#words.set(name, words);
  }

  /** The framework removes `name` (assigns `undefined` over it): not sent, whatever was set before. */
  drop(name: string): void {
    this.#params.set(name, { name, values: [{ kind: 'absent' }], writes: [] });
    this.#words.delete(name);
  }

  /** The option each parameter is sent from, in the framework's words (`top_p` → `topP`, `stop` → `stop`). */
  words(): ReadonlyMap<string, string> {
    return new Map(this.#words);
  }

  shape(): ObjectShape {
    return { node: this.node, params: this.#params, open: this.open };
  }
}

/** The one shape of a call's options, or `null` when they take several paths or cannot be read. */
export function singleShape(sourceCode: TSESLint.SourceCode, node: TSESTree.Node | null): ObjectShape | null {
  if (!node) return { node: null, params: new Map(), open: false };
  const resolved = resolvePaths(sourceCode, node, true);
  if (resolved.capped || resolved.alts.length !== 1) return null;
  const [{ value }] = resolved.alts;
  if (value.kind === 'absent') return { node: skipWrappers(node), params: new Map(), open: false };
  return value.kind === 'object' ? { ...value.shape, node: skipWrappers(node) } : null;
}

