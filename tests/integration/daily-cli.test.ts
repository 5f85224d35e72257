// `npm run daily` end to end, as the workflow runs it: a child process that updates a temp copy
// of the snapshot from the loopback fake sources, builds the site (a few editions only, to keep
// it short) and checks it. The frozen fixture snapshot (tests/fixtures/snapshot) is cut at 2025-10-20 so the update has real rows
// to add and the latest edition must move to the fake sources' last day.
import { cp, mkdtemp, readFile, readdir, rm, writeFile } from 'node:fs/promises';
import { unzipSync } from 'fflate';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sitemapLocs } from '../../src/daily/checks.ts';
import { extentOf } from '../../src/snapshot/snapshot.ts';
import { buildJobs } from '../../src/update/plan.ts';
import { readSnapshot, writeSnapshot } from '../../src/snapshot/store.ts';
import { launchChromium } from '../e2e/browser.ts';
import { checkLinks } from '../e2e/link-check.ts';
import { serveDir } from '../e2e/static-server.ts';
import { fakeSourcesEnv, runScript } from '../fakes/run-script.ts';
import { startFakeSources, type Fault, type FakeSources } from '../fakes/sources-server.ts';
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

/** Every file under dir, recursively, with its bytes (ZIP members as their own entries). */
async function allFiles(dir: string): Promise<Map<string, Buffer>> {
  const out = new Map<string, Buffer>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!e.isFile()) continue;
    const path = join(e.parentPath, e.name);
    const bytes = await readFile(path);
    out.set(path, bytes);
    if (path.endsWith('.zip')) {
      for (const [name, data] of Object.entries(unzipSync(bytes))) out.set(`${path}!${name}`, Buffer.from(data));
    }
  }
  return out;
}

const runDaily = (env: Record<string, string>, args: string[]) => runScript('scripts/daily.ts', args, { ...fakeSourcesEnv(server.url), ...env });

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
    expect(out).toMatch(/^::warning title=Published with stale series::1 series could not be refreshed/m);
    expect(out).toMatch(/^::warning title=Stale data from FRED::not refreshed: EFFR \(data through 2025-10-20\); first reason: EFFR: got an HTML page/m);
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
    const open = lines.findIndex((l) => l.startsWith(':::when{if="signal.overall == stress and channel.worst == 1 and signal.held == 0"'));
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

  it('refuses to start without the public address, before fetching anything, as a configuration error', async () => {
    server.requests.length = 0;
    const { code, out } = await runDaily({ SNAPSHOT_DIR: join(work, 'unused'), GITHUB_ACTIONS: 'true' }, []);
    expect(out).toMatch(/^daily: configuration error: site URL: PUBLISH is set but SITE_URL is not/m);
    expect(out).toMatch(/^::error title=Configuration error::Nothing was fetched or published\. site URL: PUBLISH is set but SITE_URL is not\. Set SITE_URL/m);
    expect(code).toBe(5);
    expect(server.requests).toEqual([]);
  });

  it('a publishing build without SITE_URL stops at the config with a clear message', async () => {
    // Through the launcher, as `npm run build:publish` runs it.
    const { code, out } = await runScript('scripts/build.ts', ['--outDir', join(work, 'never')], { PUBLISH: '1' });
    expect(out).toMatch(/site URL: PUBLISH is set but SITE_URL is not\. Set SITE_URL to the public address of the site/);
    expect(code).not.toBe(0);
    await expect(readdir(join(work, 'never'))).rejects.toThrow(/ENOENT/);
  }, 60_000);

  it('exits 1 and builds nothing when no source can be reached', async () => {
    const snap = join(work, 'offline');
    await cp('content/data', snap, { recursive: true });
    const dead = await closedPortUrl();
    const { code, out } = await runDaily(
      { SNAPSHOT_DIR: snap, SITE_URL: SITE, FRED_BASE_URL: dead, NYFED_BASE_URL: dead, FISCALDATA_BASE_URL: dead, OFR_BASE_URL: dead, UPDATE_ATTEMPTS: '1' },
      ['--out', join(work, 'offline-dist')],
    );
    expect(out).toMatch(/daily: update reached no source \(no network\?\); nothing was written and nothing will be published/);
    expect(out).not.toMatch(/daily \[2\/3\] build/);
    expect(code).toBe(1);
    await expect(readdir(join(work, 'offline-dist'))).rejects.toThrow(/ENOENT/);
  }, 60_000);

  it('never writes, prints or publishes FRED_API_KEY when every FRED request fails, whichever way', async () => {
    const KEY = 'f00dfeedc0ffee00deadbeef12345678'; // the shape FRED issues: 32 lowercase alphanumerics
    const snap = join(work, 'keyed');
    const dist = join(work, 'keyed-dist');
    await snapshotCutAt(snap, CUT);
    // Each FRED series fails a different way; a body that echoes the request (as a proxy's error
    // page might) is the hardest case, since parsers quote bodies in their errors.
    const ways: Fault[] = [
      { kind: 'status', status: 400 },
      { kind: 'status', status: 503 },
      { kind: 'status', status: 429, retryAfter: '3600' },
      { kind: 'hang' },
      { kind: 'reset' },
      { kind: 'truncate' },
      { kind: 'html' },
      { kind: 'body', transform: () => `Bad gateway for /fred/series/observations?api_key=${KEY}` },
      { kind: 'body', transform: (b) => `${b.slice(0, 40)}, "echo": "${KEY}"` },
    ];
    // Every FRED series the update fetches, whatever the catalog holds today.
    const fred = buildJobs({}).filter((j) => j.source === 'fred').flatMap((j) => j.series);
    expect(fred.length).toBeGreaterThan(20);
    fred.forEach((id, i) => { server.faults.set(`fred:${id}`, ways[i % ways.length]!); });
    server.requests.length = 0;
    const { code, out } = await runDaily(
      {
        SNAPSHOT_DIR: snap, SITE_URL: SITE, EDITIONS_FROM: '2025-10-17', FRED_API_KEY: KEY, UPDATE_TIMEOUT_MS: '500',
        GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: join(work, 'keyed-step-summary.md'),
      },
      ['--out', dist, '--summary', join(work, 'keyed-summary.json'), '--commit-message', join(work, 'keyed-message.txt')],
    );
    server.faults.clear();
    // The key was really sent (the API path was used), and the run went to the end: FRED stale, the rest published.
    expect(server.requests.filter((r) => r.includes(`api_key=${KEY}`)).length).toBeGreaterThanOrEqual(fred.length);
    expect(code, out).toBe(2);
    const summary = JSON.parse(await readFile(join(work, 'keyed-summary.json'), 'utf8'));
    expect(summary.update.outcomes.filter((o: { source: string; status: string }) => o.source === 'fred' && o.status === 'ok')).toEqual([]);
    expect(out).toMatch(/api_key=\*\*\*/); // the failures are reported, with the key redacted

    const written = new Map<string, Buffer>([['stdout+stderr', Buffer.from(out)], ...(await allFiles(snap)), ...(await allFiles(dist))]);
    for (const f of ['keyed-summary.json', 'keyed-message.txt', 'keyed-step-summary.md']) written.set(f, await readFile(join(work, f)));
    expect(written.size).toBeGreaterThan(100);
    const leaks = [...written].filter(([, bytes]) => bytes.includes(KEY)).map(([path]) => path);
    expect(leaks).toEqual([]);
  }, 300_000);

  it('publishes a fork at its project-site address: every link, feed, sitemap entry and search bundle under the path', async () => {
    const project = 'https://someone.github.io/usd-liquidity/';
    const base = '/usd-liquidity/';
    const snap = join(work, 'project');
    const dist = join(work, 'project-dist');
    await snapshotCutAt(snap, CUT);
    const { code, out } = await runDaily({ SNAPSHOT_DIR: snap, SITE_URL: project, EDITIONS_FROM: '2025-11-04' }, ['--out', dist]);
    // The daily checks passed, including "no page links outside the site's path".
    expect(code, out).toBe(0);

    const links = checkLinks(dist, base);
    expect(links.broken.slice(0, 10)).toEqual([]);
    expect(links.links).toBeGreaterThan(1000);
    for (const f of (await readdir(dist)).filter((x) => /^sitemap.*\.xml$/.test(x))) {
      for (const loc of sitemapLocs(await readFile(join(dist, f), 'utf8'))) expect(loc.startsWith(project), loc).toBe(true);
    }
    for (const [feed, home] of [['rss.xml', project], ['en/rss.xml', `${project}en/`], ['en/regime.xml', `${project}en/`]] as const) {
      const xml = await readFile(join(dist, feed), 'utf8');
      expect(xml).toContain(`<link>${home}</link>`);
      for (const [, link] of xml.matchAll(/<link>([^<]+)<\/link>/g)) expect(link!.startsWith(project), link).toBe(true);
    }
    const shards = JSON.parse(await readFile(join(dist, 'pagefind/shards.json'), 'utf8')) as Record<string, string[]>;
    expect(Object.values(shards).flat().length).toBeGreaterThan(0);
    for (const s of Object.values(shards).flat()) expect(s.startsWith(`${base}pagefind-`), s).toBe(true);
    expect(JSON.parse(await readFile(join(dist, 'status.json'), 'utf8')).latestEdition.path).toBe(`${base}reports/2025-11-06/`);
    expect(await readFile(join(dist, 'robots.txt'), 'utf8')).toContain(`Sitemap: ${project}sitemap-index.xml`);

    // In a browser, served under the path as GitHub Pages serves a project site: no request
    // leaves the path or fails, and search finds the edition at its address under the path.
    const server = await serveDir(dist, base);
    const browser = await launchChromium();
    try {
      const page = await browser.newPage();
      const failed: string[] = [];
      page.on('response', (r) => { if (r.status() >= 400) failed.push(`${r.status()} ${r.url()}`); });
      for (const path of ['', 'en/', 'reports/', 'en/data/', 'reports/2025-11-06/']) {
        await page.goto(`${server.url}${base}${path}`);
        await page.waitForLoadState('networkidle');
      }
      await page.goto(`${server.url}${base}en/search/?q=2025-11-06`);
      const first = page.locator('.search-results li a').first();
      await first.waitFor({ timeout: 15_000 });
      expect(await first.getAttribute('href')).toBe(`${base}en/reports/2025-11-06/`);
      expect(failed).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  }, 300_000);
});
