// Builds the site for the accessibility and validity tests: every page type, with editions from
// EDITIONS_FROM on only (the templates are the same for every date), into a temporary directory.
import { execFile } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';

export const A11Y_TEST_FILE = 'tests/e2e/a11y.test.ts';
/** A reserved domain: proves absolute URLs come from the configured site, not from localhost. */
export const TEST_SITE_URL = 'https://usd-liquidity.example/';
const EDITIONS_FROM = '2026-08-01';

export async function buildSmallSite(): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'usd-liquidity-a11y-'));
  try {
    await promisify(execFile)('node_modules/.bin/astro', ['build', '--outDir', dir], {
      env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', EDITIONS_FROM, SITE_URL: TEST_SITE_URL },
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`a11y tests: astro build into ${dir} failed:\n${(err.stderr || err.stdout || err.message).slice(-4000)}`);
  }
  return dir;
}

export const removeSite = (dir: string) => rm(dir, { recursive: true, force: true });
