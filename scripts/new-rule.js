// Scaffold a rule: `npm run new <id>` creates rules/<id>.ts, docs/rules/<id>.md and
// tests/rules/<id>.test.ts, and registers the rule in rules/index.ts in sorted position.
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const id = process.argv[2] ?? '';

function fail(message) {
  console.error(`new-rule: ${message}`);
  process.exitCode = 1;
}

function templates(ident) {
  const rule = `import { createRule, isWritten, kbMessage, onRequest } from '../src/rule-kit/index.js';

// TODO: the knowledge-base entry for the API error this rule prevents.
const KB = 'llm/TODO';

export default createRule({
  name: '${id}',
  meta: {
    type: 'problem',
    docs: {
      // TODO: starts with Disallow / Require / Enforce, no trailing period.
      description: 'Disallow TODO',
      recommended: true,
      kb: [KB],
    },
    schema: [],
    messages: {
      // TODO: one sentence naming the problem and its consequence; dynamic parts as {{placeholders}}.
      ${ident}: kbMessage('\`TODO_parameter\` is rejected by the API (HTTP 400); the request fails.', KB),
    },
  },
  defaultOptions: [],
  create(context) {
    return onRequest(context, (request, report) => {
      const param = request.param('TODO_parameter');
      if (!isWritten(param)) return;
      report({ node: request.reportNode(param), messageId: '${ident}' });
    });
  },
});
`;

  const doc = `# Disallow TODO (\`openai/${id}\`)

<!-- end auto-generated rule header -->

TODO: one paragraph: what the rule reports and why the request fails.

## Examples

### ❌ Incorrect

\`\`\`ts
await client.chat.completions.create({ model: 'gpt-5', messages, TODO_parameter: 1 });
\`\`\`

### ✅ Correct

\`\`\`ts
await client.chat.completions.create({ model: 'gpt-5', messages });
\`\`\`

## Why

TODO: the API error this rule prevents (the real error text in a \`\`\`text block).

<!-- begin auto-generated kb -->
<!-- end auto-generated kb -->

## When Not To Use It

TODO

## Further Reading

- TODO: OpenAI docs, evidence
`;

  const test = `import rule from '../../rules/${id}.js';
import { ruleTester } from '../rule-tester.js';

const header = \`import OpenAI from 'openai';
const client = new OpenAI();
\`;

ruleTester.run('${id}', rule, {
  valid: [
    header + "await client.chat.completions.create({ model: 'gpt-5', messages: [] });",
  ],
  invalid: [
    {
      code: header + "await client.chat.completions.create({ model: 'gpt-5', messages: [], TODO_parameter: 1 });",
      output: null,
      errors: [{ messageId: '${ident}', line: 3 }],
    },
  ],
});
`;
  return { rule, doc, test };
}

/** Insert `line` before the first line whose captured id sorts after `id`, else after the last match. */
function insertSorted(lines, pattern, line) {
  const matches = lines.flatMap((text, index) => {
    const match = pattern.exec(text);
    return match ? [{ id: match[1], index }] : [];
  });
  if (matches.length === 0) return false;
  const next = matches.find((match) => match.id > id);
  lines.splice(next ? next.index : matches.at(-1).index + 1, 0, line);
  return true;
}

function main() {
  if (!/^(?:no|require|valid)-[a-z0-9]+(?:-[a-z0-9]+)*$/.test(id)) {
    return fail(`usage: npm run new <id>, where <id> is kebab-case starting with no-, require- or valid- (got "${id}")`);
  }
  const ident = id.replace(/-([a-z0-9])/g, (_, char) => char.toUpperCase());
  const files = { rule: `rules/${id}.ts`, doc: `docs/rules/${id}.md`, test: `tests/rules/${id}.test.ts` };
  const existing = Object.values(files).filter((file) => existsSync(`${root}/${file}`));
  if (existing.length > 0) return fail(`refusing to overwrite ${existing.join(', ')}`);

  const indexPath = `${root}/rules/index.ts`;
  const lines = readFileSync(indexPath, 'utf8').split('\n');
  if (lines.some((text) => text.includes(`'./${id}.js'`))) return fail(`rules/index.ts already imports ./${id}.js`);
  const imported = insertSorted(lines, /^import \w+ from '\.\/([a-z0-9-]+)\.js';$/, `import ${ident} from './${id}.js';`);
  const listed = insertSorted(lines, /^\s+'([a-z0-9-]+)': \w+,$/, `  '${id}': ${ident},`);
  if (!imported || !listed) return fail('could not find the sorted imports and `rules` entries in rules/index.ts');

  const content = templates(ident);
  for (const [kind, file] of Object.entries(files)) {
    mkdirSync(dirname(`${root}/${file}`), { recursive: true });
    writeFileSync(`${root}/${file}`, content[kind]);
  }
  writeFileSync(indexPath, lines.join('\n'));

  console.log(`Created ${Object.values(files).join(', ')} and registered the rule in rules/index.ts.

Next steps:
  1. Implement rules/${id}.ts (replace TODO_parameter, the description, the message and the KB id).
  2. Write the tests in tests/rules/${id}.test.ts: one case per syntax variant, explicit output and suggestions.
  3. Write docs/rules/${id}.md, then \`npm run docs\` to generate its header and the README rules list.
  4. \`npm run lint && npm run typecheck && npm test\`.`);
}

main();
