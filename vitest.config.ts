import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    // The browser test builds the whole site first: ~2 min alone, over 4 min on a loaded 2-core
    // machine (it timed out at 240 s there). Unit tests finish in milliseconds.
    testTimeout: 20_000,
    // Two files at a time even on a 2-core runner (Vitest's default there is one): the browser and
    // CLI tests mostly wait on Chromium or a child build, so a second file overlaps them. Full run
    // on this 2-core machine: 14.4 min with one worker, 10.2 min with two, all passing.
    maxWorkers: 2,
    hookTimeout: 600_000,
    // Builds the site once into dist/ for all browser tests, before any test file runs.
    globalSetup: ['tests/e2e/a11y-build.ts'],
  },
});
