/**
 * The fuzz generator itself (scripts/fuzz/generator.js), without linting: the same seed and index
 * give the same program, programs parse, and the shapes the request analysis must follow (paths,
 * guards, writes, lets, loops, imports) do occur. The fuzz batch (tests/fuzz.test.ts) then lints them.
 */
import tsParser from '@typescript-eslint/parser';
import { Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { makeProgram, modelsFromCatalog, type Program } from '../scripts/fuzz/run.js';
import { MODEL_CATALOG } from '../src/models/catalog.js';

const models = modelsFromCatalog(MODEL_CATALOG);
const COUNT = 300;
const programs: Program[] = Array.from({ length: COUNT }, (_, index) => makeProgram({ seed: 1, index, source: 'ours', models }));

/** Each shape, by a pattern its text must match in at least one program of the batch. */
const SHAPES: Record<string, RegExp> = {
  'whole bodies chosen by a condition': /\.create\(\w+ \? \{[\s\S]*?model: [^,]+,[\s\S]*?\} : \{/,
  'the same condition in the model and a conditional spread': /model: (\w+) \? [^,]+ : [^,]+,[^;]*\.\.\.\(\1 (\?|&&)/,
  'stream and stream_options on one condition': /stream: (\w+) \? true : false[^;]*stream_options: \1 \?/,
  'Set#has guard': /\.\.\.\([^)]*REASONING_MODELS\w*\.has\(/,
  'startsWith guard': /\.startsWith\('(o|gpt-5|o3|gpt-4)'\)/,
  'regular expression guard': /\/\^o\\d\/\.test\(|\/mini\$\/\.test\(/,
  '=== guard': /\b\w+ (===|!==) ['"`][\w.-]+['"`] \? /,
  'includes guard': /\]\.includes\(|FZ_REASONING\w*\.includes\(/,
  'negated guard': /!(\(|\w+\.has\(|\[|\/)/,
  'imported guard': /isReasoning\(/,
  'assignment before the call': /^\s*(params|body|request)\d*\.\w+ = /m,
  'delete before the call': /^\s*delete (params|body|request)\d*\.\w+;/m,
  'write inside if': /if \([^)]*\)\s*\{?\s*(params|body|request)\d*(\.\w+|\[['"]\w+['"]\]) = /,
  'local function writing its parameter': /function (tune|applyPolicy|prepare)\d*\((p|req|target)(: any)?\) \{\s*(delete )?\2\./,
  'imported function receiving the params': /applyDefaults\((params|body|request)\d*\)/,
  'messages.push': /messages\d*\.push\(/,
  'tools.push with prediction': /tools\d*\.push\(/,
  'let assigned several times': /let (model|chosenModel|modelName)\d*(: string)? = [^;]+;\s*(if \([^)]*\)\s*\{?\s*)?\1 = /,
  'switch assigning the model': /switch \(opts\.tier\) \{\s*case ['"`]fast['"`]:\s*\w+ = /,
  'if/else chain assigning the model': /\} else if \([^)]*\) \{\s*\w+ = ['"`]/,
  'for...of over models': /for \(const (m|candidate|model)\d* of (\[|FZ_MODELS_TO_TRY)/,
  'Object.assign({}, BASE, {...})': /Object\.assign\(\{\}, \w+(\(\))?, \{/,
  'spread of a local function result': /\.\.\.(defaults|baseParams)\d*\(\)/,
  'destructuring with defaults': /const \{ model(: \w+)? = ['"`]/,
  'class field model': /this\.(model|defaultModel)\b/,
  'private class field model': /this\.#(model|defaultModel)\b/,
  'client in a private class field': /this\.#(client|openai|llm)\.(chat|responses|beta)\b/,
  'a local type with literal members': /(type (FzRequest|ReasoningRequest)\d* = \{ model: '|interface (FzRequest|ReasoningRequest)\d* \{\s*model: ')/,
  'renamed import': /import \{ OpenAI as \w+, AzureOpenAI as \w+ \} from 'openai'/,
  'namespace import': /import \* as \w+ from 'openai'/,
  'openai/azure import': /from 'openai\/azure'/,
  'CommonJS renamed require': /const \{ OpenAI: \w+, AzureOpenAI: \w+ \} = require\('openai'\)/,
  'CommonJS namespace require': /const (oai|openaiSdk|sdk) = require\('openai'\);[\s\S]*new \1\.(OpenAI|AzureOpenAI)\(/,
  'client alias': /const llm\d* = (client|azure)\d*;/,
  'Azure host in a template literal': /baseURL: `https:\/\/\$\{[^}]+\}\.openai\.azure\.com/,
  'destructured completions': /const \{ completions(: \w+)? \} = [\w.]+\.chat;/,
  'a condition over a bigint literal': /opts\.major (===|!==) \dn \?/,
};

describe('fuzz generator', () => {
  it('gives the same program for the same seed and index, and another for another seed', () => {
    for (const index of [0, 7, 42, 299]) {
      const again = makeProgram({ seed: 1, index, source: 'ours', models });
      expect(again.code).toBe(programs[index].code);
      expect(again.callSites).toBe(programs[index].callSites);
    }
    expect(makeProgram({ seed: 2, index: 0, source: 'ours', models }).code).not.toBe(programs[0].code);
  });

  it('writes programs that parse', () => {
    const linter = new Linter({ configType: 'flat' });
    const failures: string[] = [];
    for (const program of programs) {
      const languageOptions =
        program.language === 'ts' ? { parser: tsParser, sourceType: 'module' as const } : { ecmaVersion: 'latest' as const, sourceType: program.sourceType };
      const fatal = linter.verify(program.code, [{ files: ['**/*'], languageOptions }], { filename: program.filename }).filter((m) => m.fatal);
      if (fatal.length > 0) failures.push(`program ${program.index}: ${fatal[0].line}:${fatal[0].column} ${fatal[0].message}`);
    }
    expect(failures).toEqual([]);
  });

  it.each(Object.entries(SHAPES))('writes %s', (_, pattern) => {
    expect(programs.some((program) => pattern.test(program.code))).toBe(true);
  });
});
