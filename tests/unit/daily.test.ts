// The daily run's parts: the order and exit codes of its steps, the site checks on a small
// hand-built dist/, the data commit message, and the site address rules.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { checkFileText, checkSite, requiredFiles, type SiteProblem } from '../../src/daily/checks.ts';
import { DAILY_EXIT, runDaily, type DailySteps } from '../../src/daily/run.ts';
import { seriesBehind } from '../../src/daily/behind.ts';
import { annotations, commitMessage, configAnnotation, markdownTable, type UpdateSummary } from '../../src/daily/summary.ts';
import { feedHome } from '../../src/site/feed.ts';
import { basePathOf, isLocalUrl, LOCAL_SITE_URL, resolveSiteUrl } from '../../src/site/site-url.ts';
import type { SeriesOutcome } from '../../src/update/run.ts';
import { catchError, fixtureSnapshot } from '../helpers.ts';

const outcome = (o: Partial<SeriesOutcome> & Pick<SeriesOutcome, 'id'>): SeriesOutcome =>
  ({ source: 'fred', status: 'ok', added: 0, revised: 0, withdrawn: 0, last: '2025-11-05', reason: null, ...o });
const summary = (exitCode: number, outcomes: SeriesOutcome[]): UpdateSummary => ({ exitCode, noNetwork: false, wrote: exitCode !== 1, outcomes });

describe('runDaily', () => {
  function steps(over: Partial<DailySteps> = {}) {
    const calls: string[] = [];
    const lines: string[] = [];
    const s: DailySteps = {
      update: async () => { calls.push('update'); return summary(0, [outcome({ id: 'SOFR', added: 3 })]); },
      build: async () => { calls.push('build'); return { ok: true }; },
      check: async () => { calls.push('check'); return []; },
      log: (l) => lines.push(l),
      ...over,
    };
    return { s, calls, lines };
  }

  it('exits 0 after update, build and check all pass', async () => {
    const { s, calls, lines } = steps();
    const r = await runDaily(s);
    expect(r).toMatchObject({ exitCode: 0, stage: 'done' });
    expect(calls).toEqual(['update', 'build', 'check']);
    expect(lines.filter((l) => /^daily \[\d\/3\]/.test(l))).toHaveLength(3);
  });

  it('exits 2 and still builds and checks when the update left series stale', async () => {
    const { s, calls, lines } = steps({
      update: async () => summary(2, [outcome({ id: 'SOFR' }), outcome({ id: 'BGCR', source: 'nyfed', status: 'stale', reason: 'HTML page' })]),
    });
    const r = await runDaily(s);
    expect(r.exitCode).toBe(DAILY_EXIT.stale);
    expect(calls).toEqual(['build', 'check']);
    expect(lines.join('\n')).toMatch(/1 stale series \(BGCR\)/);
  });

  it('exits 1 without building when the update had nothing usable or crashed', async () => {
    for (const update of [async () => summary(1, []), async () => null]) {
      const { s, calls } = steps({ update });
      expect(await runDaily(s)).toMatchObject({ exitCode: DAILY_EXIT.updateFailed, stage: 'update' });
      expect(calls).toEqual([]);
    }
  });

  it('exits 3 when the build fails and 4 when the site fails its checks', async () => {
    const failedBuild = steps({ build: async () => ({ ok: false, reason: 'astro build exited 1' }) });
    expect(await runDaily(failedBuild.s)).toMatchObject({ exitCode: DAILY_EXIT.buildFailed, stage: 'build' });
    expect(failedBuild.calls).toEqual(['update']);

    const problems: SiteProblem[] = [{ file: 'index.html', problem: 'template leftover' }];
    const failedCheck = steps({ check: async () => problems });
    expect(await runDaily(failedCheck.s)).toMatchObject({ exitCode: DAILY_EXIT.checksFailed, problems });
    expect(failedCheck.lines).toContain('  index.html: template leftover');
  });

  it('can build and check the snapshot as it is', async () => {
    const { s, calls } = steps();
    expect(await runDaily(s, { skipUpdate: true })).toMatchObject({ exitCode: 0, update: null });
    expect(calls).toEqual(['build', 'check']);
  });
});

describe('checkFileText', () => {
  it('flags template leftovers in pages, outside scripts and styles', () => {
    const page = (body: string) => `<html><head><style>a::before{content:"{{"}</style></head><body>${body}</body></html>`;
    expect(checkFileText('a.html', page('<p>SOFR 4.22%</p>'))).toEqual([]);
    for (const bad of ['<p>NaN bp</p>', '<td>undefined</td>', '<p>{{ sofr.latest }}</p>', '<p>::chart{id=rates}</p>', '<p>:::when{has="x"}</p>']) {
      expect(checkFileText('a.html', page(bad)), bad).toEqual([expect.objectContaining({ problem: expect.stringMatching(/^template leftover/) })]);
    }
  });

  it('flags links to this machine in pages, feeds and sitemaps, but not a data source named in text', () => {
    expect(checkFileText('a.html', '<a href="http://127.0.0.1:4321/en/">x</a>')[0]?.problem).toMatch(/links to this machine .*SITE_URL/);
    expect(checkFileText('a.html', '<link rel="canonical" href="http://localhost:4321/" />')).toHaveLength(1);
    expect(checkFileText('rss.xml', '<channel><link>http://127.0.0.1:4321/</link></channel>')).toHaveLength(1);
    expect(checkFileText('sitemap-0.xml', '<url><loc>http://localhost/reports/</loc></url>')).toHaveLength(1);
    expect(checkFileText('robots.txt', 'Sitemap: http://127.0.0.1:4321/sitemap-index.xml')).toHaveLength(1);
    expect(checkFileText('a.html', '<dd class="url">http://127.0.0.1:39595/graph/fredgraph.csv?id=SOFR</dd>')).toEqual([]);
    expect(checkFileText('downloads/SOFR.json', '{"provenance":{"originalUrl":"http://127.0.0.1:39595/graph/fredgraph.csv?id=SOFR"}}')).toEqual([]);
    expect(checkFileText('reports/2025-11-05/figures.json', '{"figures":[')[0]?.problem).toMatch(/^not valid JSON/);
    expect(checkFileText('a.html', '<a href="https://liquidity.example.org/en/">x</a>')).toEqual([]);
  });
});

describe('checkSite', () => {
  let dist: string;
  const SITE = 'https://liquidity.example.org/';
  const LATEST = '2025-11-05';
  const put = async (file: string, text: string) => {
    await mkdir(dirname(join(dist, file)), { recursive: true });
    await writeFile(join(dist, file), text);
  };
  const home = (date: string) => `<html><body><article class="report" data-as-of="${date}"><p>ok</p></article></body></html>`;

  beforeEach(async () => {
    dist = await mkdtemp(join(tmpdir(), 'daily-check-'));
    for (const f of requiredFiles(LATEST)) {
      if (f.endsWith('rss.xml')) await put(f, `<rss><channel><title>t</title><link>${SITE}${f.startsWith('en/') ? 'en/' : ''}</link></channel></rss>`);
      else if (f.endsWith('sitemap-index.xml')) await put(f, `<sitemapindex><sitemap><loc>${SITE}sitemap-0.xml</loc></sitemap></sitemapindex>`);
      else if (f.endsWith('.json')) await put(f, `{"edition":"${LATEST}"}`);
      else await put(f, home(LATEST));
    }
    await put('sitemap-0.xml', `<urlset><url><loc>${SITE}</loc></url><url><loc>${SITE}en/</loc></url></urlset>`);
    await put('indicators/SOFR/index.html', '<p>SOFR</p>');
    await put('en/indicators/SOFR/index.html', '<p>SOFR</p>');
    await put('downloads/SOFR.csv', 'date,value\n2025-11-05,3.92\n');
  });
  afterEach(() => rm(dist, { recursive: true, force: true }));

  it('passes a complete site on its public address', async () => {
    expect(await checkSite(dist, { latestEdition: LATEST, siteUrl: SITE })).toEqual([]);
  });

  it('names each missing page kind', async () => {
    await rm(join(dist, `en/reports/${LATEST}`), { recursive: true });
    await rm(join(dist, 'downloads'), { recursive: true });
    const problems = await checkSite(dist, { latestEdition: LATEST, siteUrl: SITE });
    expect(problems).toEqual([
      { file: 'downloads/', problem: 'missing: no a CSV download was built' },
      { file: 'downloads/snapshot.zip', problem: 'missing: every published build has this page' },
      { file: `en/reports/${LATEST}/index.html`, problem: 'missing: every published build has this page' },
    ]);
  });

  it('fails when the home page is not the latest edition', async () => {
    await put('en/index.html', home('2025-11-04'));
    const problems = await checkSite(dist, { latestEdition: LATEST, siteUrl: SITE });
    expect(problems).toEqual([{ file: 'en/index.html', problem: `home page shows the edition of 2025-11-04, but the snapshot's latest edition is ${LATEST}` }]);
  });

  it('fails when a sitemap entry or a feed channel is off the site address', async () => {
    await put('sitemap-0.xml', `<urlset><url><loc>https://elsewhere.example/</loc></url></urlset>`);
    await put('en/rss.xml', `<rss><channel><title>t</title><link>${SITE}</link></channel></rss>`);
    const problems = await checkSite(dist, { latestEdition: LATEST, siteUrl: SITE });
    expect(problems.map((p) => p.file)).toEqual(['en/rss.xml', 'sitemap-0.xml']);
    expect(problems[0]?.problem).toBe(`feed channel link is ${SITE}; it should be this language's home page ${SITE}en/`);
  });

  it('says so when there is no built site at all', async () => {
    const problems = await checkSite(join(dist, 'nope'), { latestEdition: LATEST, siteUrl: SITE });
    expect(problems[0]?.problem).toMatch(/^cannot read the built site/);
  });
});

describe('commitMessage', () => {
  it('sums new and revised rows in the subject and lists each changed or stale series', () => {
    const msg = commitMessage([
      outcome({ id: 'SOFR', added: 3, last: '2025-11-05' }),
      outcome({ id: 'EFFR', added: 0, revised: 0, last: '2025-11-05' }),
      outcome({ id: 'WRESBAL', added: 1, revised: 1, last: '2025-11-05' }),
      outcome({ id: 'BGCR', source: 'nyfed', status: 'stale', last: '2025-10-31', reason: 'BGCR: got an HTML page' }),
    ]);
    const [subject, blank, ...body] = msg.trimEnd().split('\n');
    expect(subject).toBe('data: 4 new rows, 1 revision through 2025-11-05; 1 stale');
    expect(blank).toBe('');
    expect(body.slice(0, 3)).toEqual([
      'SOFR     fred       +3 new, 0 revised      last 2025-11-05',
      'WRESBAL  fred       +1 new, 1 revised      last 2025-11-05',
      'BGCR     nyfed      +0 new, 0 revised      STALE (last 2025-10-31): BGCR: got an HTML page',
    ]);
    expect(msg).not.toMatch(/^EFFR/m);
  });

  it('lists a series whose source withdrew rows, and keeps each reason on its own line', () => {
    const msg = commitMessage([
      outcome({ id: 'SRF_TOTAL', source: 'nyfed', withdrawn: 1, last: '2025-12-31' }),
      outcome({ id: 'BGCR', source: 'nyfed', status: 'stale', last: '2025-10-31', reason: 'BGCR: "x\n::warning::forged"' }),
    ]);
    expect(msg).toMatch(/^SRF_TOTAL\s+nyfed\s+\+0 new, 0 revised, 1 withdrawn by the source \(kept\)\s+last 2025-12-31$/m);
    expect(msg).toMatch(/^BGCR\s+nyfed\s+.*STALE \(last 2025-10-31\): BGCR: "x ⏎ ::warning::forged"$/m);
    expect(msg).not.toMatch(/^::/m);
  });

  it('puts the outcomes in a Markdown table for the run summary', () => {
    expect(markdownTable([outcome({ id: 'SOFR', added: 2, reason: 'a | b' })]).split('\n')[2]).toBe('| SOFR | fred | 2 | 0 | 2025-11-05 | ok | a \\| b |');
  });
});

describe('site address', () => {
  it('defaults to the local preview address for local builds', () => {
    expect(resolveSiteUrl({})).toBe(LOCAL_SITE_URL);
    expect(resolveSiteUrl({ SITE_URL: 'https://liquidity.example.org' })).toBe('https://liquidity.example.org/');
  });

  it('refuses to publish without an address or with a local one, and refuses addresses that are not a place to serve from', () => {
    expect(catchError(() => resolveSiteUrl({ PUBLISH: '1' })).message).toMatch(/PUBLISH is set but SITE_URL is not\. Set SITE_URL to the public address/);
    expect(catchError(() => resolveSiteUrl({ PUBLISH: '1', SITE_URL: 'http://127.0.0.1:4321' })).message).toMatch(/is a local address/);
    expect(catchError(() => resolveSiteUrl({ SITE_URL: 'liquidity.example.org' })).message).toMatch(/not an absolute URL/);
    expect(catchError(() => resolveSiteUrl({ SITE_URL: 'https://octocat.github.io/repo/?x=1' })).message).toMatch(/has a query, fragment or user name/);
    expect(catchError(() => resolveSiteUrl({ SITE_URL: 'https://octocat.github.io/my repo/' })).message).toMatch(/has the path "\/my%20repo\/"/);
    expect(resolveSiteUrl({ PUBLISH: '1', SITE_URL: 'https://octocat.github.io/' })).toBe('https://octocat.github.io/');
  });

  it('serves a fork\'s project site under its path (GitHub Pages: https://<user>.github.io/<repo>/)', () => {
    expect(resolveSiteUrl({ PUBLISH: '1', SITE_URL: 'https://octocat.github.io/usd-liquidity' })).toBe('https://octocat.github.io/usd-liquidity/');
    expect(basePathOf(resolveSiteUrl({ SITE_URL: 'https://octocat.github.io/usd-liquidity/' }))).toBe('/usd-liquidity/');
    expect(basePathOf(resolveSiteUrl({ SITE_URL: 'https://liquidity.example.org' }))).toBe('/');
  });

  it('flags a page linking outside the site\'s path when it is served under one', () => {
    const page = '<a href="/usd-liquidity/en/">ok</a><a href="/en/reports/">out</a><a href="https://x.org/">ext</a>';
    expect(checkFileText('index.html', page, '/usd-liquidity/')).toEqual([
      { file: 'index.html', problem: 'links "/en/reports/", outside the site\'s path /usd-liquidity/; build every internal link with src/site/paths.ts' },
    ]);
    expect(checkFileText('index.html', page)).toEqual([]);
  });

  it('knows local addresses', () => {
    for (const u of ['http://localhost:4321/', 'http://127.0.0.1/', 'http://127.1.2.3/', 'http://[::1]:8080/', 'http://app.localhost/']) expect(isLocalUrl(u), u).toBe(true);
    expect(isLocalUrl('https://liquidity.example.org/')).toBe(false);
  });

  it('links each feed to its own language home page', () => {
    const site = new URL('https://liquidity.example.org/');
    expect(feedHome(site, 'zh')).toBe('https://liquidity.example.org/');
    expect(feedHome(site, 'en')).toBe('https://liquidity.example.org/en/');
    expect(catchError(() => feedHome(undefined, 'en')).message).toMatch(/set SITE_URL/);
  });
});

describe('annotations', () => {
  const nyfedDown = ['SOFR_P1', 'SOFR_P25', 'SOFR_P75', 'SOFR_P99', 'SOFR_VOLUME', 'BGCR', 'TGCR', 'SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS']
    .map((id) => outcome({ id: id as SeriesOutcome['id'], source: 'nyfed', status: 'stale', last: '2025-10-20', reason: `${id}: HTTP 503 Service Unavailable; gave up after 4 attempts` }));

  it('puts the verdict first and one line per source, however many series a source lost', () => {
    const lines = annotations({ exitCode: 2, stage: 'done', outcomes: [outcome({ id: 'SOFR' }), ...nyfedDown, outcome({ id: 'EFFR', status: 'stale', reason: 'EFFR: got an HTML page' })], behind: [] });
    expect(lines).toHaveLength(3); // GitHub shows ten per step: an outage of one source used to make twelve
    expect(lines[0]).toMatch(/^::warning title=Published with stale series::12 series could not be refreshed and are marked stale on the site/);
    expect(lines[1]).toMatch(/^::warning title=Stale data from New York Fed::not refreshed: SOFR_P1 \(data through 2025-10-20\), SOFR_P25 .*; first reason: SOFR_P1: HTTP 503/);
    expect(lines[2]).toMatch(/^::warning title=Stale data from FRED::not refreshed: EFFR/);
  });

  it('starts with the error when nothing is published', () => {
    expect(annotations({ exitCode: 4, stage: 'check', outcomes: nyfedDown, behind: [] })[0]).toBe('::error title=Daily run failed at check::npm run daily exited 4; nothing is published. See the log.');
  });

  it('names series behind schedule though the update called them ok', () => {
    const lines = annotations({ exitCode: 0, stage: 'done', outcomes: [outcome({ id: 'TGA' as SeriesOutcome['id'], source: 'fiscaldata' })], behind: [{ id: 'TGA' as SeriesOutcome['id'], source: 'fiscaldata', last: '2025-10-01', businessDays: 9 }] });
    expect(lines).toEqual([
      '::warning title=Published with stale series::1 series is more than a few business days behind schedule. Details per source follow and in the step summary.',
      '::warning title=Stale data from Treasury FiscalData::behind schedule: TGA (last 2025-10-01, 9 business days late)',
    ]);
  });

  it('escapes source text so it cannot start a workflow command of its own', () => {
    const lines = annotations({ exitCode: 2, stage: 'done', outcomes: [outcome({ id: 'EFFR', status: 'stale', reason: 'bad\n::add-mask::x\r\n::stop-commands::y 100%' })], behind: [] });
    for (const l of lines.join('\n').split('\n')) expect(l).toMatch(/^::(warning|error) title=/);
    expect(lines[1]).toContain('bad%0A::add-mask::x%0D%0A::stop-commands::y 100%25');
    expect(configAnnotation('SITE_URL: x,\ny')).toBe('::error title=Configuration error::Nothing was fetched or published. SITE_URL: x,%0Ay');
  });
});

describe('seriesBehind', () => {
  it('finds nothing on a snapshot whose series are all on schedule, and the series that stopped when they have', async () => {
    const snap = await fixtureSnapshot();
    const last = snap.series.get('SOFR')!.at(-1)!.date;
    const onTime = seriesBehind(snap, last);
    // The fixture's own gaps (series the fixture cut stopped early) are not this test's subject: only their change.
    const later = seriesBehind(snap, '2026-01-15');
    const sofr = later.find((b) => b.id === 'SOFR');
    expect(onTime.find((b) => b.id === 'SOFR')).toBeUndefined();
    expect(sofr).toMatchObject({ source: 'fred', last });
    expect(sofr!.businessDays).toBeGreaterThan(30);
    expect(later.length).toBeGreaterThan(onTime.length);
  });
});
