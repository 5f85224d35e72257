// Builds the site from a given snapshot into a given folder (test-only wrapper around `astro build`).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';

export interface BuildOptions {
  readonly snapshotDir: string;
  readonly outDir: string;
  /** Only editions from this date on (plus every other page); the whole archive when absent. */
  readonly editionsFrom?: string;
}

export async function buildSite({ snapshotDir, outDir, editionsFrom }: BuildOptions): Promise<void> {
  const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', SNAPSHOT_DIR: snapshotDir };
  if (editionsFrom) env.EDITIONS_FROM = editionsFrom;
  else delete env.EDITIONS_FROM;
  try {
    await promisify(execFile)('node_modules/.bin/astro', ['build', '--outDir', outDir], { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as Error & { stdout?: string; stderr?: string };
    throw new Error(`astro build from ${snapshotDir} into ${outDir} failed:\n${(e.stderr || e.stdout || e.message).slice(-4000)}`);
  }
}
