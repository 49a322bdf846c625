import { configDefaults, defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    exclude: [...configDefaults.exclude, 'tests/fixtures/**'],
    setupFiles: ['tests/setup.ts'],
    // Tests drive the ESLint API (Linter, ESLint class, whole-corpus runs): allow for slow CI machines.
    testTimeout: 30_000,
    hookTimeout: 30_000,
  },
});
