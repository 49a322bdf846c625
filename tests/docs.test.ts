// Rule docs: every rule has a page and a test file (and every page a rule), each page has the
// expected sections and KB markers, and every ❌ / ✅ example does what the page says when linted
// on its own with only that rule on.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import tsParser from '@typescript-eslint/parser';
import { type ESLint, Linter } from 'eslint';
import { describe, expect, it } from 'vitest';
import { rules } from '../rules/index.js';
import plugin from '../index.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const docsDir = `${root}docs/rules/`;
const ruleTestsDir = `${root}tests/rules/`;

const INCORRECT = '❌ Incorrect';
const CORRECT = '✅ Correct';
const REQUIRED_SECTIONS: ReadonlyArray<{ level: number; text: string }> = [
  { level: 2, text: 'Why' },
  { level: 2, text: 'Examples' },
  { level: 3, text: INCORRECT },
  { level: 3, text: CORRECT },
  { level: 2, text: 'When Not To Use It' },
  { level: 2, text: 'Further Reading' },
];
const KB_BEGIN = '<!-- begin auto-generated kb -->';
const KB_END = '<!-- end auto-generated kb -->';
/** Fence languages that are linted; anything else (text, json, sh) is prose. */
const LINTED_LANGUAGES = new Set(['ts', 'typescript', 'js', 'javascript', 'mjs', 'cjs', 'mts', 'cts']);

interface Heading {
  level: number;
  text: string;
  line: number;
}

interface CodeBlock {
  lang: string;
  code: string;
  /** 1-based line of the opening fence. */
  line: number;
  /** Text of the closest heading of level ≤ 3 above the block (`null` before any). */
  section: string | null;
}

/** Headings and fenced code blocks of a Markdown page (CommonMark fences, ATX headings). */
function parseMarkdown(text: string): { headings: Heading[]; blocks: CodeBlock[] } {
  const headings: Heading[] = [];
  const blocks: CodeBlock[] = [];
  const lines = text.split(/\r?\n/);
  let section: string | null = null;
  for (let i = 0; i < lines.length; i++) {
    const open = /^ {0,3}(`{3,}|~{3,})\s*([^\s`]*)/.exec(lines[i]);
    if (open) {
      const [, fence, lang] = open;
      const indent = lines[i].length - lines[i].trimStart().length;
      const body: string[] = [];
      let j = i + 1;
      for (; j < lines.length; j++) {
        const close = /^ {0,3}(`{3,}|~{3,})\s*$/.exec(lines[j]);
        if (close && close[1][0] === fence[0] && close[1].length >= fence.length) break;
        body.push(lines[j].slice(Math.min(indent, lines[j].length - lines[j].trimStart().length)));
      }
      blocks.push({ lang: lang.toLowerCase(), code: `${body.join('\n')}\n`, line: i + 1, section });
      i = j;
      continue;
    }
    const heading = /^ {0,3}(#{1,6})[ \t]+(.*?)(?:[ \t]+#+)?[ \t]*$/.exec(lines[i]);
    if (heading) {
      const level = heading[1].length;
      headings.push({ level, text: heading[2], line: i + 1 });
      if (level <= 3) section = heading[2];
    }
  }
  return { headings, blocks };
}

const docIds = readdirSync(docsDir)
  .filter((name) => name.endsWith('.md'))
  .map((name) => name.slice(0, -'.md'.length))
  .sort();
const ruleIds = Object.keys(rules);
const ruleTestIds = readdirSync(ruleTestsDir)
  .filter((name) => name.endsWith('.test.ts'))
  .map((name) => name.slice(0, -'.test.ts'.length))
  .sort();

describe('rules, docs and tests match', () => {
  it('rules/index.ts keys are sorted', () => {
    expect(ruleIds).toEqual([...ruleIds].sort());
  });

  it('every rule has docs/rules/<id>.md', () => {
    expect(ruleIds.filter((id) => !docIds.includes(id))).toEqual([]);
  });

  it('every docs/rules/<id>.md is a rule in rules/index.ts', () => {
    expect(docIds.filter((id) => !Object.hasOwn(rules, id))).toEqual([]);
  });

  it('every rule has tests/rules/<id>.test.ts', () => {
    expect(ruleIds.filter((id) => !existsSync(`${ruleTestsDir}${id}.test.ts`))).toEqual([]);
  });

  it('every tests/rules/<id>.test.ts is a rule in rules/index.ts', () => {
    expect(ruleTestIds.filter((id) => !Object.hasOwn(rules, id))).toEqual([]);
  });
});

/** The date the rule pages' examples are judged on (their retirement and shutdown examples depend on it). */
const DOCS_DATE = '2026-12-04';

function lintExample(ruleId: string, code: string): Linter.LintMessage[] {
  const linter = new Linter();
  const config: Linter.Config[] = [
    {
      files: ['**/*.ts'],
      plugins: { openai: plugin as unknown as ESLint.Plugin },
      languageOptions: { parser: tsParser },
      rules: { [`openai/${ruleId}`]: 'error' },
      // Shutdowns are judged on the day the pages were written, not on the day the test runs.
      settings: { openai: { date: DOCS_DATE } },
    },
  ];
  return linter.verify(code, config, { filename: 'example.ts' });
}

function show(messages: readonly Linter.LintMessage[]): string {
  if (messages.length === 0) return 'no messages';
  return messages.map((m) => `${m.line}:${m.column} ${m.ruleId ?? '(fatal)'} ${m.message}`).join('\n');
}

for (const id of docIds) {
  const file = `docs/rules/${id}.md`;
  const text = readFileSync(`${docsDir}${id}.md`, 'utf8');
  const { headings, blocks } = parseMarkdown(text);
  const ruleId = `openai/${id}`;

  describe(file, () => {
    it(`${id}: has the sections ${REQUIRED_SECTIONS.map((s) => `${'#'.repeat(s.level)} ${s.text}`).join(', ')}`, () => {
      const missing = REQUIRED_SECTIONS.filter(
        (section) => !headings.some((h) => h.level === section.level && h.text === section.text),
      ).map((section) => `${'#'.repeat(section.level)} ${section.text}`);
      expect(missing, `${file} lacks these headings`).toEqual([]);
      // ❌ / ✅ sit under `## Examples`.
      const examples = headings.find((h) => h.level === 2 && h.text === 'Examples')!;
      const afterExamples = headings.find((h) => h.level <= 2 && h.line > examples.line)?.line ?? Infinity;
      for (const text of [INCORRECT, CORRECT]) {
        const heading = headings.find((h) => h.level === 3 && h.text === text)!;
        expect(heading.line > examples.line && heading.line < afterExamples, `### ${text} is under ## Examples`).toBe(true);
      }
    });

    it(`${id}: opens with one paragraph, then ## Examples (❌ / ✅) and ## Options, before ## Why and the KB section`, () => {
      const lines = text.split(/\r?\n/);
      const headerEnd = lines.indexOf('<!-- end auto-generated rule header -->');
      expect(headerEnd, `${file} has the generated header`).toBeGreaterThan(0);
      const h2 = headings.filter((h) => h.level === 2);
      const intro = lines.slice(headerEnd + 1, h2[0].line - 1).join('\n').trim();
      expect(intro.length, `${file} has an introduction`).toBeGreaterThan(0);
      expect(intro.split(/\n\s*\n/).length, `${file}: the introduction is one paragraph`).toBe(1);
      const titles = h2.map((h) => h.text);
      expect(titles[0]).toBe('Examples');
      if (titles.includes('Options')) expect(titles[1]).toBe('Options');
      const why = h2.find((h) => h.text === 'Why')!;
      const kbLine = lines.indexOf(KB_BEGIN) + 1;
      const correct = headings.find((h) => h.level === 3 && h.text === CORRECT)!;
      expect(correct.line).toBeLessThan(why.line);
      expect(why.line).toBeLessThan(kbLine);
    });

    it(`${id}: has the KB markers`, () => {
      const begins = text.split(KB_BEGIN).length - 1;
      const ends = text.split(KB_END).length - 1;
      expect({ begins, ends }, `${file} needs "${KB_BEGIN}" and "${KB_END}" once each`).toEqual({ begins: 1, ends: 1 });
      expect(text.indexOf(KB_BEGIN)).toBeLessThan(text.indexOf(KB_END));
    });

    for (const section of [INCORRECT, CORRECT]) {
      const examples = blocks.filter((block) => block.section === section && LINTED_LANGUAGES.has(block.lang));

      it(`${id}: ${section} has at least one ts/js example`, () => {
        expect(examples.length).toBeGreaterThan(0);
      });

      examples.forEach((block, index) => {
        const name = `${id}: ${section} #${index + 1} (line ${block.line}) ${section === INCORRECT ? 'reports' : 'passes'}`;
        it(name, () => {
          expect(Object.hasOwn(rules, id), `${ruleId} is not registered in rules/index.ts`).toBe(true);
          const messages = lintExample(id, block.code);
          const fatal = messages.filter((m) => m.fatal);
          expect(fatal, `${file}:${block.line} does not parse`).toEqual([]);
          if (section === INCORRECT) {
            const reports = messages.filter((m) => m.ruleId === ruleId);
            expect(reports.length, `${file}:${block.line} should get a ${ruleId} report; got ${show(messages)}`).toBeGreaterThan(0);
          } else {
            expect(messages, `${file}:${block.line} should get no report; got ${show(messages)}`).toEqual([]);
          }
        });
      });
    }
  });
}

// Config examples outside the ❌ / ✅ sections (a page's Options, docs/analysis.md): each must parse and
// name nothing it does not import or declare, so that it runs when copied into eslint.config.js.
describe('config examples in docs', () => {
  const pages = [
    ...readdirSync(`${root}docs/`).filter((name) => name.endsWith('.md')).map((name) => `docs/${name}`),
    ...docIds.map((id) => `docs/rules/${id}.md`),
  ];
  const configs = pages.flatMap((page) =>
    parseMarkdown(readFileSync(`${root}${page}`, 'utf8'))
      .blocks.filter((block) => LINTED_LANGUAGES.has(block.lang) && block.code.startsWith('// eslint.config'))
      .map((block) => ({ page, block })),
  );

  it('there are some', () => {
    expect(configs.length).toBeGreaterThanOrEqual(3);
  });

  it.each(configs.map(({ page, block }) => [`${page}:${block.line}`, block.code] as const))('%s parses and names only what it imports', (_where, code) => {
    const messages = new Linter().verify(code, [{ languageOptions: { ecmaVersion: 'latest', sourceType: 'module', globals: {} }, rules: { 'no-undef': 'error' } }], {
      filename: 'eslint.config.js',
    });
    expect(show(messages)).toBe('no messages');
  });
});
