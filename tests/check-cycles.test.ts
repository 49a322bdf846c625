// scripts/check-cycles.js: import cycles (value and type-only apart) and the layer rules, on
// synthetic module sets, then on the repository itself.
import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { buildGraph, findCycles, layerViolations, parseImports } from '../scripts/check-cycles.js';

const root = fileURLToPath(new URL('..', import.meta.url));

function graphOf(files: Record<string, string>) {
  return buildGraph(new Map(Object.entries(files).map(([name, text]) => [`/p/${name}`, text])));
}
const name = (file: string) => file.slice('/p/'.length);
const names = (cycles: string[][]) => cycles.map((cycle) => cycle.map(name).join(' -> '));

describe('parseImports', () => {
  it('reads value, type-only, re-export, side-effect and multi-line imports; comments are not imports', () => {
    const text = [
      "import { a } from './a.js';",
      "import type { B } from './b.js';",
      "import { type C, type D } from './c.js';",
      "import { type E, f } from './e.js';",
      "export * from './g.js';",
      "export type { H } from './h.js';",
      "import './side.js';",
      'import {\n  x,\n  y,\n} from "./multi.js";',
      "// import { z } from './commented.js';",
      "/* import { w } from './block.js'; */",
      "const s = 'import { q } from \"./not-code.js\"';",
      "import ts from 'typescript';",
    ].join('\n');
    expect(parseImports(text)).toEqual([
      { specifier: './a.js', typeOnly: false },
      { specifier: './b.js', typeOnly: true },
      { specifier: './c.js', typeOnly: true },
      { specifier: './e.js', typeOnly: false },
      { specifier: './g.js', typeOnly: false },
      { specifier: './h.js', typeOnly: true },
      { specifier: './side.js', typeOnly: false },
      { specifier: './multi.js', typeOnly: false },
      { specifier: 'typescript', typeOnly: false },
    ]);
  });
});

describe('findCycles', () => {
  it('finds a three-module value cycle once, and none in a chain', () => {
    const graph = graphOf({
      'a.ts': "import { b } from './b.js';",
      'b.ts': "import { c } from './c.js';",
      'c.ts': "import { a } from './a.js';\nimport { d } from './d.js';",
      'd.ts': 'export const d = 1;',
    });
    expect(names(findCycles(graph).runtime)).toEqual(['a.ts -> b.ts -> c.ts']);
    expect(findCycles(graph).typeOnly).toEqual([]);
    const chain = graphOf({ 'a.ts': "import { b } from './b.js';", 'b.ts': "import { c } from './c.js';", 'c.ts': 'export const c = 1;' });
    expect(findCycles(chain)).toEqual({ runtime: [], typeOnly: [] });
  });

  it('lists a cycle closed only by a type import apart; a module imported for values and types is a value edge', () => {
    const typeOnly = graphOf({ 'a.ts': "import { b } from './b.js';", 'b.ts': "import type { A } from './a.js';" });
    expect(findCycles(typeOnly)).toEqual({ runtime: [], typeOnly: [['/p/a.ts', '/p/b.ts']] });
    const mixed = graphOf({ 'a.ts': "import { b } from './b.js';", 'b.ts': "import type { A } from './a.js';\nimport { a } from './a.js';" });
    expect(names(findCycles(mixed).runtime)).toEqual(['a.ts -> b.ts']);
  });

  it('resolves a directory index and finds two cycles through one module', () => {
    const graph = graphOf({
      'a.ts': "import { x } from './lib/index.js';\nimport { c } from './c.js';",
      'lib/index.ts': "import { a } from '../a.js';",
      'c.ts': "import { a } from './a.js';",
    });
    expect(names(findCycles(graph).runtime).sort()).toEqual(['a.ts -> c.ts', 'a.ts -> lib/index.ts']);
  });
});

describe('layerViolations', () => {
  it('names each edge that breaks a layer rule, type imports included', () => {
    const graph = graphOf({
      'src/models/lookup.ts': "import type { Settings } from '../settings.js';\nimport { SettingsError } from '../errors.js';",
      'src/settings.ts': "import { lookup } from './models/lookup.js';",
      'src/errors.ts': 'export class SettingsError extends Error {}',
      'src/analysis/request.ts': "import { fix } from '../rule-kit/fix.js';",
      'src/rule-kit/fix.ts': "import { rules } from '../../rules/index.js';",
      'src/cli/main.ts': "import plugin from '../../index.js';\nimport type { OpenAIConfigs } from '../../configs.js';",
      'rules/index.ts': "import plugin from '../index.js';",
      'configs.ts': "import type { rules } from './rules/index.js';\nimport plugin from './index.js';",
      'index.ts': "import { rules } from './rules/index.js';\nimport { buildConfigs } from './configs.js';",
    });
    expect(layerViolations(graph, name)).toEqual([
      'configs.ts -> index.ts: nothing but index.ts imports the plugin entry',
      'rules/index.ts -> index.ts: nothing but index.ts imports the plugin entry',
      'src/analysis/request.ts -> src/rule-kit/fix.ts: src/analysis/ imports no rule kit and no rule',
      'src/cli/main.ts -> configs.ts (type): src/ imports no rule and not the plugin entry',
      'src/cli/main.ts -> index.ts: src/ imports no rule and not the plugin entry',
      'src/models/lookup.ts -> src/settings.ts (type): src/models/ and src/kb/ import nothing above them',
      'src/rule-kit/fix.ts -> rules/index.ts: src/ imports no rule and not the plugin entry',
    ]);
  });

  it('allows the direction index → rules → src', () => {
    const graph = graphOf({
      'index.ts': "import { rules } from './rules/index.js';\nimport { buildConfigs } from './configs.js';\nimport type { OpenAIConfigs } from './src/public-types.js';",
      'configs.ts': "import type { rules } from './rules/index.js';\nimport type { OpenAIConfigs } from './src/public-types.js';",
      'rules/index.ts': "import rule from './a.js';",
      'rules/a.ts': "import { createRule } from '../src/rule-kit/index.js';",
      'src/rule-kit/index.ts': "import { getRequest } from '../analysis/request.js';",
      'src/analysis/request.ts': "import { lookup } from '../models/lookup.js';",
      'src/models/lookup.ts': 'export const lookup = 1;',
      'src/public-types.ts': 'export type OpenAIConfigs = object;',
    });
    expect(layerViolations(graph, name)).toEqual([]);
  });
});

describe('check-cycles (command line)', () => {
  it('passes on the repository: no import cycle, no type-only cycle, no layer violation', () => {
    const result = spawnSync(process.execPath, ['scripts/check-cycles.js'], { cwd: root, encoding: 'utf8' });
    expect(result.stdout).toMatch(/^\d+ modules, 0 import cycle\(s\), 0 type-only cycle\(s\), 0 layer violation\(s\)\n$/);
    expect(result.status).toBe(0);
  });

  it('fails on a cyclic set of files given as arguments, printing the cycle', () => {
    const dir = mkdtempSync(join(tmpdir(), 'check-cycles-'));
    try {
      mkdirSync(join(dir, 'lib'));
      writeFileSync(join(dir, 'lib', 'a.ts'), "import { b } from './b.js';\nexport const a = b;\n");
      writeFileSync(join(dir, 'lib', 'b.ts'), "import type { A } from './c.js';\nimport { a } from './a.js';\nexport const b = a;\n");
      writeFileSync(join(dir, 'lib', 'c.ts'), "import type { B } from './b.js';\nexport type A = B;\n");
      const result = spawnSync(process.execPath, [join(root, 'scripts', 'check-cycles.js'), 'lib'], { cwd: dir, encoding: 'utf8' });
      expect(result.stdout).toBe(
        'cycle: lib/a.ts -> lib/b.ts -> lib/a.ts\ntype-only cycle: lib/b.ts -> lib/c.ts -> lib/b.ts\n3 modules, 1 import cycle(s), 1 type-only cycle(s), 0 layer violation(s)\n',
      );
      expect(result.status).toBe(1);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
