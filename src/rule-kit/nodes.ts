/** Where nodes are relative to each other. */
import type { TSESTree } from '@typescript-eslint/types';

/** `inner` lies within `outer` (ranges; a node contains itself). */
export function contains(outer: TSESTree.Node, inner: TSESTree.Node): boolean {
  return outer.range[0] <= inner.range[0] && inner.range[1] <= outer.range[1];
}
