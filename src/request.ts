/**
 * The request: one resolved picture of a call's body, built once per call site and shared by
 * every rule through a cache keyed by the call's AST node.
 */
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { classifyCall, type CallSite } from './call-sites.js';
import { getParam, resolveValues, unknownValue, valuesAt, writesAt, type ObjectShape, type Param, type Value, type Write } from './values.js';

export interface Request {
  site: CallSite;
  /** The possible values of the body argument (objects where resolved). */
  bodyValues: Value[];
  /** The body's shape, merged over its alternatives; open when not resolved. */
  body: ObjectShape;
  /** A top-level parameter. */
  param(name: string): Param;
  /** The possible values at a dotted path (`reasoning.effort`, `text.format.type`). */
  values(path: string): Value[];
  /** The writes at a dotted path. */
  writes(path: string): Write[];
}

const cache = new WeakMap<TSESTree.CallExpression, Request | null>();

/** The request a call sends, or `null` when the call is not an OpenAI request. Cached per node. */
export function getRequest(sourceCode: TSESLint.SourceCode, node: TSESTree.CallExpression): Request | null {
  if (cache.has(node)) return cache.get(node)!;
  let request: Request | null = null;
  const site = classifyCall(sourceCode, node);
  if (site) request = buildRequest(sourceCode, site);
  cache.set(node, request);
  return request;
}

function buildRequest(sourceCode: TSESLint.SourceCode, site: CallSite): Request {
  const bodyValues: Value[] = site.body ? resolveValues(sourceCode, site.body, true) : [unknownValue(site.node)];
  const body = mergeBodies(bodyValues, site);
  const pathCache = new Map<string, Value[]>();
  const request: Request = {
    site,
    bodyValues,
    body,
    param: (name) => getParam(body, name),
    values(path) {
      let cached = pathCache.get(path);
      if (!cached) {
        const [first, ...rest] = path.split('.');
        cached = getParam(body, first).values;
        for (const key of rest) cached = valuesAt(cached, key);
        pathCache.set(path, cached);
      }
      return cached;
    },
    writes(path) {
      const keys = path.split('.');
      const last = keys.pop()!;
      if (keys.length === 0) return getParam(body, last).writes;
      return writesAt(request.values(keys.join('.')), last);
    },
  };
  return request;
}

/** A single shape over the body's alternatives: a key missing from one alternative is absent there. */
function mergeBodies(values: Value[], site: CallSite): ObjectShape {
  if (values.length === 1 && values[0].kind === 'object') return values[0].shape;
  const keys = new Set<string>();
  let open = false;
  for (const value of values) {
    if (value.kind === 'object') {
      for (const key of value.shape.params.keys()) keys.add(key);
      if (value.shape.open) open = true;
    } else open = true;
  }
  const params = new Map<string, Param>();
  for (const key of keys) {
    const merged: Value[] = [];
    const writes: Write[] = [];
    for (const value of values) {
      if (value.kind === 'object') {
        const param = getParam(value.shape, key);
        merged.push(...param.values);
        writes.push(...param.writes);
      } else merged.push(unknownValue(site.body));
    }
    params.set(key, { name: key, values: merged, writes });
  }
  return { node: site.body, params, open };
}
