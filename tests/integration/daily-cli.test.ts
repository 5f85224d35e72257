// `npm run daily` end to end, as the workflow runs it: a child process that updates a temp copy
// of the snapshot from the loopback fake sources, builds the site (a few editions only, to keep
// it short) and checks it. The frozen fixture snapshot (tests/fixtures/snapshot) is cut at 2025-10-20 so the update has real rows
// to add and the latest edition must move to the fake sources' last day.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extentOf } from '../../src/snapshot/snapshot.ts';
import { readSnapshot, writeSnapshot } from '../../src/snapshot/store.ts';
import { startFakeSources, type FakeSources } from '../fakes/sources-server.ts';
import { buildWorld, WORLD_TO } from '../fakes/world.ts';
import { closedPortUrl, FIXTURE_DIR, fixtureSnapshot } from '../helpers.ts';

const CUT = '2025-10-20';
const SITE = 'https://liquidity.example.org/';
let server: FakeSources;
let work: string;

/** A copy of the frozen fixture snapshot with every series cut at `date`. */
async function snapshotCutAt(dir: string, date: string): Promise<void> {
  await cp(FIXTURE_DIR, dir, { recursive: true });
  const snap = await readSnapshot(dir);
  const series = new Map([...snap.series].map(([id, obs]) => [id, obs.filter((o) => o.date <= date)]));
  const manifest = {
    ...snap.manifest,
    series: snap.manifest.series.map((m) => ({ ...m, ...extentOf(series.get(m.id) ?? []) })),
    revisions: snap.manifest.revisions.filter((r) => r.date <= date),
  };
  await writeSnapshot(dir, { manifest, series });
}

function runDaily(env: Record<string, string>, args: string[]): Promise<{ code: number | null; out: string }> {
  const child = spawn(process.execPath, ['scripts/daily.ts', ...args], {
    env: {
      PATH: process.env.PATH ?? '', UPDATE_TODAY: '2025-11-06',
      UPDATE_TIMEOUT_MS: '2000', UPDATE_ATTEMPTS: '2', UPDATE_RETRY_BASE_MS: '1', FRED_MIN_INTERVAL_MS: '0',
      FRED_BASE_URL: server.url, NYFED_BASE_URL: server.url, FISCALDATA_BASE_URL: server.url, ...env,
    },
  });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((ok) => child.on('close', (code) => ok({ code, out })));
}

beforeAll(async () => {
  server = await startFakeSources(buildWorld(await fixtureSnapshot()));
  work = await mkdtemp(join(tmpdir(), 'daily-cli-'));
});
afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

describe('npm run daily', () => {
  it('updates, builds for the public address and checks the site; the latest edition is the new data', async () => {
    const snap = join(work, 'data');
    const dist = join(work, 'dist');
    await snapshotCutAt(snap, CUT);
    const summaryFile = join(work, 'summary.json');
    const messageFile = join(work, 'message.txt');
    const stepSummary = join(work, 'step-summary.md');
    // EFFR's source answers with a maintenance page: it stays stale, the rest is published (exit 2).
    server.faults.set('fred:EFFR', { kind: 'html' });
    const { code, out } = await runDaily(
      { SNAPSHOT_DIR: snap, SITE_URL: SITE, EDITIONS_FROM: '2025-11-04', GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: stepSummary },
      ['--out', dist, '--summary', summaryFile, '--commit-message', messageFile],
    );
    server.faults.clear();
    const summary = JSON.parse(await readFile(summaryFile, 'utf8'));
    expect(summary.stage, out).toBe('done');
    expect(code).toBe(2);
    expect(summary.exitCode).toBe(2);
    expect(summary.update.outcomes.find((o: { id: string }) => o.id === 'EFFR')).toMatchObject({ status: 'stale', last: CUT });
    expect(out).toMatch(/^::warning title=Stale series EFFR::EFFR \(fred\) kept its data through 2025-10-20: EFFR: got an HTML page/m);
    expect(await readFile(stepSummary, 'utf8')).toMatch(/^\| EFFR \| fred \| 0 \| 0 \| 2025-10-20 \| stale \|/m);
    expect(out).toMatch(/daily \[1\/3\] update/);
    expect(out).toMatch(/daily \[2\/3\] build/);
    expect(out).toMatch(/daily \[3\/3\] check/);
    // SOFR of the fakes' last day (a Wednesday) is published the next business day: that is the latest edition.
    const latestEdition = '2025-11-06';
    expect(WORLD_TO).toBe('2025-11-05');
    expect(out).toContain(`latest edition in the snapshot: ${latestEdition}`);

    const sofr = summary.update.outcomes.find((o: { id: string }) => o.id === 'SOFR');
    expect(sofr).toMatchObject({ status: 'ok', last: WORLD_TO });
    expect(sofr.added).toBeGreaterThan(10);
    expect(summary.snapshotChanged).toBe(true);
    const message = await readFile(messageFile, 'utf8');
    expect(message).toMatch(new RegExp(`^data: \\d+ new rows, \\d+ revisions? through ${WORLD_TO}; \\d+ stale\\n`));
    expect(message).toMatch(/^EFFR\s+fred\s+\+0 new, 0 revised\s+STALE \(last 2025-10-20\): EFFR: got an HTML page/m);
    expect(message).toMatch(new RegExp(`^SOFR\\s+fred\\s+\\+${sofr.added} new, 0 revised\\s+last ${WORLD_TO}$`, 'm'));

    // The built site: today's edition on both home pages, every absolute URL on the public address.
    for (const home of ['index.html', 'en/index.html']) {
      expect(await readFile(join(dist, home), 'utf8')).toContain(`data-as-of="${latestEdition}"`);
    }
    const feedEn = await readFile(join(dist, 'en/rss.xml'), 'utf8');
    expect(feedEn).toMatch(new RegExp(`<channel><title>[^<]*</title><description>[^<]*</description><link>${SITE}en/</link>`));
    expect(feedEn).toContain(`<link>${SITE}en/reports/${latestEdition}/</link>`);
    const sitemaps = (await readdir(dist)).filter((f) => /^sitemap.*\.xml$/.test(f));
    expect(sitemaps.length).toBeGreaterThanOrEqual(2);
    for (const f of sitemaps) {
      const xml = await readFile(join(dist, f), 'utf8');
      expect(xml).not.toMatch(/127\.0\.0\.1|localhost/);
      expect(xml).toContain(`<loc>${SITE}`);
    }
  }, 300_000);

  it('stops at the build (exit 3) when a template block lost its closing fence, naming file:line:column', async () => {
    // A copy of the real templates with the "stressed" verdict's closing ":::" taken out: the
    // block would swallow the "tight" verdict, so the build must refuse it.
    const reports = join(work, 'reports');
    await cp('content/reports', reports, { recursive: true });
    const lines = (await readFile(join(reports, 'en.md'), 'utf8')).split('\n');
    const open = lines.indexOf(':::when{if="signal.overall == stress"}');
    const fence = lines.indexOf(':::', open);
    expect([open, fence].every((i) => i >= 0)).toBe(true);
    await writeFile(join(reports, 'en.md'), [...lines.slice(0, fence), ...lines.slice(fence + 1)].join('\n'));
    const snap = join(work, 'fence-data');
    await cp(FIXTURE_DIR, snap, { recursive: true });
    const { code, out } = await runDaily(
      { SNAPSHOT_DIR: snap, SITE_URL: SITE, EDITIONS_FROM: '2025-11-20', REPORTS_DIR: reports },
      ['--skip-update', '--out', join(work, 'fence-dist')],
    );
    expect(out).toContain(`${reports}/en.md:${open + 1}:1: the block ":::when" that starts here has no closing line; add a line ":::" where it should end.`);
    expect(out).toMatch(/daily: build failed: astro build exited 1/);
    expect(code).toBe(3);
  }, 120_000);

  it('refuses to start without the public address, before fetching anything', async () => {
    server.requests.length = 0;
    const { code, out } = await runDaily({ SNAPSHOT_DIR: join(work, 'unused') }, []);
    expect(out).toMatch(/PUBLISH is set but SITE_URL is not/);
    expect(code).toBe(1);
    expect(server.requests).toEqual([]);
  });

  it('a publishing build without SITE_URL stops at the config with a clear message', async () => {
    const child = spawn(process.execPath, ['node_modules/astro/bin/astro.mjs', 'build', '--outDir', join(work, 'never')], {
      env: { PATH: process.env.PATH ?? '', PUBLISH: '1', ASTRO_TELEMETRY_DISABLED: '1' },
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.stderr.on('data', (d) => (out += d));
    const code = await new Promise((ok) => child.on('close', ok));
    expect(out).toMatch(/site URL: PUBLISH is set but SITE_URL is not\. Set SITE_URL to the public address of the site/);
    expect(code).not.toBe(0);
    await expect(readdir(join(work, 'never'))).rejects.toThrow(/ENOENT/);
  }, 60_000);

  it('exits 1 and builds nothing when no source can be reached', async () => {
    const snap = join(work, 'offline');
    await cp('content/data', snap, { recursive: true });
    const dead = await closedPortUrl();
    const { code, out } = await runDaily(
      { SNAPSHOT_DIR: snap, SITE_URL: SITE, FRED_BASE_URL: dead, NYFED_BASE_URL: dead, FISCALDATA_BASE_URL: dead, UPDATE_ATTEMPTS: '1' },
      ['--out', join(work, 'offline-dist')],
    );
    expect(out).toMatch(/daily: update reached no source \(no network\?\); nothing was written and nothing will be published/);
    expect(out).not.toMatch(/daily \[2\/3\] build/);
    expect(code).toBe(1);
    await expect(readdir(join(work, 'offline-dist'))).rejects.toThrow(/ENOENT/);
  }, 60_000);
});
