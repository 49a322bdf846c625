// `npm run corpus` (builds first): download the real-world corpus where missing, lint it with the
// built plugin (configs.all), print a summary and write corpus-report.json (gitignored).
//   --update   rewrite tests/corpus/expected.json: existing verdicts and reasons are kept, new
//              reports are added as "unreviewed", reports that disappeared are dropped.
//   --fix      also run the fix round-trip (in memory) and summarise it.
// Exits 1 on a crash, a fatal parse error, or reports that differ from the expectations file.
import { writeFileSync } from 'node:fs';
import { relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  EXPECTED_FILE,
  compareWithExpected,
  ensureCorpus,
  keyOf,
  lintCorpus,
  readExpected,
  reportKeys,
  updatedExpected,
} from './corpus-lib.js';

const root = fileURLToPath(new URL('..', import.meta.url));
const reportFile = fileURLToPath(new URL('../corpus-report.json', import.meta.url));
const args = new Set(process.argv.slice(2));
const log = (line) => console.log(line);

const count = (items, key) => {
  const counts = {};
  for (const item of items) counts[key(item)] = (counts[key(item)] ?? 0) + 1;
  return Object.fromEntries(Object.entries(counts).sort(([a], [b]) => a.localeCompare(b)));
};

async function main() {
  const packages = await ensureCorpus({ log });
  const result = await lintCorpus({ packages, fix: args.has('--fix'), log });
  const { totals } = result;
  const reports = reportKeys(result);
  const callSites = result.files.flatMap((entry) => entry.callSites.map((site) => ({ file: entry.file, ...site })));
  const crashes = result.files.filter((entry) => entry.crash).map((entry) => ({ file: entry.file, error: entry.crash }));
  const fatal = result.files.flatMap((entry) => entry.fatal.map((error) => ({ file: entry.file, ...error })));
  const fixed = result.files.filter((entry) => entry.fix);
  const expected = readExpected();
  const diff = compareWithExpected(result, expected);

  const perPackage = packages.map((pkg) => {
    const id = `${pkg.name}@${pkg.version}`;
    const entries = result.files.filter((entry) => entry.package === id);
    return {
      package: id,
      files: entries.length,
      lines: entries.reduce((sum, entry) => sum + entry.lines, 0),
      bytes: entries.reduce((sum, entry) => sum + entry.bytes, 0),
      callSites: entries.reduce((sum, entry) => sum + entry.callSites.length, 0),
      reports: entries.reduce((sum, entry) => sum + entry.messages.length, 0),
    };
  });
  const report = {
    cacheDir: result.cacheDir,
    totals,
    packages: perPackage,
    reportsPerRule: count(reports, (r) => r.rule),
    callSitesPerKind: count(callSites, (site) => site.site),
    reports: reports.map((r) => ({ ...r, verdict: expected.reports.find((e) => keyOf(e) === keyOf(r))?.verdict ?? 'unrecorded' })),
    callSites,
    crashes,
    fatal,
    fix: args.has('--fix')
      ? fixed.map((entry) => ({ file: entry.file, ...entry.fix, output: undefined }))
      : 'not run (pass --fix)',
    expectations: { file: relative(root, EXPECTED_FILE), added: diff.added, removed: diff.removed },
  };
  writeFileSync(reportFile, `${JSON.stringify(report, null, 2)}\n`);

  const pad = (value, width) => String(value).padStart(width);
  console.log('\ncorpus: package                             files    lines      bytes  calls  reports');
  for (const p of perPackage) {
    console.log(`  ${p.package.padEnd(40)}${pad(p.files, 5)}${pad(p.lines, 9)}${pad(p.bytes, 11)}${pad(p.callSites, 7)}${pad(p.reports, 9)}`);
  }
  console.log(
    `  ${'total'.padEnd(40)}${pad(totals.files, 5)}${pad(totals.lines, 9)}${pad(totals.bytes, 11)}${pad(totals.callSites, 7)}${pad(totals.reports, 9)}`,
  );
  console.log(`\ncall sites by method (client): ${JSON.stringify(report.callSitesPerKind, null, 1).replace(/\n\s*/g, ' ')}`);
  console.log(`reports per rule: ${JSON.stringify(report.reportsPerRule, null, 1).replace(/\n\s*/g, ' ')}`);
  for (const r of report.reports) console.log(`  ${r.file}:${r.line} ${r.rule} [${r.verdict}]`);
  console.log(`crashes: ${crashes.length}`);
  for (const crash of crashes) console.log(`  ${crash.file}\n    ${crash.error.split('\n').join('\n    ')}`);
  console.log(`fatal parse errors: ${fatal.length}`);
  for (const error of fatal) console.log(`  ${error.file}:${error.line}:${error.column} ${error.message}`);
  if (args.has('--fix')) {
    const bad = fixed.filter((entry) => entry.fix.fatal.length > 0 || entry.fix.refixed || entry.fix.rulesAfter.some((id) => !entry.fix.rulesBefore.includes(id)));
    console.log(`fix round-trip: ${fixed.length} file(s) fixed, ${bad.length} problem(s)`);
    for (const entry of bad) console.log(`  ${entry.file}: ${JSON.stringify({ ...entry.fix, output: undefined })}`);
  }
  console.log(`lint time: ${(totals.ms / 1000).toFixed(1)} s; report written to ${relative(root, reportFile)}`);

  if (args.has('--update')) {
    const next = updatedExpected(result, expected);
    writeFileSync(EXPECTED_FILE, `${JSON.stringify(next, null, 2)}\n`);
    console.log(`${relative(root, EXPECTED_FILE)} updated: ${next.reports.length} report(s), minCallSites ${next.minCallSites}`);
  } else if (diff.added.length > 0 || diff.removed.length > 0) {
    console.log(`\nreports differ from ${relative(root, EXPECTED_FILE)} (run with --update, then review):`);
    for (const r of diff.added) console.log(`  + ${keyOf(r)}`);
    for (const r of diff.removed) console.log(`  - ${keyOf(r)}`);
    process.exitCode = 1;
  }
  if (crashes.length > 0 || fatal.length > 0) process.exitCode = 1;
}

main().catch((error) => {
  console.error(`corpus: FAILED: ${error?.stack ?? error}`);
  process.exitCode = 1;
});
