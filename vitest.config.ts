import { configDefaults, defineConfig } from 'vitest/config';

/**
 * Two projects. `npm test` runs `fast`: rules, core, docs, CLI, models and plugin tests, in seconds.
 * `npm run test:slow` runs `slow`: the real-world corpus (downloads packages once), the fixed-seed
 * fuzz batch, the integration recipes (ESLint CLI, workers, editor, SARIF, GitHub Actions) and the
 * packed tarball installed into scratch projects (needs the npm registry). CI (.ci/run) runs both.
 * `npx vitest run <file>` runs one file whichever project it is in.
 */
const SLOW = ['tests/corpus/**/*.test.ts', 'tests/fuzz.test.ts', 'tests/integration/**/*.test.ts'];

export default defineConfig({
  test: {
    setupFiles: ['tests/setup.ts'],
    // Tests drive the ESLint API (Linter, ESLint class, whole-corpus runs): allow for slow CI machines.
    testTimeout: 30_000,
    hookTimeout: 30_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'fast',
          isolate: false,
          include: ['tests/**/*.test.ts'],
          exclude: [...configDefaults.exclude, 'tests/fixtures/**', ...SLOW],
        },
      },
      {
        extends: true,
        test: {
          name: 'slow',
          include: SLOW,
          exclude: [...configDefaults.exclude, 'tests/fixtures/**'],
        },
      },
    ],
  },
});
