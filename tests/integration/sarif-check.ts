// The checks code scanning relies on in a SARIF log written by @microsoft/eslint-formatter-sarif, shared by
// the SARIF test (ESLint's Node API) and the GitHub Actions recipe test (ESLint's command line).
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { ESLint } from 'eslint';
import { expect } from 'vitest';
import plugin from '../../index.js';
import { root } from './build.js';

export interface SarifLog {
  version: string;
  runs: {
    tool: { driver: { name: string; rules: { id: string; helpUri?: string; shortDescription?: { text: string } }[] } };
    results: {
      ruleId?: string;
      ruleIndex?: number;
      level: string;
      message: { text: string };
      locations: { physicalLocation: { artifactLocation: { uri: string }; region?: { startLine?: number; startColumn?: number } } }[];
    }[];
  }[];
}

const docsUrl = (ruleId: string): string | undefined => {
  const rules = plugin.rules as unknown as Record<string, { meta: { docs?: { url?: string } } }>;
  return rules[ruleId.replace(/^openai\//, '')]?.meta.docs?.url;
};

/** The checks code scanning relies on, shared with the GitHub Actions recipe test. */
export function checkSarif(sarif: SarifLog, results: ESLint.LintResult[]): void {
  expect(sarif.version).toBe('2.1.0');
  expect(sarif.runs).toHaveLength(1);
  const [run] = sarif.runs;
  expect(run.tool.driver.name).toBe('ESLint');
  const messages = results.flatMap((result) => result.messages);
  expect(messages.every((message) => message.ruleId?.startsWith('openai/'))).toBe(true);
  expect(run.results).toHaveLength(messages.length);
  expect(run.results.length).toBeGreaterThan(0);
  for (const result of run.results) {
    expect(result.ruleId).toMatch(/^openai\//);
    const rule = run.tool.driver.rules[result.ruleIndex!];
    expect(rule.id).toBe(result.ruleId);
    const url = docsUrl(result.ruleId!);
    expect(url).toBe(`https://github.com/eslint-plugin-openai/eslint-plugin-openai/blob/v${plugin.meta.version}/docs/rules/${result.ruleId!.slice('openai/'.length)}.md`);
    expect(rule.helpUri).toBe(url);
    expect(existsSync(join(root, 'docs', 'rules', `${result.ruleId!.slice('openai/'.length)}.md`))).toBe(true);
    expect(rule.shortDescription?.text).toMatch(/^(Enforce|Require|Disallow) /);
    // configs.all: every rule an error, except a scheduled shutdown (no-deprecated-models), a warning.
    expect(result.level).toBe(result.ruleId === 'openai/no-deprecated-models' ? 'warning' : 'error');
    expect(result.message.text).toMatch(/\(KB llm\/[a-z0-9-]+\)$/);
    const location = result.locations[0].physicalLocation;
    expect(location.artifactLocation.uri).toMatch(/^file:\/\/.+\.(ts|js)$/);
    expect(location.region?.startLine).toBeGreaterThan(0);
  }
  // One descriptor per rule that reported.
  expect(new Set(run.tool.driver.rules.map((rule) => rule.id)).size).toBe(run.tool.driver.rules.length);
  expect(run.tool.driver.rules.map((rule) => rule.id).sort()).toEqual(
    [...new Set(messages.map((message) => message.ruleId!))].sort(),
  );
}
