// The dist-tag guard, run by `npm run lint`: fails when a package in package-lock.json declares a
// dependency by dist-tag (`latest`, `next`, `beta`, ...) that package.json's `overrides` does not pin.
//
// Why: a dist-tag moves on the registry. When it does, the committed lock no longer satisfies the
// tree and `npm ci` stops with "lock file's X does not satisfy X" on every fresh clone, although CI
// passed the day the lock was written. An override with a version (or range) makes the tree fixed.
//
//   node scripts/check-lock.js                        check ./package-lock.json against ./package.json
//   node scripts/check-lock.js <lock.json> <package.json>
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import semver from 'semver';

const DEPENDENCY_FIELDS = ['dependencies', 'optionalDependencies', 'peerDependencies', 'devDependencies'];

/**
 * Whether `spec` (the value of a dependency in a package.json) names a dist-tag: anything npm does not
 * read as a semver range, a URL or protocol spec (`https:`, `git+ssh:`, `github:`, `file:`, ...), a
 * path, a `user/repo` git shorthand or an alias (`npm:name@<spec>`, whose own spec is checked).
 */
export function isDistTag(spec) {
  if (typeof spec !== 'string') return false;
  const value = spec.trim();
  if (value.startsWith('npm:')) {
    const target = value.slice(4);
    const at = target.lastIndexOf('@');
    // `npm:name` alone means `npm:name@latest`.
    if (at <= 0) return true;
    return isDistTag(target.slice(at + 1));
  }
  if (/^[a-z][a-z0-9+.-]*:/i.test(value)) return false; // URL, git, file:, link:, workspace:, ...
  if (/^(\.{1,2}\/|\/|~\/|\.{1,2}$)/.test(value)) return false; // a path
  if (/^[^@/\s][^/\s]*\/[^/\s]+$/.test(value)) return false; // user/repo shorthand
  return semver.validRange(value, { loose: true }) === null;
}

/** The override values `overrides` gives for dependency `name`, at any depth (`name` or `name@<range>` keys). */
function overridesFor(overrides, name) {
  const found = [];
  const visit = (node) => {
    if (!node || typeof node !== 'object') return;
    for (const [key, value] of Object.entries(node)) {
      const keyName = key.startsWith('@') ? `@${key.slice(1).split('@')[0]}` : key.split('@')[0];
      if (keyName === name) {
        if (typeof value === 'string') found.push(value);
        else if (value && typeof value === 'object' && typeof value['.'] === 'string') found.push(value['.']);
      }
      if (value && typeof value === 'object') visit(value);
    }
  };
  visit(overrides);
  return found;
}

/** Whether an override value fixes the version: a non-tag spec, or `$dep` naming a root dependency that is one. */
function pins(value, rootPackage) {
  if (value.startsWith('$')) {
    const name = value.slice(1);
    const spec = DEPENDENCY_FIELDS.map((field) => rootPackage?.[field]?.[name]).find((s) => typeof s === 'string');
    return spec !== undefined && !isDistTag(spec);
  }
  return !isDistTag(value);
}

/**
 * Every dependency in `lock` (a package-lock.json, lockfileVersion 2 or 3) declared by dist-tag and not
 * pinned by `packageJson.overrides`: `{ location, name, spec, field }`, `location` being the lock key
 * ("" for the project itself).
 */
export function findUnpinnedDistTags(lock, packageJson) {
  if (!lock || typeof lock !== 'object' || !lock.packages || typeof lock.packages !== 'object') {
    throw new Error('check-lock: expected a package-lock.json with a "packages" object (lockfileVersion 2 or 3)');
  }
  const overrides = packageJson?.overrides ?? {};
  const problems = [];
  for (const [location, entry] of Object.entries(lock.packages)) {
    for (const field of DEPENDENCY_FIELDS) {
      for (const [name, spec] of Object.entries(entry?.[field] ?? {})) {
        if (!isDistTag(spec)) continue;
        if (overridesFor(overrides, name).some((value) => pins(value, packageJson))) continue;
        problems.push({ location, name, spec, field });
      }
    }
  }
  return problems;
}

/** The message for the problems found, one line each, with the way to fix them. */
export function formatProblems(problems) {
  const lines = problems.map(
    (p) => `  ${p.location || '(root)'} declares ${p.name}: "${p.spec}" in ${p.field}`,
  );
  return [
    `check-lock: ${problems.length} dependenc${problems.length === 1 ? 'y is' : 'ies are'} declared by dist-tag and not pinned by "overrides":`,
    ...lines,
    'A dist-tag moves on the registry, and `npm ci` then rejects the lock. Pin each one in package.json, e.g.',
    `  "overrides": { "${problems[0]?.name ?? 'name'}": "<the version in package-lock.json>" }`,
  ].join('\n');
}

function main(argv) {
  const lockPath = resolve(argv[0] ?? 'package-lock.json');
  const packagePath = resolve(argv[1] ?? 'package.json');
  const problems = findUnpinnedDistTags(JSON.parse(readFileSync(lockPath, 'utf8')), JSON.parse(readFileSync(packagePath, 'utf8')));
  if (problems.length > 0) {
    console.error(formatProblems(problems));
    process.exitCode = 1;
  } else {
    console.log('check-lock: no unpinned dist-tag dependencies in package-lock.json');
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) main(process.argv.slice(2));
