import { execFileSync } from 'node:child_process';
import type { APIRoute } from 'astro';
import { currentBuild } from '../site/build.ts';
import { statusDocument } from '../site/status-document.ts';

/** The commit being built: GITHUB_SHA in Actions, else git's HEAD, else unknown (a tarball). */
function buildCommit(): string | null {
  if (process.env.GITHUB_SHA) return process.env.GITHUB_SHA;
  try {
    return execFileSync('git', ['rev-parse', 'HEAD'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim() || null;
  } catch {
    return null;
  }
}

export const GET: APIRoute = async () => {
  const build = await currentBuild();
  const { snap } = build;
  const latest = build.timeline.get(build.latest);
  if (!latest) throw new Error('status.json: the latest edition has no metrics');
  return new Response(`${JSON.stringify(statusDocument(snap, latest, buildCommit()), null, 2)}\n`, {
    headers: { 'content-type': 'application/json; charset=utf-8' },
  });
};
