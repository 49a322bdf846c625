/**
 * Rebuilding an object literal's members while keeping its layout: moving members one level down
 * into a new nested object (`nest`), or lifting a nested object's members up into their parent
 * (`flatten`, the one json_schema flattener: Chat's `{ type, json_schema: { name, schema } }` to the
 * Responses `text.format` shape `{ type, name, schema }`). Every edit is `null` where it could lose
 * a comment, change a value (a multi-line template literal) or collide with a key.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { skipWrappers } from '../analysis/value-model.js';
import { staticPropertyKey } from '../analysis/bindings.js';
import { lineIndent, startsLine, type FixFunction } from './fix.js';

/**
 * A node's text moved to a line indented with `indent`: its continuation lines are re-indented by
 * the same amount. `null` when that could change a value (a multi-line template literal) or the
 * lines are not indented below the node.
 */
export function movedText(sourceCode: TSESLint.SourceCode, node: TSESTree.Node, indent: string): string | null {
  const text = sourceCode.getText(node);
  if (!text.includes('\n')) return text;
  const tokens = sourceCode.getTokens(node);
  if (tokens.some((t) => t.type === 'Template' && t.loc.start.line !== t.loc.end.line)) return null;
  const from = lineIndent(sourceCode, node.loc.start.line);
  const lines = text.split('\n');
  for (let i = 1; i < lines.length; i++) {
    if (lines[i].trim() === '') continue;
    if (!lines[i].startsWith(from)) return null;
    lines[i] = indent + lines[i].slice(from.length);
  }
  return lines.join('\n');
}

interface Layout {
  multiline: boolean;
  /** Indentation of the object's members. */
  indent: string;
  /** One indentation level. */
  unit: string;
  trailingComma: boolean;
}

/** One member per line (each starting its line, `}` on its own line) or all on one line; `null` otherwise. */
function layoutOf(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression): Layout | null {
  const first = object.properties[0];
  const last = object.properties.at(-1);
  if (!first || !last) return null;
  const closing = sourceCode.getLastToken(object)!;
  const trailingComma = sourceCode.getTokenAfter(last)?.value === ',';
  if (object.loc.start.line === object.loc.end.line) return { multiline: false, indent: '', unit: '', trailingComma };
  if (!startsLine(sourceCode, first) || closing.loc.start.line === last.loc.end.line) return null;
  const indent = lineIndent(sourceCode, first.loc.start.line);
  const outer = lineIndent(sourceCode, closing.loc.start.line);
  const unit = indent.startsWith(outer) && indent.length > outer.length ? indent.slice(outer.length) : '  ';
  return { multiline: true, indent, unit, trailingComma };
}

/** The object's members may be rewritten: plain properties with static keys, no comments. */
function rebuildable(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression): boolean {
  return (
    object.properties.every((p) => p.type === AST_NODE_TYPES.Property && p.kind === 'init' && !p.method && staticPropertyKey(p) !== null) &&
    sourceCode.getCommentsInside(object).length === 0
  );
}

/** The text from the first member to the last, rewritten as `members` (one per line when multi-line). */
function membersText(layout: Layout, members: readonly string[]): string {
  return members.join(layout.multiline ? `,\n${layout.indent}` : ', ');
}

function membersRange(object: TSESTree.ObjectExpression): [number, number] {
  return [object.properties[0].range[0], object.properties.at(-1)!.range[1]];
}

/** `{ type, name, schema }` → `{ type, <key>: { name, schema } }`: the `moved` members go into a new nested object. */
export function nestMembersFix(
  sourceCode: TSESLint.SourceCode,
  object: TSESTree.ObjectExpression,
  key: string,
  moved: ReadonlySet<TSESTree.Node>,
): FixFunction | null {
  if (!rebuildable(sourceCode, object)) return null;
  const layout = layoutOf(sourceCode, object);
  if (!layout) return null;
  const inner: string[] = [];
  const innerIndent = layout.indent + layout.unit;
  for (const property of object.properties) {
    if (!moved.has(property)) continue;
    const text = movedText(sourceCode, property, innerIndent);
    if (text === null) return null;
    inner.push(text);
  }
  const nested = layout.multiline
    ? `${key}: {\n${innerIndent}${inner.join(`,\n${innerIndent}`)}${layout.trailingComma ? ',' : ''}\n${layout.indent}}`
    : `${key}: { ${inner.join(', ')} }`;
  const members: string[] = [];
  let placed = false;
  for (const property of object.properties) {
    if (moved.has(property)) {
      if (!placed) members.push(nested);
      placed = true;
      continue;
    }
    const text = movedText(sourceCode, property, layout.indent);
    if (text === null) return null;
    members.push(text);
  }
  const range = membersRange(object);
  const text = membersText(layout, members);
  return (fixer) => fixer.replaceTextRange(range, text);
}

/** The members of `object` from first to last with `nestedProperty`'s own members in its place; `null` when unsafe. */
function flattenedMembers(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression, nestedProperty: TSESTree.Property): string | null {
  const inner = skipWrappers(nestedProperty.value);
  if (inner.type !== AST_NODE_TYPES.ObjectExpression || inner !== nestedProperty.value || inner.properties.length === 0) return null;
  if (!object.properties.includes(nestedProperty)) return null;
  if (!rebuildable(sourceCode, object) || !rebuildable(sourceCode, inner)) return null;
  const layout = layoutOf(sourceCode, object);
  if (!layout) return null;
  // Keys moved up must not collide with the outer object's own keys.
  const outerKeys = new Set(object.properties.filter((p) => p !== nestedProperty).map((p) => staticPropertyKey(p as TSESTree.Property)));
  const members: string[] = [];
  for (const property of object.properties) {
    if (property !== nestedProperty) {
      const text = movedText(sourceCode, property, layout.indent);
      if (text === null) return null;
      members.push(text);
      continue;
    }
    for (const member of inner.properties as TSESTree.Property[]) {
      if (outerKeys.has(staticPropertyKey(member))) return null;
      if (layout.multiline && inner.loc.start.line !== inner.loc.end.line && !startsLine(sourceCode, member)) return null;
      const text = movedText(sourceCode, member, layout.indent);
      if (text === null) return null;
      members.push(text);
    }
  }
  return membersText(layout, members);
}

/** `{ type, json_schema: { name, schema } }` → `{ type, name, schema }`, edited in place. */
export function flattenMemberFix(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression, nestedProperty: TSESTree.Property): FixFunction | null {
  const text = flattenedMembers(sourceCode, object, nestedProperty);
  if (text === null) return null;
  const range = membersRange(object);
  return (fixer) => fixer.replaceTextRange(range, text);
}

/** The text of `object` flattened as `flattenMemberFix` would edit it (to move it elsewhere); `null` when unsafe. */
export function flattenedObjectText(sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression, nestedProperty: TSESTree.Property): string | null {
  const text = flattenedMembers(sourceCode, object, nestedProperty);
  if (text === null) return null;
  const full = sourceCode.getText(object);
  const [start, end] = membersRange(object);
  return full.slice(0, start - object.range[0]) + text + full.slice(end - object.range[0]);
}
