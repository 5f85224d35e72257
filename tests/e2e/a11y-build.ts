// Vitest globalSetup: builds the site once into dist/, before any test file runs, for every
// browser test (tests/e2e/*.test.ts) to share: one build instead of one per file, and none
// competing with the browser tests for the CI machine's two cores. Skipped when the run's file
// filters select no browser test, so `vitest run tests/unit/x.test.ts` stays fast; a browser
// test file run without it builds on its own.
import type { TestProject } from 'vitest/node';
import { buildSite, SITE_DIR } from './a11y-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built site's directory, or '' when this setup did not build. */
    builtSite: string;
  }
}

export default async function setup(project: TestProject): Promise<void> {
  // Vitest keeps the CLI's file filters here (not a public API; when absent we build).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (filters && !filters.some((f) => /e2e|a11y|site/.test(f))) {
    project.provide('builtSite', '');
    return;
  }
  const started = Date.now();
  await buildSite(SITE_DIR);
  console.log(`globalSetup: built the site into ${SITE_DIR}/ in ${Math.round((Date.now() - started) / 1000)} s`);
  project.provide('builtSite', SITE_DIR);
}
