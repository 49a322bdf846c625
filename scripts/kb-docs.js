// Writes each rule doc's knowledge-base section: for every KB id in the rule's `meta.docs.kb`, a
// rendering of that entry (signatures, status, root cause, workarounds, dead ends, evidence) between
// `<!-- begin auto-generated kb -->` and `<!-- end auto-generated kb -->`. It also keeps the page layout
// a reader wants: the one-paragraph introduction, then `## Examples` (❌ / ✅) and `## Options`, then
// `## Why` with the KB section and the details, then the other sections in their order.
//
// Reads the BUILT package (dist/), like eslint-doc-generator: `npm run docs` builds first.
//   node scripts/kb-docs.js           rewrite the sections that changed
//   node scripts/kb-docs.js --check   write nothing; exit 1 listing the stale docs
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BEGIN = '<!-- begin auto-generated kb -->';
const END = '<!-- end auto-generated kb -->';

const docsDir = fileURLToPath(new URL('../docs/rules/', import.meta.url));
const kbEntry = new URL('../dist/src/kb/index.js', import.meta.url);
const rulesEntry = new URL('../dist/rules/index.js', import.meta.url);

class KbDocsError extends Error {}

/** A code fence longer than any run of backticks in `text`, so the text cannot close it. */
function fence(text, lang = '') {
  const longest = Math.max(0, ...(text.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = '`'.repeat(Math.max(3, longest + 1));
  return `${ticks}${lang}\n${text}\n${ticks}`;
}

/** Indent every non-empty line (list-item continuation). */
function indent(text, width) {
  const pad = ' '.repeat(width);
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? pad + line : line))
    .join('\n');
}

/** Short link text for a URL: `owner/repo` (plus the file name) on GitHub, host and path elsewhere. */
function linkLabel(url) {
  let parsed;
  try {
    parsed = new URL(url);
  } catch {
    return url;
  }
  const parts = parsed.pathname.split('/').filter(Boolean);
  if (parsed.hostname === 'github.com' && parts.length >= 2) {
    const repo = `${parts[0]}/${parts[1]}`;
    if (parts[2] === 'issues' || parts[2] === 'pull' || parts[2] === 'discussions') return `${repo}#${parts[3] ?? ''}`;
    if (parts[2] === 'blob' || parts[2] === 'tree') return `${repo}: ${parts.at(-1)}`;
    return repo;
  }
  const path = parsed.pathname.replace(/\/$/, '');
  return `${parsed.hostname}${path}${parsed.hash}`;
}

function inlineCode(value) {
  return value.includes('`') ? `\`\` ${value} \`\`` : `\`${value}\``;
}

/** `param` / `code`: `null` is the API's own null; absent means not known. */
function fieldValue(value) {
  if (value === undefined) return 'not known';
  if (value === null) return '`null`';
  return inlineCode(String(value));
}

function blockquote(text) {
  return text
    .split('\n')
    .map((line) => (line.length > 0 ? `> ${line}` : '>'))
    .join('\n');
}

/** The Markdown for one KB entry. */
export function renderEntry(entry) {
  const out = [];
  out.push(`### KB ${entry.id}`, '', `**${entry.title}**`, '');

  const signatures = entry.signatures?.length > 0 ? entry.signatures : [entry.signature];
  out.push(signatures.length > 1 ? 'Error messages:' : 'Error message:', '', fence(signatures.join('\n'), 'text'), '');

  out.push(
    `- **HTTP status:** ${entry.http_status ?? 'none (the call fails in the client; no request is sent)'}`,
    `- **\`param\`:** ${fieldValue(entry.param)}`,
    `- **\`code\`:** ${fieldValue(entry.code)}`,
    `- **Confidence:** ${entry.confidence}`,
    `- **Last checked:** ${entry.last_checked}`,
    '',
  );

  out.push(`**Root cause.** ${entry.root_cause}`, '');

  if (entry.workarounds.length > 0) {
    out.push('**Workarounds:**', '');
    entry.workarounds.forEach((workaround, index) => {
      const marker = `${index + 1}. `;
      out.push(`${marker}${workaround.action}`);
      if (workaround.how) out.push('', indent(fence(workaround.how, 'js'), marker.length));
      out.push('');
    });
  }

  if (entry.dead_ends.length > 0) {
    out.push('**Dead ends:**', '');
    for (const deadEnd of entry.dead_ends) out.push(`- ${deadEnd.action} *Why it fails:* ${deadEnd.why_fails}`);
    out.push('');
  }

  if (entry.seed_correction) out.push(blockquote(`**Correction to the seed document:** ${entry.seed_correction}`), '');

  out.push(`**Official documentation:** [${linkLabel(entry.official_doc_url)}](${entry.official_doc_url})`, '');

  if (entry.evidence.length > 0) {
    out.push('**Evidence:**', '');
    for (const item of entry.evidence) out.push(`- [${linkLabel(item.url)}](${item.url}): ${item.note}`);
    out.push('');
  }

  return out.join('\n').trimEnd();
}

/** The whole generated section (markers included) for a rule's KB ids. */
export function renderSection(entries) {
  if (entries.length === 0) return `${BEGIN}\n${END}`;
  return `${BEGIN}\n\n${entries.map(renderEntry).join('\n\n')}\n\n${END}`;
}

/**
 * `text` with its KB section replaced. Without markers the section goes right before `## Examples`
 * (returns `null` when there is no such heading either).
 */
export function replaceSection(text, section) {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const normalised = text.replace(/\r\n/g, '\n');
  const begin = normalised.indexOf(BEGIN);
  const end = normalised.indexOf(END);
  let result;
  if (begin !== -1 && end !== -1) {
    if (end < begin) throw new KbDocsError(`"${END}" comes before "${BEGIN}"`);
    if (normalised.indexOf(BEGIN, begin + 1) !== -1 || normalised.indexOf(END, end + 1) !== -1) {
      throw new KbDocsError('the KB markers appear more than once');
    }
    result = normalised.slice(0, begin) + section + normalised.slice(end + END.length);
  } else if (begin !== -1 || end !== -1) {
    throw new KbDocsError(`only one of the KB markers is present; add both "${BEGIN}" and "${END}"`);
  } else {
    const examples = normalised.search(/^## Examples[ \t]*$/m);
    if (examples === -1) return null;
    result = `${normalised.slice(0, examples)}${section}\n\n${normalised.slice(examples)}`;
  }
  return result.replace(/\n/g, newline);
}

/** Level-2 sections of a Markdown page (`## ` headings outside code fences), after the preamble. */
function splitSections(text) {
  const lines = text.split('\n');
  const starts = [];
  let fenceMark = null;
  lines.forEach((line, index) => {
    const fenceLine = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fenceLine) {
      if (fenceMark === null) fenceMark = fenceLine[1];
      else if (fenceLine[1][0] === fenceMark[0] && fenceLine[1].length >= fenceMark.length && line.trim() === fenceLine[1]) fenceMark = null;
      return;
    }
    if (fenceMark === null && /^## /.test(line)) starts.push(index);
  });
  const preamble = lines.slice(0, starts[0] ?? lines.length).join('\n');
  const sections = starts.map((start, i) => {
    const body = lines.slice(start, starts[i + 1] ?? lines.length).join('\n');
    return { title: lines[start].slice(3).trim(), body };
  });
  return { preamble, sections };
}

/** Sections that come first, right after the introduction, in this order. */
const FIRST_SECTIONS = ['Examples', 'Options'];

/**
 * `text` laid out for a reader: the introduction, `## Examples` and `## Options` first, then every other
 * section in its order (`## Why` with the KB section, details, When Not To Use It, Further Reading).
 */
export function layoutPage(text) {
  const newline = text.includes('\r\n') ? '\r\n' : '\n';
  const { preamble, sections } = splitSections(text.replace(/\r\n/g, '\n'));
  if (sections.length === 0) return text;
  const first = FIRST_SECTIONS.flatMap((title) => sections.filter((section) => section.title === title));
  const rest = sections.filter((section) => !FIRST_SECTIONS.includes(section.title));
  const parts = [preamble, ...[...first, ...rest].map((section) => section.body)].map((part) => part.replace(/\n+$/, ''));
  return `${parts.join('\n\n')}\n`.replace(/\n/g, newline);
}

async function load(url, what) {
  if (!existsSync(fileURLToPath(url))) {
    throw new KbDocsError(`${fileURLToPath(url)} is missing; run \`npm run build\` first (${what})`);
  }
  return import(url.href);
}

async function main() {
  const check = process.argv.includes('--check');
  const { getKbEntry } = await load(kbEntry, 'the KB');
  const { rules } = await load(rulesEntry, 'the rules');

  const problems = [];
  const stale = [];
  const docFiles = readdirSync(docsDir)
    .filter((name) => name.endsWith('.md'))
    .sort();
  const documented = new Set(docFiles.map((name) => name.slice(0, -'.md'.length)));
  for (const id of Object.keys(rules)) {
    if (!documented.has(id)) problems.push(`rule ${id} has no docs/rules/${id}.md`);
  }

  for (const name of docFiles) {
    const id = name.slice(0, -'.md'.length);
    const file = `docs/rules/${name}`;
    const rule = Object.hasOwn(rules, id) ? rules[id] : undefined;
    if (!rule) {
      problems.push(`${file}: no rule "${id}" in rules/index.ts`);
      continue;
    }
    const ids = rule.meta?.docs?.kb ?? [];
    const entries = [];
    for (const kbId of ids) {
      const entry = getKbEntry(kbId);
      if (entry) entries.push(entry);
      else problems.push(`${file}: meta.docs.kb lists "${kbId}", which is not in the KB`);
    }
    if (entries.length !== ids.length) continue;

    const path = `${docsDir}${name}`;
    const text = readFileSync(path, 'utf8');
    let updated;
    try {
      const withKb = replaceSection(text, renderSection(entries));
      updated = withKb === null ? null : layoutPage(withKb);
    } catch (error) {
      if (!(error instanceof KbDocsError)) throw error;
      problems.push(`${file}: ${error.message}`);
      continue;
    }
    if (updated === null) {
      problems.push(`${file}: no "${BEGIN}" / "${END}" markers and no "## Examples" heading to put them before`);
      continue;
    }
    if (updated === text) continue;
    stale.push(file);
    if (!check) writeFileSync(path, updated);
  }

  for (const problem of problems) console.error(`kb-docs: ${problem}`);
  if (check) {
    if (stale.length > 0) {
      console.error(`kb-docs: the KB section or the layout is out of date in ${stale.length} file(s); run \`npm run docs\`:`);
      for (const file of stale) console.error(`  ${file}`);
    } else if (problems.length === 0) {
      console.log(`kb-docs: ${docFiles.length} rule doc(s) up to date`);
    }
    if (stale.length > 0 || problems.length > 0) process.exitCode = 1;
  } else {
    for (const file of stale) console.log(`kb-docs: updated ${file}`);
    if (stale.length === 0 && problems.length === 0) console.log(`kb-docs: ${docFiles.length} rule doc(s) already up to date`);
    if (problems.length > 0) process.exitCode = 1;
  }
}

// Run only as a script, so the renderers can be imported (tests) without touching any file.
if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  main().catch((error) => {
    console.error(`kb-docs: ${error instanceof KbDocsError ? error.message : (error?.stack ?? error)}`);
    process.exitCode = 1;
  });
}

export { BEGIN, END };
