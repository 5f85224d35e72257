import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser test builds the whole site first: ~2 min alone, over 4 min on a loaded 2-core
    // machine (it timed out at 240 s there). Unit tests finish in milliseconds.
    testTimeout: 20_000,
    hookTimeout: 600_000,
    // Builds the site once into dist/ for all browser tests, before any test file runs.
    globalSetup: ['tests/e2e/a11y-build.ts'],
  },
});
