// Builds the site the browser tests check.
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { astroBuildCommand, buildEnv } from '../../scripts/build.ts';

export const SITE_DIR = 'dist';
/** A reserved domain: proves absolute URLs come from the configured site, not from localhost. */
export const TEST_SITE_URL = 'https://usd-liquidity.example/';

/**
 * The site built (launcher scripts/build.ts) into `outDir`, with the test site URL. `editionsFrom` limits the edition pages
 * (the templates are the same for every date) for a quicker build of a single test file.
 */
export async function buildSite(outDir: string, editionsFrom?: string, siteUrl = TEST_SITE_URL): Promise<void> {
  try {
    const { command, args } = astroBuildCommand(['--outDir', outDir]);
    await promisify(execFile)(command, args, {
      env: buildEnv({ ...process.env, SITE_URL: siteUrl, ...(editionsFrom ? { EDITIONS_FROM: editionsFrom } : {}) }),
      maxBuffer: 64 * 1024 * 1024,
    });
  } catch (e) {
    const err = e as { stderr?: string; stdout?: string; message: string };
    throw new Error(`browser tests: astro build into ${outDir} failed:\n${(err.stderr || err.stdout || err.message).slice(-4000)}`);
  }
}
