/**
 * Import cycles among the plugin's TypeScript modules (the entry `index.ts` with `configs.ts`, rules/ and src/).
 *
 * Reads each file's static imports and re-exports (`import ... from`, `export ... from`, `import '...'`),
 * keeps relative specifiers only, maps `.js` to the `.ts` source, and prints every elementary cycle.
 * Edges that only carry types (`import type`, `export type`, or an import whose every specifier is
 * `type`) are erased at build time: a cycle made only through them is listed separately and does not
 * fail the check. Exit status 1 when a run-time cycle exists.
 *
 * It also checks the layering (DESIGN's data flow), on every edge, types included: `LAYERS` below.
 *
 * Usage: node scripts/check-cycles.js [--json] [dir-or-file ...]   (default: index.ts configs.ts rules src)
 */
import { readFileSync, readdirSync, statSync, existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const IMPORT = /(?:^|[;\n}])\s*(import|export)\s+(type\s+)?([^'";]*?)\s*from\s*['"]([^'"]+)['"]|(?:^|[;\n])\s*import\s*['"]([^'"]+)['"]/g;

/** The plugin entry, at the repository root above `rules/` and `src/`. */
const ENTRY = new Set(['index.ts', 'configs.ts']);

/**
 * Who may import whom, by path relative to the repository root. The direction is index → rules → src:
 * the plugin entry (`index.ts`, with `configs.ts`) is the top and nothing but `index.ts` imports it;
 * `src/` reads neither `rules/` nor the entry.
 */
export const LAYERS = [
  {
    rule: 'src/models/ and src/kb/ import nothing above them',
    from: /^src\/(models|kb)\//,
    allowed: (to) => /^src\/(models|kb)\//.test(to) || to === 'src/errors.ts',
  },
  { rule: 'src/analysis/ imports no rule kit and no rule', from: /^src\/analysis\//, allowed: (to) => !/^(src\/rule-kit|rules)\//.test(to) },
  { rule: 'src/ imports no rule and not the plugin entry', from: /^src\//, allowed: (to) => !/^rules\//.test(to) && !ENTRY.has(to) },
  { rule: 'nothing but index.ts imports the plugin entry', from: /^(?!src\/)/, allowed: (to) => !ENTRY.has(to), exceptFrom: /^index\.ts$/ },
];

/**
 * @param {Map<string, Array<{ to: string, typeOnly: boolean }>>} graph
 * @param {(file: string) => string} name the path LAYERS matches (relative, with `/`)
 * @returns {string[]} one line per edge that breaks a layer rule
 */
export function layerViolations(graph, name, layers = LAYERS) {
  const out = [];
  for (const [file, edges] of graph) {
    const from = name(file);
    for (const layer of layers) {
      if (!layer.from.test(from) || layer.exceptFrom?.test(from)) continue;
      for (const edge of edges) {
        const to = name(edge.to);
        if (!layer.allowed(to)) out.push(`${from} -> ${to}${edge.typeOnly ? ' (type)' : ''}: ${layer.rule}`);
      }
    }
  }
  return out.sort();
}

/** Strips comments and keeps string quotes intact enough for the import pattern. */
function stripComments(text) {
  return text.replace(/\/\*[\s\S]*?\*\//g, ' ').replace(/(^|[^:'"`\\])\/\/[^\n]*/g, '$1');
}

/** `{ type A, type B }` (and nothing else) imports only types. */
function onlyTypeSpecifiers(clause) {
  const braces = /^\{([\s\S]*)\}$/.exec(clause.trim());
  if (!braces) return false;
  const names = braces[1].split(',').map((part) => part.trim()).filter(Boolean);
  return names.length > 0 && names.every((name) => /^type\s/.test(name));
}

/** @returns {Array<{ specifier: string, typeOnly: boolean }>} */
export function parseImports(text) {
  const found = [];
  const source = stripComments(text);
  for (const match of source.matchAll(IMPORT)) {
    if (match[5] !== undefined) { found.push({ specifier: match[5], typeOnly: false }); continue; }
    const typeOnly = match[2] !== undefined || onlyTypeSpecifiers(match[3]);
    found.push({ specifier: match[4], typeOnly });
  }
  return found;
}

function resolveSpecifier(from, specifier, files) {
  if (!specifier.startsWith('.')) return undefined;
  const base = path.resolve(path.dirname(from), specifier);
  const candidates = [base.replace(/\.js$/, '.ts'), base, `${base}.ts`, path.join(base, 'index.ts')];
  return candidates.find((candidate) => files.has(candidate));
}

/**
 * @param {Map<string, string>} sources absolute (or any unique) path -> text
 * @returns {Map<string, Array<{ to: string, typeOnly: boolean }>>}
 */
export function buildGraph(sources) {
  const files = new Set(sources.keys());
  const graph = new Map();
  for (const [file, text] of sources) {
    const edges = new Map();
    for (const { specifier, typeOnly } of parseImports(text)) {
      const to = resolveSpecifier(file, specifier, files);
      if (to === undefined) continue;
      // A module imported once for values and once for types is a value edge.
      edges.set(to, (edges.get(to) ?? true) && typeOnly);
    }
    graph.set(file, [...edges].map(([to, typeOnly]) => ({ to, typeOnly })));
  }
  return graph;
}

/** Strongly connected components (Tarjan), each with more than one node or a self edge. */
function components(graph, keep) {
  let index = 0;
  const indices = new Map();
  const low = new Map();
  const stack = [];
  const onStack = new Set();
  const result = [];
  const visit = (start) => {
    // Iterative to stay safe on deep graphs.
    const work = [{ node: start, edge: 0 }];
    indices.set(start, index); low.set(start, index); index++;
    stack.push(start); onStack.add(start);
    while (work.length > 0) {
      const frame = work[work.length - 1];
      const edges = (graph.get(frame.node) ?? []).filter(keep);
      if (frame.edge < edges.length) {
        const next = edges[frame.edge++].to;
        if (!indices.has(next)) {
          indices.set(next, index); low.set(next, index); index++;
          stack.push(next); onStack.add(next);
          work.push({ node: next, edge: 0 });
        } else if (onStack.has(next)) {
          low.set(frame.node, Math.min(low.get(frame.node), indices.get(next)));
        }
        continue;
      }
      work.pop();
      if (work.length > 0) {
        const parent = work[work.length - 1].node;
        low.set(parent, Math.min(low.get(parent), low.get(frame.node)));
      }
      if (low.get(frame.node) === indices.get(frame.node)) {
        const component = [];
        let member;
        do { member = stack.pop(); onStack.delete(member); component.push(member); } while (member !== frame.node);
        const selfEdge = edges.some((edge) => edge.to === frame.node);
        if (component.length > 1 || selfEdge) result.push(component);
      }
    }
  };
  for (const node of [...graph.keys()].sort()) if (!indices.has(node)) visit(node);
  return result;
}

/** Elementary cycles inside one component (Johnson-style DFS from each node, capped). */
function cyclesIn(graph, component, keep, cap) {
  const members = [...component].sort();
  const inside = new Set(members);
  const cycles = [];
  for (let i = 0; i < members.length && cycles.length < cap; i++) {
    const start = members[i];
    const allowed = new Set(members.slice(i));
    const pathNow = [start];
    const onPath = new Set([start]);
    const walk = (node) => {
      for (const edge of (graph.get(node) ?? []).filter(keep)) {
        if (cycles.length >= cap || !inside.has(edge.to) || !allowed.has(edge.to)) continue;
        if (edge.to === start) { cycles.push([...pathNow]); continue; }
        if (onPath.has(edge.to)) continue;
        onPath.add(edge.to); pathNow.push(edge.to);
        walk(edge.to);
        pathNow.pop(); onPath.delete(edge.to);
      }
    };
    walk(start);
  }
  return cycles;
}

/**
 * @returns {{ runtime: string[][], typeOnly: string[][] }} cycles through value imports, and cycles that
 * exist only when type imports are counted too.
 */
export function findCycles(graph, cap = 200) {
  const all = () => true;
  const values = (edge) => !edge.typeOnly;
  const runtime = components(graph, values).flatMap((component) => cyclesIn(graph, component, values, cap));
  const key = (cycle) => cycle.join(' -> ');
  const runtimeKeys = new Set(runtime.map(key));
  const typeOnly = components(graph, all)
    .flatMap((component) => cyclesIn(graph, component, all, cap))
    .filter((cycle) => !runtimeKeys.has(key(cycle)));
  return { runtime, typeOnly };
}

function collect(root, entries) {
  const sources = new Map();
  const add = (file) => {
    if (/\.ts$/.test(file) && !/\.d\.ts$/.test(file)) sources.set(file, readFileSync(file, 'utf8'));
  };
  const walk = (dir) => {
    for (const name of readdirSync(dir)) {
      const full = path.join(dir, name);
      if (statSync(full).isDirectory()) walk(full);
      else add(full);
    }
  };
  for (const entry of entries) {
    const full = path.resolve(root, entry);
    if (!existsSync(full)) continue;
    if (statSync(full).isDirectory()) walk(full);
    else add(full);
  }
  return sources;
}

function main() {
  const args = process.argv.slice(2);
  const json = args.includes('--json');
  const entries = args.filter((arg) => arg !== '--json');
  const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
  const base = entries.length > 0 ? process.cwd() : root;
  const sources = collect(base, entries.length > 0 ? entries : ['index.ts', 'configs.ts', 'rules', 'src']);
  const graph = buildGraph(sources);
  const { runtime, typeOnly } = findCycles(graph);
  const name = (file) => path.relative(base, file).split(path.sep).join('/');
  const layers = entries.length > 0 ? [] : layerViolations(graph, name);
  const show = (cycle) => [...cycle, cycle[0]].map(name).join(' -> ');
  if (json) {
    process.stdout.write(`${JSON.stringify({ runtime: runtime.map(show), typeOnly: typeOnly.map(show), layers }, null, 2)}\n`);
  } else {
    for (const cycle of runtime) process.stdout.write(`cycle: ${show(cycle)}\n`);
    for (const cycle of typeOnly) process.stdout.write(`type-only cycle: ${show(cycle)}\n`);
    for (const line of layers) process.stdout.write(`layer: ${line}\n`);
    process.stdout.write(
      `${sources.size} modules, ${runtime.length} import cycle(s), ${typeOnly.length} type-only cycle(s), ${layers.length} layer violation(s)\n`,
    );
  }
  if (runtime.length > 0 || layers.length > 0) process.exitCode = 1;
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
