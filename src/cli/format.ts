/** Plain-text rendering of KB entries for the terminal: no colours, wrapped at a fixed width so output is stable. */
import type { KbEntry } from '../kb/index.js';
import type { Closest } from './closest.js';
import type { RuleInfo } from './rules.js';

export const WIDTH = 100;

/** Wrap `text` to `width` columns, each line starting with `indent`; words longer than a line stay whole. */
export function wrap(text: string, indent: string, width = WIDTH): string {
  const lines: string[] = [];
  let line = '';
  for (const word of text.split(/\s+/).filter(Boolean)) {
    if (line !== '' && indent.length + line.length + 1 + word.length > width) {
      lines.push(indent + line);
      line = word;
    } else {
      line = line === '' ? word : `${line} ${word}`;
    }
  }
  if (line !== '') lines.push(indent + line);
  return lines.join('\n');
}

/** Every line of a code snippet, indented, as written. */
function block(text: string, indent: string): string {
  return text
    .split('\n')
    .map((line) => (line.trim() === '' ? '' : indent + line))
    .join('\n');
}

/** At most `max` characters of `text` around [start, end), with `…` where it was cut. */
export function excerpt(text: string, start: number, end: number, max = 400): string {
  if (text.length <= max) return text;
  const room = Math.max(0, max - (end - start));
  const from = Math.max(0, start - Math.floor(room / 3));
  const to = Math.min(text.length, Math.max(end, from + max));
  return `${from > 0 ? '…' : ''}${text.slice(from, to)}${to < text.length ? '…' : ''}`;
}

function statusLine(entry: KbEntry): string {
  const parts = [entry.http_status === null ? 'no HTTP status (fails in the client, before any request)' : `HTTP ${entry.http_status}`];
  if (entry.param) parts.push(`param \`${entry.param}\``);
  if (entry.code) parts.push(`code \`${entry.code}\``);
  parts.push(`confidence ${entry.confidence}`);
  return parts.join(' · ');
}

function fixKinds(rule: RuleInfo): string {
  if (rule.fixable && rule.hasSuggestions) return 'autofix (`eslint --fix`) where certain, editor suggestions otherwise';
  if (rule.fixable) return 'autofix (`eslint --fix`)';
  if (rule.hasSuggestions) return 'editor suggestions (quick fixes), no autofix';
  return 'reports only, no fix';
}

/** "Rule that prevents it": each rule's config membership, fixes and docs, then the config to enable them. */
function renderRules(rules: RuleInfo[]): string {
  const lines: string[] = [rules.length === 1 ? 'Rule that prevents it' : 'Rules that prevent it'];
  for (const rule of rules) {
    if (!rule.known) {
      lines.push(`  ${rule.name}: not in this version of eslint-plugin-openai (update the plugin)`);
      continue;
    }
    const others = rule.configs.filter((config) => config !== 'recommended').map((config) => `\`${config}\``);
    const membership = rule.recommended
      ? 'in `recommended`'
      : `opt-in: not in \`recommended\`${others.length > 0 ? `; in ${others.join(', ')}` : ''}`;
    lines.push(`  ${rule.name} (${membership})`);
    lines.push(`    fixes: ${fixKinds(rule)}`);
    if (rule.docs) lines.push(`    docs:  ${rule.docs}`);
  }
  const known = rules.filter((rule) => rule.known);
  if (known.length > 0) {
    const extra = known.filter((rule) => !rule.recommended);
    const configs = ['openai.configs.recommended'];
    if (extra.length > 0) configs.push(`{ rules: { ${extra.map((rule) => rule.configLine).join(', ')} } }`);
    lines.push(`  Enable ${known.length === 1 ? 'it' : 'them'} in eslint.config.js:`);
    lines.push("    import openai from 'eslint-plugin-openai';");
    lines.push(`    export default [${configs.join(', ')}];`);
  }
  return lines.join('\n');
}

export interface EntryView {
  entry: KbEntry;
  /** The part of the input that matched, already cut to a readable length. */
  matchedText?: string;
  rules: RuleInfo[];
  /** Other entries the input also matched. */
  also?: KbEntry[];
}

/** The full text view of one entry: what it means, the fix, dead ends, the rules and how to enable them. */
export function renderEntry(view: EntryView): string {
  const { entry } = view;
  const sections: string[] = [[entry.id, wrap(entry.title, ''), statusLine(entry)].join('\n')];
  if (view.matchedText !== undefined) sections.push(`Your error\n${wrap(view.matchedText, '  ')}`);
  else sections.push(`Error text\n${entry.signatures.map((s) => wrap(s, '  ')).join('\n')}`);
  sections.push(`What it means\n${wrap(entry.root_cause, '  ')}`);
  sections.push(
    `Fix\n${entry.workarounds
      .map((w, index) => {
        const head = wrap(`${index + 1}. ${w.action}`, '  ').replace(/\n {2}/g, '\n     ');
        return w.how ? `${head}\n${block(w.how, '       ')}` : head;
      })
      .join('\n')}`,
  );
  if (entry.dead_ends.length > 0) {
    sections.push(
      `Dead ends (these do not help)\n${entry.dead_ends
        .map((d) => `${wrap(`- ${d.action}`, '  ').replace(/\n {2}/g, '\n    ')}\n${wrap(d.why_fails, '    ')}`)
        .join('\n')}`,
    );
  }
  sections.push(renderRules(view.rules));
  const more = [`  ${entry.official_doc_url} (OpenAI docs)`];
  more.push(`  ${entry.evidence.length} evidence source${entry.evidence.length === 1 ? '' : 's'}: add --json to list them`);
  sections.push(`Read more\n${more.join('\n')}`);
  if (view.also && view.also.length > 0) {
    sections.push(
      `Also matches\n${view.also.map((other) => `  ${other.id}`).join('\n')}\n  (show one: npx eslint-plugin-openai kb <id>)`,
    );
  }
  return `${sections.join('\n\n')}\n`;
}

/** `kb`: one line per entry, ids aligned. */
export function renderList(entries: readonly KbEntry[]): string {
  const width = Math.max(0, ...entries.map((entry) => entry.id.length));
  return entries.map((entry) => `${entry.id.padEnd(width)}  ${entry.title}\n`).join('');
}

/** The no-match message with the closest entries. */
export function renderNoMatch(message: string, closest: Closest[]): string {
  const lines = ['No KB entry matches this error.', wrap(`Looked for: ${message}`, '  ')];
  if (closest.length > 0) {
    lines.push('', 'Closest entries (by shared words):');
    const width = Math.max(...closest.map((c) => c.entry.id.length));
    for (const c of closest) lines.push(`  ${c.entry.id.padEnd(width)}  shares: ${c.shared.slice(0, 6).join(', ')}`);
    lines.push('', 'Show one: npx eslint-plugin-openai kb <id>   List all: npx eslint-plugin-openai kb');
  } else {
    lines.push('', 'No entry is close to it either. List all: npx eslint-plugin-openai kb');
  }
  return `${lines.join('\n')}\n`;
}
