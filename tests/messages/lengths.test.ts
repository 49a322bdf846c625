// Message length budget: every report message, rendered with the data of every invalid rule test case
// and of the example project `npm run demo` lints, names the problem, the model and the consequence in
// a line a terminal shows whole: median at most 140 characters including the KB id, none over 220.
// The API's own error text, effort reasoning and evidence live in the rule page and the KB entry.
import { describe, expect, it, vi } from 'vitest';
import { rules } from '../../rules/index.js';
import { readdirSync } from 'node:fs';
import { distribution, messagesFromDemo, messagesFromExtraCases, messagesFromRuleTests, recorded, recordingTester } from './collect.js';

// Loading the rule tests records their invalid cases: their shared testers are replaced by recording
// ones that run nothing. The fast project shares one module registry between test files (isolate:
// false), so the stand-in is set up with doMock on a fresh registry and removed again afterwards.
vi.resetModules();
vi.doMock('../rule-tester.js', () => ({ ruleTester: recordingTester('ts'), jsRuleTester: recordingTester('js') }));
// Their own describe/it blocks (option and settings checks) would otherwise register here as well.
vi.doMock('vitest', async (importOriginal) => {
  const original = await importOriginal<typeof import('vitest')>();
  const skip = Object.assign(() => undefined, { each: () => () => undefined, skip: () => undefined, only: () => undefined });
  return { ...original, describe: skip, it: skip, test: skip };
});
const ruleTests = readdirSync(new URL('../rules/', import.meta.url)).filter((name) => name.endsWith('.test.ts'));
try {
  for (const name of ruleTests) await import(`../rules/${name.slice(0, -'.test.ts'.length)}.test.ts`);
} finally {
  vi.doUnmock('../rule-tester.js');
  vi.doUnmock('vitest');
  vi.resetModules();
}

const MEDIAN_MAX = 140;
const LENGTH_MAX = 220;
const fromTests = messagesFromRuleTests();
const fromDemo = messagesFromDemo();
const printed = [...fromTests, ...messagesFromExtraCases(), ...fromDemo];
const distinct = [...new Set(printed.map((m) => m.message))];

if (process.env.MESSAGE_LENGTHS) {
  const report = (label: string, list: readonly string[]) => console.log(label, JSON.stringify(distribution(list.map((m) => m.length))));
  report('rule tests, every report:', fromTests.map((m) => m.message));
  report('demo, every report:      ', fromDemo.map((m) => m.message));
  report('distinct messages:        ', distinct);
  for (const m of [...distinct].sort((a, b) => b.length - a.length).slice(0, Number(process.env.MESSAGE_LENGTHS) || 0)) console.log(m.length, m);
}

describe('printed messages', () => {
  it('are collected for every report message of every rule', () => {
    expect(new Set(recorded.map((run) => run.ruleName))).toEqual(new Set(Object.keys(rules)));
    expect(fromDemo.length).toBeGreaterThan(10);
    const seen = new Set(printed.map((m) => `${m.ruleId}.${m.messageId}`));
    const missing: string[] = [];
    for (const [name, rule] of Object.entries(rules)) {
      for (const [id, template] of Object.entries(rule.meta.messages as Record<string, string>)) {
        // Report messages end with the KB id; the others are suggestion labels.
        if (/\(KB [^)]+\)$/.test(template) && !seen.has(`${name}.${id}`)) missing.push(`${name}.${id}`);
      }
    }
    expect(missing).toEqual([]);
  });

  it('every report ends with its KB id and leaves no placeholder unfilled', () => {
    for (const m of printed) {
      expect(m.message, m.source).toMatch(/ \(KB [a-z0-9/-]+\)$/);
      expect(m.message, m.source).not.toMatch(/\{\{|\}\}/);
    }
  });

  it(`have a median of at most ${MEDIAN_MAX} characters (distinct messages, and the demo's)`, () => {
    expect(distribution(distinct.map((m) => m.length)).median).toBeLessThanOrEqual(MEDIAN_MAX);
    expect(distribution(fromDemo.map((m) => m.message.length)).median).toBeLessThanOrEqual(MEDIAN_MAX);
  });

  it(`are none over ${LENGTH_MAX} characters`, () => {
    const over = distinct.filter((m) => m.length > LENGTH_MAX).map((m) => `${m.length}: ${m}`);
    expect(over).toEqual([]);
  });
});
