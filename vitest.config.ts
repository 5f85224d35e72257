import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser test builds the site first; unit tests finish in milliseconds.
    testTimeout: 20_000,
    hookTimeout: 240_000,
    // Builds the site once into dist/ for all browser tests, before any test file runs.
    globalSetup: ['tests/e2e/a11y-build.ts'],
  },
});
