import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser test builds the site first; unit tests finish in milliseconds.
    testTimeout: 20_000,
    hookTimeout: 240_000,
    // Builds a small site once for tests/e2e/a11y.test.ts before any test file runs.
    globalSetup: ['tests/e2e/a11y-build.ts'],
  },
});
