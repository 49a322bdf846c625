// `kb`: one line per KB entry; `kb <id>` shows one; `help`; the generated rule facts `explain` prints.
import { describe, expect, it } from 'vitest';
import { KB_ENTRIES } from '../../src/kb/index.js';
import { RULE_META } from '../../src/cli/rule-meta.js';
import { HELP } from '../../src/cli/main.js';
import plugin from '../../index.js';
import { render, ruleMeta } from '../../scripts/cli-rule-meta.js';
import { run } from './run.js';

describe('kb', () => {
  it('lists every KB id with its title, one line each, ids aligned', async () => {
    const { code, stdout, stderr } = await run(['kb']);
    expect(code).toBe(0);
    expect(stderr).toBe('');
    const lines = stdout.trimEnd().split('\n');
    expect(lines).toHaveLength(KB_ENTRIES.length);
    const width = Math.max(...KB_ENTRIES.map((entry) => entry.id.length));
    KB_ENTRIES.forEach((entry, index) => expect(lines[index]).toBe(`${entry.id.padEnd(width)}  ${entry.title}`));
  });

  it('--json prints the entries', async () => {
    const { code, stdout } = await run(['kb', '--json']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toEqual(JSON.parse(JSON.stringify(KB_ENTRIES)));
  });

  it('shows one entry by id, with or without the llm/ prefix', async () => {
    const entry = KB_ENTRIES[0];
    for (const id of [entry.id, entry.id.replace(/^llm\//, '')]) {
      const { code, stdout } = await run(['kb', id]);
      expect(code).toBe(0);
      expect(stdout.split('\n')[0]).toBe(entry.id);
      expect(stdout).toContain('\nError text\n');
      expect(stdout).toContain('\nWhat it means\n');
    }
  });

  it('answers an unknown id with exit code 1 and the closest ids', async () => {
    const { code, stdout } = await run(['kb', 'max-tokens-reasoning']);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^No KB entry has the id 'max-tokens-reasoning'\. Did you mean llm\/openai-max-tokens-reasoning-model/);
  });
});

describe('help', () => {
  it.each([[[]], [['help']], [['--help']], [['-h']], [['explain', '-h']], [['help', 'explain']]])('%j prints the usage', async (argv) => {
    const { code, stdout } = await run(argv);
    expect(code).toBe(0);
    expect(stdout).toBe(HELP);
  });

  it('documents the commands, the input forms and every exit code', () => {
    for (const text of ['explain [text]', 'kb [id]', '--json', 'openai.BadRequestError: Error code: 400', '0 an entry matched', '1 no entry matched', '2 usage error', '3 internal error']) {
      expect(HELP).toContain(text);
    }
  });

  it('lists every command the CLI accepts, help and version included', async () => {
    const commands = HELP.slice(HELP.indexOf('Commands:'), HELP.indexOf('Options:'));
    const listed = [...commands.matchAll(/^ {2}([a-z]+)\b/gm)].map((match) => match[1]);
    expect(listed).toEqual(['explain', 'kb', 'help', 'version']);
    for (const command of listed) {
      const { stderr } = await run([command, ...(command === 'explain' ? ['x'] : [])]);
      expect(stderr, command).not.toMatch(/unknown command/);
    }
    const { stderr } = await run(['nope']);
    expect(stderr).toContain(`Commands: ${listed.join(', ')}.`);
  });

  it.each([[['--version']], [['-v']], [['version']]])('%j prints the version', async (argv) => {
    const { code, stdout } = await run(argv);
    expect(code).toBe(0);
    expect(stdout).toBe(`${plugin.meta.version}\n`);
  });
});

describe('generated rule facts (src/cli/rule-meta.ts)', () => {
  it('match the plugin; run `npm run docs` when this fails', () => {
    expect(RULE_META).toEqual(ruleMeta(plugin));
  });

  it('render to the checked-in file', async () => {
    const { readFileSync } = await import('node:fs');
    const file = readFileSync(new URL('../../src/cli/rule-meta.ts', import.meta.url), 'utf8');
    expect(file).toBe(render(ruleMeta(plugin)));
  });
});
