/**
 * The rule kit: the one listener per file (every enabled rule's check runs from it, with the same
 * `RequestFacts`), the fix-or-suggest decision, and the shared edits and phrases.
 */
import tsParser from '@typescript-eslint/parser';
import type { TSESLint, TSESTree } from '@typescript-eslint/utils';
import { Linter, SourceCode } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../../rules/index.js';
import { asksForLogprobs, INCLUDE_LOGPROBS, onRequest, type RequestFacts } from '../../src/rule-kit/index.js';
import { fixOrSuggest, hasCommentBeforeClosingBrace, insertPropertySafely, quoteIn, suggestions, type FixFunction } from '../../src/rule-kit/fix.js';
import { flattenedObjectText, flattenMemberFix, nestMembersFix } from '../../src/rule-kit/object-layout.js';
import { alternatives, codeList, listPhrase } from '../../src/rule-kit/text.js';
import { distinctNumbers, onlyString, partnerNotTrue, presence, surelyAbsent } from '../../src/rule-kit/value-queries.js';
import type { Param, Value } from '../../src/analysis/value-model.js';

type RuleModule = Linter.Config['plugins'] extends infer P ? (P extends Record<string, { rules?: infer R }> ? R : never) : never;

function config(plugins: Record<string, unknown>, enabled: Record<string, 'error' | 'warn' | 'off'>, settings?: unknown): Linter.Config[] {
  return [
    {
      files: ['**/*.ts'],
      languageOptions: { parser: tsParser as never },
      plugins: plugins as never,
      rules: enabled,
      ...(settings === undefined ? {} : { settings: { openai: settings } }),
    },
  ];
}

const openai = { rules } as unknown as RuleModule;

function lint(code: string, ruleIds: readonly string[]): Linter.LintMessage[] {
  const linter = new Linter({ configType: 'flat' });
  const enabled = Object.fromEntries(ruleIds.map((id) => [`openai/${id}`, 'error' as const]));
  return linter.verify(code, config({ openai }, enabled), { filename: 'file.ts' });
}

function summary(messages: readonly Linter.LintMessage[]): string[] {
  return messages
    .map((m) => `${m.ruleId} ${m.line}:${m.column} ${m.messageId} fix=${m.fix ? JSON.stringify(m.fix) : '-'} suggest=${(m.suggestions ?? []).map((s) => s.messageId).join('+')}`)
    .sort();
}

const SAMPLE = `
import OpenAI from 'openai';
const client = new OpenAI();
await client.chat.completions.create({
  model: 'o3',
  messages: [{ role: 'user', content: 'hi' }],
  max_tokens: 100,
  temperature: 0.2,
  logprobs: true,
  top_logprobs: 30,
});
await client.responses.create({ model: 'gpt-4.1', input: 'hi', response_format: { type: 'json_object' } });
`;

describe('one listener per file', () => {
  it('gives two rules together the same reports as each alone', () => {
    const pairs: Array<[string, string]> = [
      ['no-unsupported-max-tokens', 'no-unsupported-sampling-params'],
      ['no-unsupported-logprobs', 'valid-top-logprobs'],
      ['no-chat-params-in-responses-api', 'no-unsupported-max-tokens'],
    ];
    for (const [a, b] of pairs) {
      const alone = [...lint(SAMPLE, [a]), ...lint(SAMPLE, [b])];
      const together = lint(SAMPLE, [a, b]);
      expect(alone.length).toBeGreaterThan(0);
      expect(summary(together)).toEqual(summary(alone));
    }
  });

  it('gives every rule together the same reports as each rule alone', () => {
    const ids = Object.keys(rules);
    const alone = ids.flatMap((id) => lint(SAMPLE, [id]));
    expect(summary(lint(SAMPLE, ids))).toEqual(summary(alone));
    // The sample is reported by several rules (the comparison is not vacuous).
    expect(new Set(alone.map((m) => m.ruleId)).size).toBeGreaterThanOrEqual(5);
  });

  it('keeps severities and disable comments per rule', () => {
    const code = `client.chat.completions.create({
  model: 'o3',
  messages,
  // eslint-disable-next-line openai/no-unsupported-max-tokens
  max_tokens: 5,
  temperature: 0.2,
});`;
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      code,
      config({ openai }, { 'openai/no-unsupported-max-tokens': 'error', 'openai/no-unsupported-sampling-params': 'warn' }),
      { filename: 'file.ts' },
    );
    expect(messages.map((m) => [m.ruleId, m.severity, m.line])).toEqual([['openai/no-unsupported-sampling-params', 1, 6]]);
    const fixed = linter.verifyAndFix(
      code.replace('  // eslint-disable-next-line openai/no-unsupported-max-tokens\n', ''),
      config({ openai }, { 'openai/no-unsupported-sampling-params': 'error', 'openai/no-unsupported-max-tokens': 'error' }),
      { filename: 'file.ts' },
    );
    // The max_tokens autofix applies (certain), the sampling report stays a suggestion.
    expect(fixed.output).toBe(`client.chat.completions.create({
  model: 'o3',
  messages,
  max_completion_tokens: 5,
  temperature: 0.2,
});`);
    expect(fixed.messages.map((m) => m.ruleId)).toEqual(['openai/no-unsupported-sampling-params']);
  });

  it('registers one CallExpression listener, from the first rule, and hands every check the same facts', () => {
    const listeners: string[][] = [];
    const seen: Array<{ rule: string; facts: RequestFacts }> = [];
    const probe = (name: string) => ({
      meta: { schema: [] },
      create(context: TSESLint.RuleContext<string, []>) {
        const listener = onRequest(context, (facts) => {
          seen.push({ rule: name, facts });
          // Memoized views: the same object for every rule and every call.
          facts.models();
        });
        listeners.push(Object.keys(listener));
        return listener;
      },
    });
    const linter = new Linter({ configType: 'flat' });
    const messages = linter.verify(
      `client.chat.completions.create({ model: 'o3', messages }); client.responses.create({ model: 'o3', input: 'x' }); other.call();`,
      config({ probe: { rules: { a: probe('a'), b: probe('b'), c: probe('c') } } }, { 'probe/a': 'error', 'probe/b': 'error', 'probe/c': 'error' }),
      { filename: 'file.ts' },
    );
    expect(messages).toEqual([]);
    expect(listeners).toEqual([['CallExpression'], [], []]);
    expect(seen.map((s) => s.rule)).toEqual(['a', 'b', 'c', 'a', 'b', 'c']);
    // One facts object per request, shared by the three checks; `models()` is computed once.
    expect(seen[1].facts).toBe(seen[0].facts);
    expect(seen[2].facts).toBe(seen[0].facts);
    expect(seen[3].facts).not.toBe(seen[0].facts);
    expect(seen[0].facts.models()).toBe(seen[2].facts.models());
    expect(seen[0].facts.judge((p) => p.entry.reasoning)).not.toBe(undefined);
  });

  it('listens to nothing in a file without requests, and validates settings there', () => {
    const listeners: string[][] = [];
    const probe = {
      meta: { schema: [] },
      create(context: TSESLint.RuleContext<string, []>) {
        const listener = onRequest(context, () => {});
        listeners.push(Object.keys(listener));
        return listener;
      },
    };
    const linter = new Linter({ configType: 'flat' });
    linter.verify('const x = 1;', config({ probe: { rules: { a: probe, b: probe } } }, { 'probe/a': 'error', 'probe/b': 'error' }), {
      filename: 'file.ts',
    });
    expect(listeners).toEqual([[], []]);
    expect(() =>
      linter.verify('const x = 1;', config({ probe: { rules: { a: probe } } }, { 'probe/a': 'error' }, { typeChecked: 'yes' }), {
        filename: 'file.ts',
      }),
    ).toThrow(/typeChecked/);
    // The same AST linted again, by another rule, with other settings: validated again.
    const sourceCode = linter.getSourceCode() as SourceCode;
    linter.verify(sourceCode, config({ probe: { rules: { a: probe } } }, { 'probe/a': 'error' }, { date: '2026-11-22' }), { filename: 'file.ts' });
    expect(() =>
      linter.verify(sourceCode, config({ probe: { rules: { b: probe } } }, { 'probe/b': 'error' }, { date: 'soon' }), { filename: 'file.ts' }),
    ).toThrow(/settings\.openai\.date/);
  });

  it('never lets a rule of the next file join the last file\'s run', () => {
    const linter = new Linter({ configType: 'flat' });
    const withRequest = `client.chat.completions.create({ model: 'o3', messages, temperature: 0.2 });`;
    // A file without requests: its run lists no check and is never walked.
    linter.verify('const x = 1;', config({ openai }, { 'openai/no-unsupported-max-tokens': 'error' }), { filename: 'a.ts' });
    // The next file's first rule is not in that run, with the same settings: it starts its own run.
    const messages = linter.verify(withRequest, config({ openai }, { 'openai/no-unsupported-sampling-params': 'error' }), { filename: 'b.ts' });
    expect(messages.map((m) => m.ruleId)).toEqual(['openai/no-unsupported-sampling-params']);
    // The same through `onRequest` itself, with one settings object for both files (as two files of
    // one configuration have): the rule of the second file starts a run and listens to its calls.
    const settings = {};
    const parsed = (code: string): SourceCode => {
      linter.verify(code, config({}, {}), { filename: 'parsed.ts' });
      return linter.getSourceCode() as SourceCode;
    };
    const contextOf = (sourceCode: SourceCode, id: string) => ({ id, settings, sourceCode, filename: 'f.ts', options: [], report: () => {} }) as never;
    expect(Object.keys(onRequest(contextOf(parsed('const x = 1;'), 'probe/a'), () => {}))).toEqual([]);
    expect(Object.keys(onRequest(contextOf(parsed(withRequest), 'probe/b'), () => {}))).toEqual(['CallExpression']);
    // And the other way round: a file with requests, then one without, then one with again.
    const both = { 'openai/no-unsupported-max-tokens': 'error', 'openai/no-unsupported-sampling-params': 'error' } as const;
    expect(linter.verify(withRequest, config({ openai }, both), { filename: 'c.ts' })).toHaveLength(1);
    expect(linter.verify('const y = 2;', config({ openai }, both), { filename: 'd.ts' })).toEqual([]);
    expect(linter.verify(withRequest, config({ openai }, both), { filename: 'e.ts' })).toHaveLength(1);
  });

  it('judges each file by its own settings when configurations alternate', () => {
    const linter = new Linter({ configType: 'flat' });
    const code = `client.chat.completions.create({ model: 'my-deployment', messages, max_tokens: 5 });`;
    const rule = { 'openai/no-unsupported-max-tokens': 'error' } as const;
    const aliased = config({ openai }, rule, { modelAliases: { 'my-deployment': 'o3' } });
    const plain = config({ openai }, rule, {});
    const bad = config({ openai }, rule, { modelAliases: { 'my-deployment': 'not-a-model' } });
    const ids = (settings: Linter.Config[], filename: string) => linter.verify(code, settings, { filename }).map((m) => m.messageId);
    for (let round = 0; round < 2; round++) {
      expect(ids(aliased, `a${round}.ts`)).toEqual(['maxTokens']);
      expect(ids(plain, `b${round}.ts`)).toEqual([]);
      // A bad configuration fails every time, also right after a good one, and leaves the good ones as they were.
      expect(() => ids(bad, `c${round}.ts`)).toThrow(/modelAliases\["my-deployment"\]/);
      expect(() => ids(bad, `d${round}.ts`)).toThrow(/modelAliases\["my-deployment"\]/);
    }
    expect(ids(aliased, 'e.ts')).toEqual(['maxTokens']);
  });

  it('walks a file that imports a framework (its calls are found at the start of the walk)', () => {
    const listeners: string[][] = [];
    const seen: string[] = [];
    const probe = {
      meta: { schema: [] },
      create(context: TSESLint.RuleContext<string, []>) {
        const listener = onRequest(context, (facts) => {
          seen.push(facts.site.path);
        });
        listeners.push(Object.keys(listener));
        return listener;
      },
    };
    const linter = new Linter({ configType: 'flat' });
    linter.verify(
      `import { ChatOpenAI } from '@langchain/openai';\nconst llm = new ChatOpenAI({ model: 'o3', temperature: 0.2 });`,
      config({ probe: { rules: { a: probe, b: probe } } }, { 'probe/a': 'error', 'probe/b': 'error' }),
      { filename: 'file.ts' },
    );
    expect(listeners).toEqual([['Program'], []]);
    expect(seen).toEqual(['chat.completions.create', 'chat.completions.create']);
  });

  it('re-throws a crash in a check naming the rule that threw, not the rule that owns the listener', () => {
    const quiet = { meta: { schema: [] }, create: (context: TSESLint.RuleContext<string, []>) => onRequest(context, () => {}) };
    const thrower = {
      meta: { schema: [] },
      create: (context: TSESLint.RuleContext<string, []>) =>
        onRequest(context, () => {
          throw new TypeError('boom');
        }),
    };
    const linter = new Linter({ configType: 'flat' });
    const run = () =>
      linter.verify(
        `\n\nclient.chat.completions.create({ model: 'o3', messages });`,
        config({ probe: { rules: { quiet, thrower } } }, { 'probe/quiet': 'error', 'probe/thrower': 'error' }),
        { filename: 'file.ts' },
      );
    expect(run).toThrow(/Rule "probe\/thrower" failed while checking the request at line 3: boom/);
    try {
      run();
    } catch (error) {
      expect((error as Error).cause).toBeInstanceOf(TypeError);
    }
  });

  it('starts afresh on an AST whose earlier run threw before the end of the walk', () => {
    const thrower = {
      meta: { schema: [] },
      create: (context: TSESLint.RuleContext<string, []>) =>
        onRequest(context, () => {
          throw new Error('boom');
        }),
    };
    const linter = new Linter({ configType: 'flat' });
    const code = `client.chat.completions.create({ model: 'o3', messages, max_tokens: 5 });`;
    const plugins = { openai, probe: { rules: { thrower } } };
    // Parse once, lint the same SourceCode twice.
    linter.verify(code, config(plugins, { 'openai/no-unsupported-max-tokens': 'error' }), { filename: 'file.ts' });
    const sourceCode = linter.getSourceCode() as SourceCode;
    expect(() => linter.verify(sourceCode, config(plugins, { 'probe/thrower': 'error', 'openai/no-unsupported-logprobs': 'error' }), { filename: 'file.ts' })).toThrow(
      /probe\/thrower/,
    );
    const messages = linter.verify(sourceCode, config(plugins, { 'openai/no-unsupported-max-tokens': 'error' }), { filename: 'file.ts' });
    expect(messages.map((m) => m.messageId)).toEqual(['maxTokens']);
  });

  it('starts afresh on an AST whose earlier run failed while its rules were created', () => {
    const failing = {
      meta: { schema: [] },
      create: () => {
        throw new Error('create failed');
      },
    };
    const linter = new Linter({ configType: 'flat' });
    const code = `client.chat.completions.create({ model: 'o3', messages, max_tokens: 5, temperature: 0.2 });`;
    const plugins = { openai, probe: { rules: { failing } } };
    linter.verify(code, config(plugins, { 'openai/no-unsupported-max-tokens': 'error' }), { filename: 'file.ts' });
    const sourceCode = linter.getSourceCode() as SourceCode;
    expect(() =>
      linter.verify(sourceCode, config(plugins, { 'openai/no-unsupported-max-tokens': 'error', 'probe/failing': 'error' }), { filename: 'file.ts' }),
    ).toThrow(/create failed/);
    // Another rule on the same AST: its check runs (the failed run's list, whose walk never began, is not joined).
    const messages = linter.verify(sourceCode, config(plugins, { 'openai/no-unsupported-sampling-params': 'error' }), { filename: 'file.ts' });
    expect(messages.map((m) => m.ruleId)).toEqual(['openai/no-unsupported-sampling-params']);
  });
});

/** Apply `edit` to the object literal assigned to `x` (one pass); `null` when no fix is offered. */
function applyToObject(code: string, edit: (sourceCode: TSESLint.SourceCode, object: TSESTree.ObjectExpression) => FixFunction | null): string | null {
  const linter = new Linter({ configType: 'flat' });
  const probe = {
    meta: { fixable: 'code', schema: [] },
    create(context: TSESLint.RuleContext<string, []>) {
      return {
        'VariableDeclarator > ObjectExpression'(node: TSESTree.ObjectExpression) {
          const fix = edit(context.sourceCode, node);
          context.report({ node, message: 'x', fix } as never);
        },
      };
    },
  };
  const messages = linter.verify(code, config({ probe: { rules: { edit: probe } } }, { 'probe/edit': 'error' }), { filename: 'file.ts' });
  // A parse error or a selector that matched nothing would make every "refuses" case pass.
  expect(messages.filter((m) => m.fatal)).toEqual([]);
  expect(messages.filter((m) => m.ruleId === 'probe/edit')).toHaveLength(1);
  const fixes = messages.filter((m) => m.fix).map((m) => m.fix!);
  if (fixes.length === 0) return null;
  const [{ range, text }] = fixes;
  return code.slice(0, range[0]) + text + code.slice(range[1]);
}

describe('insertPropertySafely', () => {
  const insert = (code: string) => applyToObject(code, (sc, object) => insertPropertySafely(sc, object, 'stream: true'));

  it('inserts at the end, keeping the layout', () => {
    expect(insert(`const x = { a: 1 };`)).toBe(`const x = { a: 1, stream: true };`);
    expect(insert(`const x = { a: 1, };`)).toBe(`const x = { a: 1, stream: true, };`);
    expect(insert(`const x = {\n  a: 1,\n};`)).toBe(`const x = {\n  a: 1,\n  stream: true,\n};`);
    expect(insert(`const x = {};`)).toBe(`const x = { stream: true };`);
    // A comment before the last property is not in the way.
    expect(insert(`const x = { /* a */ a: 1 };`)).toBe(`const x = { /* a */ a: 1, stream: true };`);
  });

  it('refuses when a comment sits between the last property (or `{`) and `}`', () => {
    expect(insert(`const x = { a: 1 /* last */ };`)).toBeNull();
    expect(insert(`const x = {\n  a: 1, // the a\n};`)).toBeNull();
    expect(insert(`const x = {\n  a: 1,\n  // more later\n};`)).toBeNull();
    expect(insert(`const x = { /* empty */ };`)).toBeNull();
  });

  it('says where the comment is', () => {
    const has = (code: string) => {
      let found: boolean | null = null;
      applyToObject(code, (sc, object) => {
        found = hasCommentBeforeClosingBrace(sc, object);
        return null;
      });
      return found;
    };
    expect(has(`const x = { a: 1 /* c */ };`)).toBe(true);
    expect(has(`const x = { /* c */ a: 1 };`)).toBe(false);
    expect(has(`const x = {};`)).toBe(false);
  });
});

describe('quoteIn', () => {
  const quote = (code: string, templates: boolean) => {
    let text = '';
    applyToObject(code, (sc, object) => {
      text = quoteIn(sc, object, "it's", { templates });
      return null;
    });
    return text;
  };

  it('quotes like the first string literal inside the node', () => {
    expect(quote(`const x = { a: "b" };`, false)).toBe(`"it's"`);
    expect(quote(`const x = { a: 'b' };`, false)).toBe(`'it\\'s'`);
    expect(quote(`const x = { a: 1 };`, false)).toBe(`'it\\'s'`);
  });

  it('counts template literals only when asked', () => {
    expect(quote('const x = { a: `b`, c: "d" };', false)).toBe(`"it's"`);
    expect(quote('const x = { a: `b`, c: "d" };', true)).toBe('`it\'s`');
  });
});

describe('fixOrSuggest', () => {
  const edit: FixFunction = (fixer) => fixer.insertTextAfterRange([0, 0], 'a');
  const other: FixFunction = (fixer) => fixer.insertTextAfterRange([0, 0], 'b');

  it('autofixes with the first offer when certain, the others stay suggestions', () => {
    expect(fixOrSuggest({ certain: true, suggest: [{ messageId: 'main', fix: edit }] })).toEqual({ fix: edit, suggest: null });
    expect(
      fixOrSuggest({ certain: true, suggest: [{ messageId: 'main', fix: edit }, { messageId: 'alt', data: { x: 1 }, fix: other }] }),
    ).toEqual({ fix: edit, suggest: [{ messageId: 'alt', data: { x: 1 }, fix: other }] });
  });

  it('suggests when not certain', () => {
    expect(fixOrSuggest({ certain: false, suggest: [{ messageId: 'main', data: { p: 'q' }, fix: edit }, null] })).toEqual({
      suggest: [{ messageId: 'main', data: { p: 'q' }, fix: edit }],
    });
  });

  it('offers nothing for an offer without an edit, even when certain', () => {
    expect(fixOrSuggest({ certain: true, suggest: [{ messageId: 'main', fix: null }] })).toEqual({ suggest: null });
    expect(fixOrSuggest({ certain: true, suggest: [{ messageId: 'main', fix: null }, { messageId: 'alt', fix: other }] })).toEqual({
      suggest: [{ messageId: 'alt', data: undefined, fix: other }],
    });
    expect(suggestions([null, { messageId: 'x', fix: null }])).toBeNull();
  });
});

describe('phrases', () => {
  it('lists names the way messages do', () => {
    expect(listPhrase([])).toBe('');
    expect(listPhrase(['a'])).toBe('a');
    expect(listPhrase(['a', 'b'])).toBe('a and b');
    expect(listPhrase(['a', 'b', 'c'], 'or')).toBe('a, b or c');
    expect(codeList(['name', 'schema', 'strict'])).toBe('`name`, `schema` and `strict`');
    expect(alternatives([2, 3])).toBe('2 or 3');
  });
});

describe('value queries', () => {
  const primitive = (value: string | number | boolean): Value => ({ kind: 'primitive', value, node: null as never }) as Value;
  const absent = { kind: 'absent' } as Value;
  const param = (values: Value[], writes = 0): Param => ({ name: 'p', values, writes: Array.from({ length: writes }, () => ({}) as never) }) as Param;

  it('tells absent, present and maybe apart', () => {
    expect(surelyAbsent(param([absent]))).toBe(true);
    expect(surelyAbsent(param([absent], 1))).toBe(false);
    expect(presence(param([absent]))).toBe('no');
    expect(presence(param([primitive(1)], 1))).toBe('yes');
    expect(presence(param([primitive(1), absent], 1))).toBe('maybe');
  });

  it('reads numbers and strings known on every path', () => {
    expect(distinctNumbers([primitive(2), primitive('x'), primitive(2), primitive(3)])).toEqual([2, 3]);
    expect(onlyString(param([primitive('a'), primitive('a')]))).toBe('a');
    expect(onlyString(param([primitive('a'), primitive('b')]))).toBeNull();
    expect(onlyString(param([primitive('a'), absent]))).toBeNull();
  });

  it('asksForLogprobs: what each logprobs parameter asks with (the one test logprobsParams and the logprobs rules share)', () => {
    const unknown = { kind: 'unknown', node: null } as Value;
    const include = (...entries: Value[][]): Value => ({ kind: 'array', elements: entries, node: null as never }) as Value;
    expect([primitive(true), primitive(false), primitive(1), unknown, absent].map((v) => asksForLogprobs('logprobs', v))).toEqual([true, false, false, false, false]);
    expect([primitive(0), primitive(5), primitive(false), unknown, absent].map((v) => asksForLogprobs('top_logprobs', v))).toEqual([true, true, true, false, false]);
    expect(asksForLogprobs('include', include([primitive('reasoning.encrypted_content')], [primitive(INCLUDE_LOGPROBS), primitive('x')]))).toBe(true);
    expect(asksForLogprobs('include', include([primitive('reasoning.encrypted_content')], [unknown]))).toBe(false);
    expect(asksForLogprobs('include', { kind: 'array', elements: null, node: null } as never)).toBe(false);
    expect(asksForLogprobs('include', primitive(INCLUDE_LOGPROBS))).toBe(false);
  });
});

describe('the json_schema flattener', () => {
  /** Flatten the member `json_schema` of the object assigned to `x`. */
  const flatten = (code: string) =>
    applyToObject(code, (sc, object) => {
      const nested = object.properties.find(
        (p): p is TSESTree.Property => p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === 'json_schema',
      );
      return nested ? flattenMemberFix(sc, object, nested) : null;
    });
  const text = (code: string) => {
    let out: string | null = null;
    applyToObject(code, (sc, object) => {
      const nested = object.properties.find((p): p is TSESTree.Property => p.type === 'Property' && p.key.type === 'Identifier' && p.key.name === 'json_schema');
      out = nested ? flattenedObjectText(sc, object, nested) : null;
      return null;
    });
    return out;
  };

  it('lifts the members up, on one line or one per line', () => {
    expect(flatten(`const x = { type: 'json_schema', json_schema: { name: 'p', schema: {} } };`)).toBe(
      `const x = { type: 'json_schema', name: 'p', schema: {} };`,
    );
    expect(flatten(`const x = {\n  type: 'json_schema',\n  json_schema: {\n    name: 'p',\n    schema: {\n      type: 'object',\n    },\n  },\n};`)).toBe(
      `const x = {\n  type: 'json_schema',\n  name: 'p',\n  schema: {\n    type: 'object',\n  },\n};`,
    );
    // The same text, for moving the object elsewhere.
    expect(text(`const x = { type: 'json_schema', json_schema: { name: 'p' } };`)).toBe(`{ type: 'json_schema', name: 'p' }`);
  });

  it('refuses a colliding or computed key, a comment, or a nested value that is not written inline', () => {
    expect(flatten(`const x = { type: 'json_schema', name: 'q', json_schema: { name: 'p' } };`)).toBeNull();
    expect(flatten(`const x = { [key]: 1, json_schema: { name: 'p' } };`)).toBeNull();
    expect(flatten(`const x = { type: 'json_schema', json_schema: { name: 'p' /* v2 */ } };`)).toBeNull();
    expect(flatten(`const x = { type: 'json_schema', json_schema: def };`)).toBeNull();
    expect(flatten(`const x = { type: 'json_schema', json_schema: { name: 'p' } as const };`)).toBeNull();
  });

  it('nests members into a new object, keeping the layout', () => {
    const nest = (code: string) =>
      applyToObject(code, (sc, object) => {
        const moved = new Set<TSESTree.Node>(
          object.properties.filter((p) => p.type === 'Property' && p.key.type === 'Identifier' && ['name', 'schema'].includes(p.key.name)),
        );
        return nestMembersFix(sc, object, 'json_schema', moved);
      });
    expect(nest(`const x = { type: 'json_schema', name: 'p', schema: {} };`)).toBe(`const x = { type: 'json_schema', json_schema: { name: 'p', schema: {} } };`);
    expect(nest(`const x = {\n  type: 'json_schema',\n  name: 'p',\n  schema: {},\n};`)).toBe(
      `const x = {\n  type: 'json_schema',\n  json_schema: {\n    name: 'p',\n    schema: {},\n  },\n};`,
    );
  });
});

describe('partnerNotTrue', () => {
  /** What `partnerNotTrue(request, param('top_logprobs'), 'logprobs')` says of the file's one request. */
  function missing(body: string): { maybeFalse: boolean; alone: number; falseLiteral: string | null; insertInto: string | null } | null {
    let out: ReturnType<typeof missing> | undefined;
    const probe = {
      meta: { schema: [] },
      create(context: TSESLint.RuleContext<string, []>) {
        return onRequest(context, (facts) => {
          const result = partnerNotTrue(facts, facts.param('top_logprobs'), 'logprobs');
          const text = (node: TSESTree.Node | null) => (node ? facts.sourceCode.getText(node) : null);
          out = result && { maybeFalse: result.maybeFalse, alone: result.alone.length, falseLiteral: text(result.falseLiteral), insertInto: text(result.insertInto) };
        });
      },
    };
    new Linter({ configType: 'flat' }).verify(
      `import OpenAI from 'openai';\nconst client = new OpenAI();\ndeclare const c: boolean;\nclient.chat.completions.create(${body});`,
      config({ probe: { rules: { a: probe } } }, { 'probe/a': 'error' }),
      { filename: 'file.ts' },
    );
    expect(out).not.toBeUndefined();
    return out!;
  }

  it('is null when the partner is true on every path, or written next to the parameter', () => {
    expect(missing("{ model: 'gpt-4o', messages: [], logprobs: true, top_logprobs: 2 }")).toBeNull();
    expect(missing("{ model: 'gpt-4o', messages: [], ...(c ? { logprobs: true, top_logprobs: 2 } : {}) }")).toBeNull();
  });

  it('gives a literal false to set, or the object to add the partner to when nothing writes it', () => {
    expect(missing("{ model: 'gpt-4o', messages: [], logprobs: false, top_logprobs: 2 }")).toEqual({ maybeFalse: true, alone: 1, falseLiteral: 'false', insertInto: null });
    expect(missing("{ model: 'gpt-4o', messages: [], top_logprobs: 2 }")).toEqual({
      maybeFalse: false,
      alone: 1,
      falseLiteral: null,
      insertInto: "{ model: 'gpt-4o', messages: [], top_logprobs: 2 }",
    });
    // Written on one path only: the partner is written, so nothing is inserted.
    expect(missing("{ model: 'gpt-4o', messages: [], ...(c ? { logprobs: true } : {}), top_logprobs: 2 }")).toEqual({ maybeFalse: false, alone: 1, falseLiteral: null, insertInto: null });
  });
});
