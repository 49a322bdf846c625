/**
 * The children of a node, by the parser's visitor keys (`sourceCode.visitorKeys`): the one loop
 * the hand-written walks share. It runs for every node of whole class and function bodies, so it
 * uses indexed loops and allocates nothing per node (no iterator, no array for a single child).
 */
import type { TSESTree } from '@typescript-eslint/types';

export type VisitorKeys = Readonly<Record<string, readonly string[] | undefined>>;

function isNode(value: unknown): value is TSESTree.Node {
  return value !== null && typeof value === 'object' && typeof (value as { type?: unknown }).type === 'string';
}

/**
 * Call `fn(child, state)` for each child of `node` in visitor-key order (array children in order,
 * holes skipped). `state` is handed through, so a walk needs no closure per node. A call that
 * returns `true` stops the loop, and that child is returned; otherwise `undefined`.
 */
export function forEachChild<S>(
  node: TSESTree.Node,
  visitorKeys: VisitorKeys,
  fn: (child: TSESTree.Node, state: S) => boolean | void,
  state: S,
): TSESTree.Node | undefined {
  const keys = visitorKeys[node.type];
  if (keys === undefined) return undefined;
  for (let k = 0; k < keys.length; k++) {
    const value = (node as unknown as Record<string, unknown>)[keys[k]];
    if (Array.isArray(value)) {
      for (let i = 0; i < value.length; i++) {
        const child: unknown = value[i];
        if (isNode(child) && fn(child, state) === true) return child;
      }
    } else if (isNode(value) && fn(value, state) === true) return value;
  }
  return undefined;
}

/**
 * The roots of TypeScript's type-only subtrees (annotations, type parameters and arguments,
 * interfaces, type aliases): no expression or statement is inside one, so a walk that looks for
 * writes, calls or `return`s can skip them (in typed code they are a good part of the nodes).
 */
const TYPE_ONLY: ReadonlySet<string> = new Set([
  'TSTypeAnnotation',
  'TSTypeParameterDeclaration',
  'TSTypeParameterInstantiation',
  'TSInterfaceDeclaration',
  'TSTypeAliasDeclaration',
]);

export function isTypeOnly(node: TSESTree.Node): boolean {
  return TYPE_ONLY.has(node.type);
}
