// Builds the site from a given snapshot into a given folder (test-only wrapper around the launcher scripts/build.ts).
import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { astroBuildCommand, buildEnv } from '../../scripts/build.ts';

export interface BuildOptions {
  readonly snapshotDir: string;
  readonly outDir: string;
  /** Only editions from this date on (plus every other page); the whole archive when absent. */
  readonly editionsFrom?: string;
}

export async function buildSite({ snapshotDir, outDir, editionsFrom }: BuildOptions): Promise<void> {
  const env: NodeJS.ProcessEnv = buildEnv({ ...process.env, SNAPSHOT_DIR: snapshotDir });
  if (editionsFrom) env.EDITIONS_FROM = editionsFrom;
  else delete env.EDITIONS_FROM;
  try {
    const { command, args } = astroBuildCommand(['--outDir', outDir]);
    await promisify(execFile)(command, args, { env, maxBuffer: 64 * 1024 * 1024 });
  } catch (err) {
    const e = err as Error & { stdout?: string; stderr?: string };
    throw new Error(`astro build from ${snapshotDir} into ${outDir} failed:\n${(e.stderr || e.stdout || e.message).slice(-4000)}`);
  }
}
