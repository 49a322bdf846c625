// Random JavaScript from eslump (what ESLint fuzzes its own rules with), made reproducible: eslump
// and the libraries under it (shift-fuzzer, random-int, random-item) draw every choice from
// `Math.random`, so `Math.random` is swapped for our seeded generator for the duration of one
// `generateRandomJS` call (synchronous; nothing else runs meanwhile). The same seed gives the same
// program for a given eslump version (pinned in package.json).
//
// Random programs almost never contain an OpenAI call, so most of them also get a block of call
// sites from our generator spliced in at a random statement position: the plugin then runs on
// requests surrounded by arbitrary code (labels, `with`, generators, sloppy mode, odd whitespace).
import { createRequire } from 'node:module';
import { generateSnippet } from './generator.js';
import { deriveSeed, Random } from './prng.js';

const require = createRequire(import.meta.url);
const { generateRandomJS } = require('eslump');
// The espree ESLint itself uses, so that "parses" means what it means to ESLint.
const espree = createRequire(require.resolve('eslint/package.json'))('espree');

const PARSE_OPTIONS = { ecmaVersion: 'latest', range: true };

function parses(code, sourceType) {
  try {
    return espree.parse(code, { ...PARSE_OPTIONS, sourceType });
  } catch {
    return null;
  }
}

function seededRandomJS(rng, options) {
  const original = Math.random;
  Math.random = rng.next;
  try {
    return generateRandomJS(options);
  } finally {
    Math.random = original;
  }
}

/** Positions where a statement may be inserted: before each statement of a statement list (not before directives), and at its end. */
function insertionPoints(ast, code) {
  const points = [];
  const visit = (node) => {
    if (!node || typeof node.type !== 'string') return;
    if (node.type === 'Program' || node.type === 'BlockStatement' || node.type === 'StaticBlock') {
      for (const statement of node.body) if (!statement.directive) points.push(statement.range[0]);
      points.push(node.type === 'Program' ? code.length : node.range[1] - 1);
    }
    for (const key of Object.keys(node)) {
      if (key === 'parent' || key === 'range') continue;
      const child = node[key];
      if (Array.isArray(child)) child.forEach(visit);
      else if (child && typeof child === 'object') visit(child);
    }
  };
  visit(ast);
  return points;
}

/**
 * eslump program `index` of `seed`: `{ code, filename, language: 'js', sourceType, callSites, decoys, attempts }`.
 * Programs espree rejects (eslump ignores early errors) are drawn again from the same stream.
 */
export function generateEslumpProgram({ seed, index, models }) {
  const rng = new Random(deriveSeed(seed ^ 0x5eed, index));
  const sourceType = rng.chance(0.6) ? 'module' : 'script';
  let code = null;
  let attempts = 0;
  while (code === null && attempts < 50) {
    attempts++;
    const candidate = seededRandomJS(rng, {
      sourceType,
      maxDepth: rng.int(2, 7),
      comments: rng.chance(0.5),
      whitespace: rng.chance(0.5),
    });
    if (parses(candidate, sourceType)) code = candidate;
  }
  if (code === null) code = '';
  let callSites = 0;
  let decoys = 0;
  if (models && rng.chance(0.7)) {
    const snippet = generateSnippet(rng, models);
    const ast = parses(code, sourceType);
    const points = ast ? insertionPoints(ast, code) : [code.length];
    const at = rng.pick(points);
    const spliced = `${code.slice(0, at)}\n${snippet.code}${code.slice(at)}`;
    const appended = `${code}\n${snippet.code}`;
    if (parses(spliced, sourceType)) code = spliced;
    else if (parses(appended, sourceType)) code = appended;
    else throw new Error(`eslump: the snippet does not parse even appended (seed ${seed}, index ${index}):\n${snippet.code}`);
    callSites = snippet.callSites;
    decoys = snippet.decoys;
  }
  return { code, filename: sourceType === 'module' ? 'eslump.mjs' : 'eslump.js', language: 'js', sourceType, callSites, decoys, attempts };
}
