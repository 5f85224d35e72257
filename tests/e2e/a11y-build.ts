// Vitest globalSetup: builds a small site once (editions of the last weeks only, every other
// page in full) into a temporary directory for tests/e2e/a11y.test.ts, before any test file runs,
// so it never races the full build in site.test.ts. Skipped when the run's file filters leave the
// a11y tests out, so a targeted `vitest run tests/unit/x.test.ts` stays fast; the test file then
// builds on its own if it runs anyway.
import type { TestProject } from 'vitest/node';
import { buildSmallSite, removeSite, A11Y_TEST_FILE } from './a11y-site.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    a11ySite: string;
  }
}

export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  // Vitest keeps the CLI's file filters here (not a public API; when absent we build).
  const filters = (project.vitest as unknown as { filenamePattern?: string[] }).filenamePattern;
  if (filters && !filters.some((f) => A11Y_TEST_FILE.includes(f) || f.includes('a11y'))) {
    project.provide('a11ySite', '');
    return async () => {};
  }
  const dir = await buildSmallSite();
  project.provide('a11ySite', dir);
  return () => removeSite(dir);
}
