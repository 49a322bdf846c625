// The path a user takes, from the packed tarball: `npm run pack:check` (also run by
// tests/integration/tarball.test.ts in `npm run test:slow`, so by CI). Needs the npm registry.
//
// 1. Copies the repository's files (git's tracked and untracked-but-not-ignored files: no dist/) to a
//    temporary directory and runs `npm pack` there, so `prepack` has to build, as in a fresh clone.
// 2. Checks the tarball's file list, then runs publint (--strict) and Are The Types Wrong
//    (`--profile esm-only`: the package is ESM only) on it.
// 3. Installs it into two scratch projects with pinned versions: `ts7` (TypeScript 7, ESLint 10) and
//    `js` (plain JavaScript, ESLint 10, no TypeScript). In each, ESLint lints a file that sends
//    `max_tokens` to `o3` and must report it (with `settings.openai.date` fixed, so the reports do not
//    move with the calendar), and the plugin's `explain` command runs. `js` must have no `typescript`
//    anywhere in node_modules; `ts7` only its own TypeScript 7, nowhere nested. In `ts7`, TypeScript 7
//    type-checks a config that imports the plugin.
//
//   node scripts/pack-check.js              run the checks; print the tarball's size and file count
//   node scripts/pack-check.js --measure    also install ESLint alone (and with TypeScript 7) to
//                                           compare node_modules sizes (du -sm)
//   node scripts/pack-check.js --keep       keep the temporary directory (its path is printed)
import { execFileSync, spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

const root = fileURLToPath(new URL('..', import.meta.url));

/** Versions installed in the scratch projects: exact, so the install is the same every day. */
export const VERSIONS = { eslint: '10.16.0', typescript: '7.0.2' };
/** `settings.openai.date` in the scratch projects (before o3's shutdown on 2026-12-11). */
export const DATE = '2026-12-04';

/** The sample every scratch project lints: `max_tokens` sent to a reasoning model. */
export const SAMPLE = `import OpenAI from 'openai';

const client = new OpenAI();

export async function ask(question) {
  return client.chat.completions.create({ model: 'o3', max_tokens: 100, messages: [{ role: 'user', content: question }] });
}
`;

/** What the tarball must carry, and what it must not (contributor material, sources, tests). */
const REQUIRED_FILES = [
  'package.json',
  'README.md',
  'LICENSE',
  'CHANGELOG.md',
  'bin/eslint-plugin-openai.js',
  'dist/index.js',
  'dist/index.d.ts',
  'dist/configs.js',
  'dist/src/kb/index.js',
  'dist/src/kb/index.d.ts',
  'dist/src/cli/main.js',
  'dist/rules/index.js',
  'docs/rules/no-unsupported-max-tokens.md',
];
const FORBIDDEN = [/^docs\/performance\.md$/, /^CONTRIBUTING\.md$/, /^(src|rules|tests|scripts|bench|examples|\.ci)\//, /^(index|configs)\.ts$/, /^tsconfig/, /^vitest\.config/, /^eslint\.config/, /\.tgz$/];

class PackCheckError extends Error {}

function run(command, args, options) {
  const result = spawnSync(command, args, { encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, ...options });
  if (result.error) throw result.error;
  return result;
}

function mustRun(command, args, options) {
  const result = run(command, args, options);
  if (result.status !== 0) {
    throw new PackCheckError(`\`${command} ${args.join(' ')}\` in ${options.cwd} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  return result;
}

/** The repository's files as a fresh clone has them (plus untracked, not ignored, files). */
function repositoryFiles() {
  const out = execFileSync('git', ['ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8' });
  return out.split('\0').filter((file) => file && existsSync(join(root, file)));
}

/** `npm pack` in a copy of the repository without dist/: returns the tarball path and npm's summary. */
function pack(work) {
  const copy = join(work, 'repo');
  for (const file of repositoryFiles()) {
    mkdirSync(dirname(join(copy, file)), { recursive: true });
    copyFileSync(join(root, file), join(copy, file));
  }
  if (existsSync(join(copy, 'dist'))) throw new PackCheckError('the copy has a dist/ before packing: is dist/ tracked by git?');
  symlinkSync(join(root, 'node_modules'), join(copy, 'node_modules'), 'dir');
  const result = mustRun('npm', ['pack', '--json', '--pack-destination', work], { cwd: copy });
  const [summary] = JSON.parse(result.stdout.slice(result.stdout.indexOf('[')));
  return { tarball: join(work, summary.filename), summary };
}

function checkFileList(summary) {
  const files = summary.files.map((file) => file.path);
  const missing = REQUIRED_FILES.filter((file) => !files.includes(file));
  const extra = files.filter((file) => FORBIDDEN.some((pattern) => pattern.test(file)));
  const problems = [];
  if (missing.length > 0) problems.push(`missing: ${missing.join(', ')}`);
  if (extra.length > 0) problems.push(`should not be shipped: ${extra.join(', ')}`);
  if (problems.length > 0) throw new PackCheckError(`the tarball's file list is wrong (${problems.join('; ')})`);
  return files;
}

function bin(name) {
  return join(root, 'node_modules', '.bin', name);
}

/** publint --strict and attw --profile esm-only on the tarball; returns their output. */
function lintTarball(tarball) {
  const publint = mustRun(bin('publint'), ['run', tarball, '--strict'], { cwd: dirname(tarball) });
  const attw = mustRun(bin('attw'), [tarball, '--profile', 'esm-only', '--format', 'ascii', '--no-color', '--no-emoji'], { cwd: dirname(tarball) });
  return { publint: publint.stdout + publint.stderr, attw: attw.stdout + attw.stderr };
}

function writeProject(dir, { devDependencies, tarball }) {
  mkdirSync(join(dir, 'src'), { recursive: true });
  const pkg = { name: `scratch-${dir.split(/[\\/]/).pop()}`, version: '1.0.0', private: true, type: 'module', devDependencies: { ...devDependencies } };
  if (tarball) pkg.devDependencies['eslint-plugin-openai'] = pathToFileURL(tarball).href.replace(/^file:\/\//, 'file:');
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(pkg, null, 2)}\n`);
  writeFileSync(join(dir, 'src', 'ask.js'), SAMPLE);
  if (tarball) {
    writeFileSync(
      join(dir, 'eslint.config.js'),
      `import openai from 'eslint-plugin-openai';\n\nexport default [openai.configs.recommended, { settings: { openai: { date: '${DATE}' } } }];\n`,
    );
  }
}

function install(dir) {
  mustRun('npm', ['install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir });
}

/** Every `typescript` package under `dir/node_modules`, at any depth: `{ path, version }`, path relative to `dir`. */
export function findPackages(dir, name) {
  const found = [];
  const visit = (modules, rel) => {
    if (!existsSync(modules)) return;
    for (const entry of readdirSync(modules, { withFileTypes: true })) {
      if (!entry.isDirectory() || entry.name.startsWith('.')) continue;
      const scoped = entry.name.startsWith('@');
      const names = scoped ? readdirSync(join(modules, entry.name)).map((n) => `${entry.name}/${n}`) : [entry.name];
      for (const pkgName of names) {
        const pkgDir = join(modules, pkgName);
        const relPath = `${rel}node_modules/${pkgName}`;
        if (pkgName === name) {
          const manifest = join(pkgDir, 'package.json');
          found.push({ path: relPath, version: existsSync(manifest) ? JSON.parse(readFileSync(manifest, 'utf8')).version : null });
        }
        visit(join(pkgDir, 'node_modules'), `${relPath}/`);
      }
    }
  };
  visit(join(dir, 'node_modules'), '');
  return found;
}

/** ESLint's JSON report for src/ask.js in a scratch project (ESLint exits 1 when it reports errors). */
function lintSample(dir) {
  const result = run(process.execPath, [join(dir, 'node_modules', 'eslint', 'bin', 'eslint.js'), '--format', 'json', 'src/ask.js'], { cwd: dir });
  if (result.status !== 0 && result.status !== 1) {
    throw new PackCheckError(`eslint in ${dir} exited ${result.status}:\n${result.stdout}\n${result.stderr}`);
  }
  const [file] = JSON.parse(result.stdout);
  return file.messages.map((m) => ({ ruleId: m.ruleId, line: m.line, column: m.column, message: m.message, fix: m.fix ?? null }));
}

/** The plugin's `explain` command, as `npx eslint-plugin-openai explain ...` runs it in the project. */
function explain(dir) {
  const result = run(join(dir, 'node_modules', '.bin', 'eslint-plugin-openai'), ['explain', '--json', "400 Unsupported parameter: 'max_tokens' is not supported with this model."], { cwd: dir });
  if (result.status !== 0) throw new PackCheckError(`eslint-plugin-openai explain exited ${result.status} in ${dir}:\n${result.stdout}\n${result.stderr}`);
  return JSON.parse(result.stdout);
}

/** TypeScript 7 type-checks a file that imports the plugin and uses it as ESLint config (ts7 project only). */
function typecheck(dir) {
  writeFileSync(
    join(dir, 'tsconfig.json'),
    `${JSON.stringify({ compilerOptions: { module: 'nodenext', target: 'es2022', strict: true, noEmit: true, skipLibCheck: true }, files: ['src/config.ts'] }, null, 2)}\n`,
  );
  writeFileSync(
    join(dir, 'src', 'config.ts'),
    [
      "import type { Linter } from 'eslint';",
      "import openai from 'eslint-plugin-openai';",
      "import { KB_IDS } from 'eslint-plugin-openai/kb';",
      '',
      'export const config: Linter.Config[] = [openai.configs.recommended, openai.configs.all];',
      'export const entries: number = KB_IDS.length;',
      '',
    ].join('\n'),
  );
  const result = run(process.execPath, [join(dir, 'node_modules', 'typescript', 'bin', 'tsc'), '-p', 'tsconfig.json'], { cwd: dir });
  return { status: result.status, output: (result.stdout + result.stderr).trim() };
}

/** `du -sm node_modules` in megabytes. */
function megabytes(dir) {
  const out = execFileSync('du', ['-sm', join(dir, 'node_modules')], { encoding: 'utf8' });
  return Number(out.split(/\s/)[0]);
}

/**
 * Pack, check and install. Returns what it found; throws a PackCheckError naming the first failed step.
 * With `measure`, also installs the two projects without the plugin and reports node_modules sizes.
 */
export function packCheck({ log = () => {}, measure = false, keep = false } = {}) {
  const work = mkdtempSync(join(tmpdir(), 'eslint-plugin-openai-pack-'));
  try {
    log(`pack: npm pack in a copy of the repository (${work})`);
    const { tarball, summary } = pack(work);
    const files = checkFileList(summary);
    log(`pack: ${summary.filename}: ${summary.entryCount} files, ${summary.size} bytes packed, ${summary.unpackedSize} unpacked`);
    log('pack: publint --strict, attw --profile esm-only');
    const tarballLint = lintTarball(tarball);

    const projects = {
      ts7: { devDependencies: { eslint: VERSIONS.eslint, typescript: VERSIONS.typescript } },
      js: { devDependencies: { eslint: VERSIONS.eslint } },
    };
    const result = { tarball: summary.filename, fileCount: summary.entryCount, size: summary.size, unpackedSize: summary.unpackedSize, files, tarballLint, projects: {} };
    for (const [name, { devDependencies }] of Object.entries(projects)) {
      const dir = join(work, name);
      writeProject(dir, { devDependencies, tarball });
      log(`pack: ${name}: npm install ${Object.entries(devDependencies).map(([n, v]) => `${n}@${v}`).join(' ')} + the tarball`);
      install(dir);
      const project = {
        reports: lintSample(dir),
        typescript: findPackages(dir, 'typescript'),
        explain: explain(dir),
        typecheck: name === 'ts7' ? typecheck(dir) : null,
        megabytes: measure ? megabytes(dir) : null,
        megabytesWithoutPlugin: null,
      };
      if (measure) {
        const bare = join(work, `${name}-without-plugin`);
        writeProject(bare, { devDependencies, tarball: null });
        install(bare);
        project.megabytesWithoutPlugin = megabytes(bare);
      }
      result.projects[name] = project;
      log(`pack: ${name}: ${project.reports.length} report(s); typescript: ${project.typescript.map((t) => `${t.path}@${t.version}`).join(', ') || 'none'}`);
    }
    return result;
  } finally {
    if (keep) log(`pack: kept ${work}`);
    else rmSync(work, { recursive: true, force: true });
  }
}

/** The checks `npm run pack:check` makes on the result (the test asserts the same and more). */
function verify(result) {
  const problems = [];
  for (const [name, project] of Object.entries(result.projects)) {
    if (!project.reports.some((r) => r.ruleId === 'openai/no-unsupported-max-tokens' && r.fix?.text === 'max_completion_tokens')) {
      problems.push(`${name}: ESLint did not report max_tokens with o3: ${JSON.stringify(project.reports)}`);
    }
  }
  const ts = (name) => result.projects[name].typescript;
  if (ts('js').length > 0) problems.push(`js: typescript installed: ${JSON.stringify(ts('js'))}`);
  if (JSON.stringify(ts('ts7')) !== JSON.stringify([{ path: 'node_modules/typescript', version: VERSIONS.typescript }])) {
    problems.push(`ts7: expected only the project's typescript ${VERSIONS.typescript}: ${JSON.stringify(ts('ts7'))}`);
  }
  if (result.projects.ts7.typecheck.status !== 0) problems.push(`ts7: tsc failed:\n${result.projects.ts7.typecheck.output}`);
  return problems;
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  const { values } = parseArgs({ options: { measure: { type: 'boolean', default: false }, keep: { type: 'boolean', default: false } } });
  try {
    const result = packCheck({ log: (line) => console.log(line), ...values });
    const problems = verify(result);
    console.log(`\n${result.tarball}: ${result.fileCount} files, ${(result.size / 1024).toFixed(1)} kB packed, ${(result.unpackedSize / 1024).toFixed(1)} kB unpacked`);
    if (values.measure) {
      for (const [name, project] of Object.entries(result.projects)) {
        console.log(`${name}: node_modules ${project.megabytesWithoutPlugin} MB without the plugin, ${project.megabytes} MB with it (du -sm)`);
      }
    }
    if (problems.length > 0) {
      console.error(`\npack-check failed:\n  ${problems.join('\n  ')}`);
      process.exitCode = 1;
    } else {
      console.log('pack-check passed');
    }
  } catch (error) {
    if (!(error instanceof PackCheckError)) throw error;
    console.error(`pack-check failed: ${error.message}`);
    process.exitCode = 1;
  }
}
