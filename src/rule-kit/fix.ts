/**
 * Fixes: the shared fix-or-suggest decision and comment-safe property edits.
 *
 * Policy: an autofix only when the fix is certain (the request fails on every known path as
 * written) and the edited property is written at this call site alone; a suggestion when the
 * edit is safe but not certain; no fix at all when the edit would lose a comment.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import type { Write } from '../analysis/value-model.js';

export type FixFunction = (fixer: TSESLint.RuleFixer) => TSESLint.RuleFix | TSESLint.RuleFix[];

/**
 * An edit offered to the user: a suggestion's message and data with its edit, or `fix: null`
 * when no safe edit exists (then nothing is offered).
 */
export interface Offer<MessageId extends string> {
  messageId: MessageId;
  data?: Record<string, unknown>;
  fix: FixFunction | null;
}

/** The fix part of a report, to spread into `context.report`. */
export type FixOrSuggest<MessageId extends string> =
  | { fix: FixFunction; suggest: TSESLint.SuggestionReportDescriptor<MessageId>[] | null }
  | { suggest: TSESLint.SuggestionReportDescriptor<MessageId>[] | null };

/** The offers that have an edit, as suggestions; `null` when none has (`null` entries are skipped). */
export function suggestions<MessageId extends string>(
  offers: ReadonlyArray<Offer<MessageId> | null>,
): TSESLint.SuggestionReportDescriptor<MessageId>[] | null {
  const out: TSESLint.SuggestionReportDescriptor<MessageId>[] = [];
  for (const offer of offers) {
    if (offer?.fix) out.push({ messageId: offer.messageId, data: offer.data, fix: offer.fix });
  }
  return out.length > 0 ? out : null;
}

/**
 * The fix part of a report (typescript-eslint's `getFixOrSuggest` shape), to spread into
 * `context.report({ node, messageId, data, ...fixOrSuggest({ certain, suggest }) })`: when `certain`
 * and the first offer has an edit, that edit is the autofix and the other offers stay suggestions;
 * otherwise every offer with an edit is a suggestion. `certain` means the request fails on every
 * known path as written and the edit is local to this call.
 */
export function fixOrSuggest<MessageId extends string>(options: {
  certain: boolean;
  suggest: ReadonlyArray<Offer<MessageId> | null>;
}): FixOrSuggest<MessageId> {
  const [main, ...alternatives] = options.suggest;
  if (options.certain && main?.fix) return { fix: main.fix, suggest: suggestions(alternatives) };
  return { suggest: suggestions(options.suggest) };
}

/** Several edits applied together; `null` when any of them has no safe edit. */
export function combineFixes(...fixes: Array<FixFunction | null>): FixFunction | null {
  if (fixes.some((fix) => fix === null)) return null;
  return (fixer) => fixes.flatMap((fix) => fix!(fixer));
}

/** The single local write of a parameter, if the parameter is written in exactly one place at this call. */
export function singleLocalWrite(writes: readonly Write[]): Write | null {
  return writes.length === 1 && writes[0].local ? writes[0] : null;
}

/** A comment overlaps the range `[start, end)`. O(log comments): use it rather than scanning `getAllComments()`. */
export function hasCommentsIn(sourceCode: TSESLint.SourceCode, start: number, end: number): boolean {
  // The comments are sorted and do not overlap: find the first one that ends after `start` (a binary
  // search, so that a file with many comments and many fixes stays linear).
  const comments = sourceCode.getAllComments();
  let low = 0;
  let high = comments.length;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if (comments[middle].range[1] <= start) low = middle + 1;
    else high = middle;
  }
  return low < comments.length && comments[low].range[0] < end;
}

/** A comment right after `position` on the same line (a trailing comment that belongs to the property). */
function hasTrailingComment(sourceCode: TSESLint.SourceCode, position: number): boolean {
  const text = sourceCode.text;
  let i = position;
  while (i < text.length && (text[i] === ' ' || text[i] === '\t')) i++;
  return text.startsWith('//', i) || text.startsWith('/*', i);
}

/**
 * Remove a property and its comma. `null` when a comment inside or trailing the property would
 * be lost or moved.
 */
export function removePropertyFix(sourceCode: TSESLint.SourceCode, property: TSESTree.Property | TSESTree.SpreadElement): FixFunction | null {
  const before = sourceCode.getTokenBefore(property);
  const after = sourceCode.getTokenAfter(property);
  if (!before || !after) return null;
  let range: [number, number];
  if (after.value === ',') {
    // `{ a, <property>, b }`: from the end of the token (or comment) before to the end of the comma
    // after. A comment on the lines above the property stays where it is.
    const previous = sourceCode.getTokenBefore(property, { includeComments: true }) ?? before;
    range = [previous.range[1], after.range[1]];
    if (hasTrailingComment(sourceCode, after.range[1])) return null;
  } else if (before.value === ',') {
    // Last property without a trailing comma: remove the comma before it.
    range = [before.range[0], property.range[1]];
    if (hasTrailingComment(sourceCode, property.range[1])) return null;
  } else {
    // The only property.
    range = [before.range[1], property.range[1]];
    if (hasTrailingComment(sourceCode, property.range[1])) return null;
  }
  if (hasCommentsIn(sourceCode, range[0], range[1])) return null;
  return (fixer) => fixer.removeRange(range);
}

/**
 * Remove every write of a parameter (a property in each object literal that sets it). `null` unless
 * every write is local to this call site and removable without losing a comment.
 */
export function removeWritesFix(sourceCode: TSESLint.SourceCode, writes: readonly Write[]): FixFunction | null {
  if (writes.length === 0 || writes.some((w) => !w.local)) return null;
  const fixes: FixFunction[] = [];
  for (const write of writes) {
    const fix = removePropertyFix(sourceCode, write.property);
    if (!fix) return null;
    fixes.push(fix);
  }
  return (fixer) => fixes.flatMap((fix) => fix(fixer));
}

function keyText(sourceCode: TSESLint.SourceCode, property: TSESTree.Property, name: string): string {
  if (property.key.type === AST_NODE_TYPES.Literal && typeof property.key.value === 'string') {
    const quote = sourceCode.getText(property.key)[0];
    return `${quote}${name}${quote}`;
  }
  return name;
}

/** Rename a property's key, keeping its value (shorthand `a` becomes `b: a`). `null` for computed keys. */
export function renamePropertyFix(sourceCode: TSESLint.SourceCode, property: TSESTree.Property, name: string): FixFunction | null {
  if (property.computed && property.key.type !== AST_NODE_TYPES.Literal) return null;
  if (property.shorthand) {
    const valueText = sourceCode.getText(property.value);
    return (fixer) => fixer.replaceText(property, `${name}: ${valueText}`);
  }
  // The key node of `['a']: v` is the literal inside the brackets, so replacing it keeps them.
  const text = keyText(sourceCode, property, name);
  return (fixer) => fixer.replaceText(property.key, text);
}

/** Replace a node's text. `null` when the node contains comments. */
export function replaceNodeFix(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, text: string): FixFunction | null {
  if (sourceCode.getCommentsInside(node).length > 0) return null;
  return (fixer) => fixer.replaceText(node, text);
}

/**
 * Quote a string the way a string literal in the file is quoted (default single quotes), escaped so
 * that the literal parses to `value`: backslashes and the quote, line breaks in a '…' or "…" string,
 * `${` in a template.
 */
export function quoteLike(sourceCode: TSESLint.SourceCode, node: TSESTree.Node | null, value: string): string {
  const raw = node ? sourceCode.getText(node) : '';
  const quote = raw.startsWith('"') ? '"' : raw.startsWith('`') ? '`' : "'";
  let escaped = value.replaceAll('\\', '\\\\').replaceAll(quote, `\\${quote}`);
  if (quote === '`') escaped = escaped.replaceAll('${', '\\${');
  else escaped = escaped.replace(/[\n\r\u2028\u2029]/g, (c) => LINE_ESCAPES[c]);
  return `${quote}${escaped}${quote}`;
}

const LINE_ESCAPES: Readonly<Record<string, string>> = { '\n': '\\n', '\r': '\\r', '\u2028': '\\u2028', '\u2029': '\\u2029' };

/**
 * Quote a new string the way the first string literal inside `node` is quoted (default single
 * quotes). With `templates`, a template literal counts too (a backtick-quoted file stays so).
 */
export function quoteIn(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, value: string, options: { templates?: boolean } = {}): string {
  const token = sourceCode.getTokens(node).find((t) => t.type === 'String' || (options.templates === true && t.type === 'Template'));
  return quoteLike(sourceCode, (token as unknown as TSESTree.Node | undefined) ?? null, value);
}

/**
 * Insert a property at the end of an object literal, keeping its layout (one property per line
 * or all on one line) and trailing comma style. One property per line: comments after the last
 * property on its line stay there, and the new property goes on the next line.
 */
export function insertPropertyFix(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression, text: string): FixFunction {
  const closing = sourceCode.getLastToken(object)!;
  const last = object.properties.at(-1);
  if (!last) {
    // `{ /* comment */ }` keeps its comment.
    if (sourceCode.getCommentsInside(object).length > 0) return (fixer) => fixer.insertTextAfter(sourceCode.getFirstToken(object)!, ` ${text}`);
    return (fixer) => fixer.replaceText(object, `{ ${text} }`);
  }
  const afterLast = sourceCode.getTokenAfter(last)!;
  const hasTrailingComma = afterLast.value === ',';
  const multiline = last.loc.end.line !== closing.loc.start.line;
  if (multiline) {
    const lineText = sourceCode.lines[last.loc.start.line - 1];
    const indent = /^\s*/.exec(lineText)![0];
    // The last comment on the line of the last property (or its comma): it belongs to that property.
    const anchor = hasTrailingComma ? afterLast : last;
    let end: TSESTree.Node | TSESTree.Token = anchor;
    for (
      let next = sourceCode.getTokenAfter(anchor, { includeComments: true });
      next && next !== closing && (next.type === 'Line' || next.type === 'Block') && next.loc.start.line === anchor.loc.end.line;
      next = sourceCode.getTokenAfter(next, { includeComments: true })
    ) {
      end = next;
    }
    if (hasTrailingComma) return (fixer) => fixer.insertTextAfter(end, `\n${indent}${text},`);
    if (end === last) return (fixer) => fixer.insertTextAfter(last, `,\n${indent}${text}`);
    return (fixer) => [fixer.insertTextAfter(last, ','), fixer.insertTextAfter(end, `\n${indent}${text}`)];
  }
  if (hasTrailingComma) return (fixer) => fixer.insertTextAfter(afterLast, ` ${text},`);
  return (fixer) => fixer.insertTextAfter(last, `, ${text}`);
}

/**
 * A comment sits between the last property of an object literal (or its `{` when it has none) and
 * its `}`: a property inserted at the end would move it or land after it.
 */
export function hasCommentBeforeClosingBrace(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression): boolean {
  const opening = sourceCode.getFirstToken(object);
  const closing = sourceCode.getLastToken(object);
  if (!opening || !closing) return true;
  return sourceCode.commentsExistBetween(object.properties.at(-1) ?? opening, closing);
}

/** `insertPropertyFix`, but `null` where a comment sits between the last property (or `{`) and `}`. */
export function insertPropertySafely(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression, text: string): FixFunction | null {
  if (hasCommentBeforeClosingBrace(sourceCode, object)) return null;
  return insertPropertyFix(sourceCode, object, text);
}

/**
 * Remove one element of an array literal and its comma. `null` when a comment inside or trailing
 * the element would be lost or moved.
 */
export function removeArrayElementFix(sourceCode: TSESLint.SourceCode, element: TSESTree.Node): FixFunction | null {
  const before = sourceCode.getTokenBefore(element);
  const after = sourceCode.getTokenAfter(element);
  if (!before || !after) return null;
  let range: [number, number];
  if (after.value === ',') {
    const next = sourceCode.getTokenAfter(after, { includeComments: true });
    // (A comment after the comma trails the element: left alone on its line, it would describe
    // nothing; the general case below gives no fix then.)
    const nextIsElement = next !== null && next.type !== 'Line' && next.type !== 'Block' && next.value !== ']';
    if (before.value === '[' && nextIsElement && next.loc.start.line === after.loc.end.line) {
      // `[<element>, b]` on one line: keep the bracket tight, `[b]`.
      range = [element.range[0], next.range[0]];
    } else {
      range = [before.range[1], after.range[1]];
      if (hasTrailingComment(sourceCode, after.range[1])) return null;
    }
  } else if (before.value === ',') {
    // Last element without a trailing comma: remove the comma before it.
    range = [before.range[0], element.range[1]];
    if (hasTrailingComment(sourceCode, element.range[1])) return null;
  } else {
    // The only element.
    range = [before.range[1], element.range[1]];
    if (hasTrailingComment(sourceCode, element.range[1])) return null;
  }
  if (hasCommentsIn(sourceCode, range[0], range[1])) return null;
  return (fixer) => fixer.removeRange(range);
}

/**
 * Append elements (given as source text) at the end of an array literal, keeping its layout (one
 * element per line or all on one line) and trailing comma style. `null` when the array has holes
 * or a comment sits between its last element and `]` (or inside an empty array).
 */
export function appendArrayElementsFix(sourceCode: TSESLint.SourceCode, array: TSESTree.ArrayExpression, texts: readonly string[]): FixFunction | null {
  if (texts.length === 0 || array.elements.some((element) => element === null)) return null;
  const closing = sourceCode.getLastToken(array)!;
  const last = array.elements.at(-1);
  if (!last) {
    if (sourceCode.getCommentsInside(array).length > 0) return null;
    return (fixer) => fixer.replaceText(array, `[${texts.join(', ')}]`);
  }
  if (sourceCode.commentsExistBetween(last, closing)) return null;
  const afterLast = sourceCode.getTokenAfter(last)!;
  const hasTrailingComma = afterLast.value === ',';
  if (last.loc.end.line !== closing.loc.start.line) {
    const indent = /^\s*/.exec(sourceCode.lines[last.loc.start.line - 1])![0];
    const anchor = hasTrailingComma ? afterLast : last;
    const body = texts.join(`,\n${indent}`);
    return (fixer) => fixer.insertTextAfter(anchor, `${hasTrailingComma ? '' : ','}\n${indent}${body}${hasTrailingComma ? ',' : ''}`);
  }
  if (hasTrailingComma) return (fixer) => fixer.insertTextAfter(afterLast, ` ${texts.join(', ')},`);
  return (fixer) => fixer.insertTextAfter(last, `, ${texts.join(', ')}`);
}

/** The indentation (leading spaces and tabs) of a 1-based source line. */
export function lineIndent(sourceCode: TSESLint.SourceCode, line: number): string {
  return /^[ \t]*/.exec(sourceCode.lines[line - 1] ?? '')![0];
}

/** Is `node` the first token (comments included) on its line? */
export function startsLine(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): boolean {
  const before = sourceCode.getTokenBefore(node, { includeComments: true });
  return !before || before.loc.end.line < node.loc.start.line;
}
