/**
 * Class fields: what a class writes to `this.<name>`, read once per class. The client pass
 * (clients.ts) and the value resolver (resolve.ts) both read it, each with its own policy on top:
 * the client pass takes every value a field may hold, the resolver only a field's single value.
 *
 * Only the class's own `this` counts: its methods' bodies (static ones too, which over-counts and
 * so only makes a field less known to the resolver), its field initialisers and arrow functions
 * inside them; not a nested non-arrow function (its own `this`) nor a nested class.
 */
import { AST_NODE_TYPES, type TSESTree } from '@typescript-eslint/types';
import type { TSESLint } from '@typescript-eslint/utils';
import { propertyNameOf } from './bindings.js';
import { forEachChild, isTypeOnly } from './children.js';
import { skipWrappers } from './value-model.js';

export type ClassNode = TSESTree.ClassDeclaration | TSESTree.ClassExpression;

/** What a class does to one field. */
export interface FieldWrites {
  /** Its declaration in the class body (`name = value;` or `name;`), if any. */
  declared: TSESTree.PropertyDefinition | null;
  /** Declared by a constructor parameter property (`constructor(private name: T)`): the caller's value. */
  parameter: boolean;
  /** Every assignment to `this.<name>`, whatever its operator (`=`, `??=`, `+=`), in source order. */
  assignments: TSESTree.AssignmentExpression[];
  /** Changed otherwise: `this.<name>++`, `delete this.<name>`. */
  updated: boolean;
}

export interface ClassWrites {
  /** By field name; a private name keeps its `#`. */
  fields: ReadonlyMap<string, FieldWrites>;
  /** Something is written to `this[key]` with a key the file does not show: any field may be. */
  anyField: boolean;
  /** The constructor's body, if the class declares one. */
  constructorBody: TSESTree.BlockStatement | null;
}

/** Per class (AST nodes are per file, so this holds no cross-file state). */
const cache = new WeakMap<ClassNode, ClassWrites>();

/** The field a `this.<name>` member names (`#name` for a private one); `null` for `this[key]` with a key the file does not show, or for another object. */
export function thisFieldName(sourceCode: TSESLint.SourceCode, node: TSESTree.Node): string | null | undefined {
  if (node.type !== AST_NODE_TYPES.MemberExpression || skipWrappers(node.object).type !== AST_NODE_TYPES.ThisExpression) return undefined;
  if (node.property.type === AST_NODE_TYPES.PrivateIdentifier) return `#${node.property.name}`;
  return propertyNameOf(sourceCode, node);
}

/** The class whose instance `this` is at `node`, or `null` (top level, a plain function, a static member). */
export function enclosingClass(node: TSESTree.Node): ClassNode | null {
  for (let current = node.parent; current; current = current.parent) {
    if (current.type === AST_NODE_TYPES.ArrowFunctionExpression) continue;
    if (current.type === AST_NODE_TYPES.FunctionExpression) {
      const owner = current.parent;
      // `this` in a static method is the class itself, not an instance.
      if (owner?.type !== AST_NODE_TYPES.MethodDefinition || owner.static) return null;
      continue;
    }
    if (current.type === AST_NODE_TYPES.FunctionDeclaration || current.type === AST_NODE_TYPES.StaticBlock) return null;
    if (current.type === AST_NODE_TYPES.PropertyDefinition && current.static) return null;
    if (current.type === AST_NODE_TYPES.ClassBody) {
      const owner = current.parent;
      return owner.type === AST_NODE_TYPES.ClassDeclaration || owner.type === AST_NODE_TYPES.ClassExpression ? owner : null;
    }
  }
  return null;
}

function fieldOf(fields: Map<string, FieldWrites>, name: string): FieldWrites {
  let field = fields.get(name);
  if (!field) fields.set(name, (field = { declared: null, parameter: false, assignments: [], updated: false }));
  return field;
}

/** Everything `cls` writes to its instance's fields through its own `this`. */
export function classWrites(sourceCode: TSESLint.SourceCode, cls: ClassNode): ClassWrites {
  const cached = cache.get(cls);
  if (cached) return cached;
  const fields = new Map<string, FieldWrites>();
  const out: ClassWrites = { fields, anyField: false, constructorBody: null };
  for (const element of cls.body.body) {
    if (element.type === AST_NODE_TYPES.PropertyDefinition && !element.static) {
      const name = element.key.type === AST_NODE_TYPES.PrivateIdentifier ? `#${element.key.name}` : propertyNameOf(sourceCode, element);
      // A field whose computed key the file does not show (`[key] = value`) may be any field.
      if (name === null) out.anyField = true;
      else fieldOf(fields, name).declared = element;
    }
    if (element.type === AST_NODE_TYPES.MethodDefinition && element.kind === 'constructor') {
      out.constructorBody = element.value.body ?? null;
      for (const param of element.value.params) {
        if (param.type !== AST_NODE_TYPES.TSParameterProperty) continue;
        const target = param.parameter.type === AST_NODE_TYPES.AssignmentPattern ? param.parameter.left : param.parameter;
        if (target.type === AST_NODE_TYPES.Identifier) fieldOf(fields, target.name).parameter = true;
      }
    }
  }
  const keys = sourceCode.visitorKeys;
  const written = (target: TSESTree.Node): FieldWrites | null => {
    const name = thisFieldName(sourceCode, target);
    if (name === undefined) return null;
    if (name === null) {
      out.anyField = true;
      return null;
    }
    return fieldOf(fields, name);
  };
  const visit = (node: TSESTree.Node, ownThis: boolean): void => {
    if (node.type === AST_NODE_TYPES.FunctionExpression || node.type === AST_NODE_TYPES.FunctionDeclaration) {
      // A nested non-arrow function has its own `this`, except an instance method's own function
      // (in a static method, `this` is the class).
      ownThis = node.parent?.type === AST_NODE_TYPES.MethodDefinition && node.parent.parent === cls.body && !node.parent.static;
    }
    // A static block or a static field's initialiser: `this` is the class, not an instance.
    if (node.type === AST_NODE_TYPES.StaticBlock || (node.type === AST_NODE_TYPES.PropertyDefinition && node.static)) ownThis = false;
    if (node.type === AST_NODE_TYPES.ClassDeclaration || node.type === AST_NODE_TYPES.ClassExpression || isTypeOnly(node)) return;
    if (ownThis) {
      if (node.type === AST_NODE_TYPES.AssignmentExpression) written(node.left)?.assignments.push(node);
      else if (node.type === AST_NODE_TYPES.UpdateExpression || (node.type === AST_NODE_TYPES.UnaryExpression && node.operator === 'delete')) {
        const field = written(node.argument);
        if (field) field.updated = true;
      }
    }
    forEachChild(node, keys, visit, ownThis);
  };
  visit(cls.body, true);
  cache.set(cls, out);
  return out;
}
