// Types for scripts/cli-rule-meta.js, for the test that compares src/cli/rule-meta.ts with the plugin.
import type { RuleMeta } from '../src/cli/rule-meta.js';

export function ruleMeta(plugin: unknown): Record<string, RuleMeta>;
export function render(meta: Record<string, RuleMeta>): string;
