// The browser test: builds the site from the frozen fixture snapshot (tests/fixtures/snapshot,
// real data cut at 2025-11-20) with one source stopped early, serves it on 127.0.0.1 and checks
// pages in Debian's chromium. Values come from the fixture, so new live data cannot break it;
// the live snapshot has its own value-free smoke test (live.test.ts). Screenshots go to
// tests/e2e/screenshots/ for a human look.
import { mkdirSync, mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { writeSnapshot } from '../../src/snapshot/store.ts';
import { FIXTURE_DIR, fixtureSnapshot, seriesEndingAt } from '../helpers.ts';
import { launchChromium } from './browser.ts';
import { buildSite } from './build.ts';
import { htmlFiles, scanSite, withoutCode } from './scan.ts';
import { serveDir, type StaticServer } from './static-server.ts';

const SHOTS = 'tests/e2e/screenshots';
/** Editions built: enough for the late-October 2025 squeeze and a 60-item feed window. */
const EDITIONS_FROM = '2025-10-01';
/** The target range's source stops publishing here, so the latest edition and /data/ show it behind. */
const STOPPED = { id: 'DFEDTARU', last: '2025-11-07' };
const work = mkdtempSync(join(tmpdir(), 'site-test-'));
const DATA = join(work, 'data');
const DIST = join(work, 'dist');
let server: StaticServer;
let browser: Browser;

/**
 * Last row of a fixture series CSV dated on or before `onOrBefore`, read directly so the
 * check does not reuse the code under test.
 */
function lastRow(id: string, onOrBefore = '9999-12-31'): [string, number] {
  const rows = readFileSync(`${FIXTURE_DIR}/series/${id}.csv`, 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split(',') as [string, string])
    .filter(([date]) => date <= onOrBefore);
  const [date, value] = rows.at(-1) as [string, string];
  return [date, Number(value)];
}

beforeAll(async () => {
  await writeSnapshot(DATA, seriesEndingAt(await fixtureSnapshot(), STOPPED.id, STOPPED.last));
  await buildSite({ snapshotDir: DATA, outDir: DIST, editionsFrom: EDITIONS_FROM });
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDir(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const PAGES = [
  { path: '/', locale: 'zh', lang: 'zh-CN', pct: (v: number) => `${v.toFixed(2)}%`, switchText: 'English', other: '/en' },
  { path: '/en/', locale: 'en', lang: 'en', pct: (v: number) => `${v.toFixed(2)}%`, switchText: '中文', other: '/' },
] as const;

describe.each(PAGES)('home page $path', ({ path, lang, pct, switchText, other }) => {
  it('has no NaN, undefined or unfilled placeholder in the HTML', () => {
    const html = withoutCode(readFileSync(`${DIST}${path}index.html`, 'utf8'));
    expect(html.match(/.{0,40}(\bNaN\b|\bundefined\b|\{\{|\}\}|::chart|:::).{0,40}/g)).toBeNull();
    expect(html).toContain('<svg');
  });

  it('shows the four headline figures with their dates, and the chart', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    const res = await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    expect(await page.getAttribute('html', 'lang')).toBe(lang);

    const [sofrDate, sofr] = lastRow('SOFR');
    const sofrFig = page.locator('.report-body [data-metric="sofr.latest"]').nth(1);
    await expect.poll(() => sofrFig.textContent()).toBe(pct(sofr));
    expect(await sofrFig.getAttribute('data-date')).toBe(sofrDate);
    // With the target range behind (STOPPED), the SOFR-vs-range sentence is withheld rather than
    // set beside a range of another day.
    expect(await page.locator('.report-body p [data-metric="sofrTop.latest"]').count()).toBe(0);
    for (const key of ['sofr.latest', 'rrp.latest', 'tga.latest']) {
      const figs = page.locator(`.report-body [data-metric="${key}"]`);
      expect(await figs.count(), key).toBeGreaterThanOrEqual(2); // the value and its date
      expect(await figs.first().isVisible(), key).toBe(true);
      expect(await page.locator(`.figures tr[data-metric="${key}"]`).isVisible(), key).toBe(true);
    }
    const [rrpDate] = lastRow('RRPONTSYD', sofrDate);
    expect(await page.locator('.report-body [data-metric="rrp.latest"]').first().getAttribute('data-date')).toBe(rrpDate);
    const [tgaDate] = lastRow('TGA_CLOSE', sofrDate);
    expect(await page.locator('.report-body [data-metric="tga.latest"]').first().getAttribute('data-date')).toBe(tgaDate);

    // The latest edition names the series that stopped updating in its banner.
    expect(await page.locator(`.stale-banner [data-series="${STOPPED.id}"]`).isVisible()).toBe(true);

    const svg = page.locator('figure.chart svg').first();
    const box = await svg.boundingBox();
    expect(box?.width).toBeGreaterThan(300);
    expect(box?.height).toBeGreaterThan(150);
    expect(await page.locator('figure.chart svg path').count()).toBeGreaterThanOrEqual(3);
    expect(await page.locator('#chart-rates figcaption').textContent()).toMatch(/SOFR/);

    await page.screenshot({ path: `${SHOTS}/home-${lang}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/home-${lang}-phone.png`, fullPage: true });
    expect(errors).toEqual([]);

    await page.getByRole('link', { name: switchText }).click();
    await page.waitForURL((u) => u.pathname.replace(/\/$/, '') === other.replace(/\/$/, ''));
    await page.close();
  });
});

describe.each(PAGES)('data status page $path', ({ path, lang }) => {
  it('lists every snapshot series with its state, and flags the ones behind', async () => {
    const manifest = JSON.parse(readFileSync(`${DATA}/manifest.json`, 'utf8')) as { series: { id: string }[] };
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const res = await page.goto(`${server.url}${path}data/`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    expect(await page.locator('.status-table tbody tr').count()).toBe(manifest.series.length);
    // The target range's last print is two weeks before the latest SOFR print.
    expect(await page.locator('tr[data-series="DFEDTARU"]').getAttribute('data-state')).toBe('behind');
    expect(await page.locator('tr[data-series="SOFR"]').getAttribute('data-state')).toBe('ok');
    expect(await page.locator('tr[data-series="DFEDTARU"] .state').isVisible()).toBe(true);
    const html = withoutCode(await page.content());
    expect(html.match(/\bNaN\b|\bundefined\b/g)).toBeNull();
    await page.screenshot({ path: `${SHOTS}/data-${lang}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/data-${lang}-phone.png`, fullPage: true });
    await page.close();
  });
});

const EDITION = [
  { path: '/reports/2025-11-04/', lang: 'zh-CN', spread: '13 个基点', iorb: '32 个基点', srf: '常备回购便利（SRF）2025年11月4日的使用量' },
  { path: '/en/reports/2025-11-04/', lang: 'en', spread: '13 bp', iorb: '+32 bp', srf: 'Take-up at the Standing Repo Facility (SRF)' },
] as const;

describe.each(EDITION)('edition $path', ({ path, lang, spread, iorb, srf }) => {
  it('tells the story of the late-October squeeze from the data', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    expect((await page.goto(`${server.url}${path}`, { waitUntil: 'load' }))?.status()).toBe(200);
    const fig = (key: string) => page.locator(`.report-body [data-metric="${key}"]`);
    // The edition of Tuesday 11-04 shows SOFR of Monday 11-03, published that morning.
    expect(await fig('sofr.latest').allTextContents()).toContain('4.13%');
    expect(await fig('sofr.latest').first().getAttribute('data-date')).toBe('2025-11-03');
    expect(await fig('sofrTop.latest').allTextContents()).toContain(spread);
    expect(await fig('sofrIorb.max1m').allTextContents()).toContain(iorb);
    expect(await fig('sofrIorb.max1m').first().getAttribute('data-date')).toBe('2025-10-31');
    expect(await fig('rrp.peak').first().getAttribute('data-date')).toBe('2022-12-30');
    expect(await fig('btc.drawdown').first().isVisible()).toBe(true);
    // Repo take-up at the Standing Repo Facility, from the fixture's NY Fed operation results.
    expect(await fig('srf.latest').first().isVisible()).toBe(true);
    expect(await page.locator('.report-body').textContent()).toContain(srf);
    expect(await page.locator('[data-regime]').getAttribute('data-regime')).toBe('2');
    expect(await page.locator('.signals-table tr[data-pillar="buffers"]').getAttribute('data-level')).toBe('2');
    expect(await page.locator('.signals-table tr[data-pillar="fiscal"]').getAttribute('data-level')).toBe('2');
    // Metric + this edition + the three episodes that had ended: the late-2025 squeeze is still under way.
    expect(await page.locator('.episodes-table thead th').count()).toBe(5);
    expect(await page.locator('#chart-episodes svg').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/edition-2025-11-05-${lang}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/edition-2025-11-05-${lang}-phone.png`, fullPage: true });
    await page.close();
  });

  it('leads with the verdict, its streak and every pillar, all on the first screen of a phone', async () => {
    const page = await browser.newPage({ viewport: { width: 390, height: 844 } });
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const verdict = page.locator('h1.verdict');
    expect(await verdict.getAttribute('data-regime')).toBe('2');
    const pillars = page.locator('.pillar-strip .pillar');
    // The strip agrees with the signals table further down, pillar by pillar.
    const rows = await page.locator('.signals-table tr[data-pillar]').evaluateAll((trs) =>
      trs.map((tr) => [tr.getAttribute('data-pillar'), tr.getAttribute('data-level')]));
    const strip = await pillars.evaluateAll((lis) => lis.map((li) => [li.getAttribute('data-pillar'), li.getAttribute('data-level')]));
    expect(strip).toEqual(rows.filter(([p]) => p !== 'overall'));
    for (const el of [verdict, page.locator('.streak'), pillars.last()]) {
      const box = await el.boundingBox();
      expect(box, await el.textContent() ?? '').not.toBeNull();
      expect(box!.y + box!.height).toBeLessThanOrEqual(844);
    }
    await page.close();
  });

  it('keeps this edition beside every past episode, and the panels legible, at 1280 and 390 px', async () => {
    const page = await browser.newPage({ viewport: { width: 1280, height: 900 } });
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    const wrap = page.locator('.episodes-wrap');
    const current = page.locator('.episodes-table thead th.current');
    const lastEpisode = page.locator('.episodes-table thead th').last();
    const inView = async (width: number) => {
      const box = await current.boundingBox();
      return box !== null && box.x >= 0 && box.x + box.width <= width;
    };
    /** Smallest chart text in CSS px: its font size in chart units × the SVG's scale. */
    const minPanelText = () => page.locator('#chart-episodes').evaluate((fig) => Math.min(...[...fig.querySelectorAll('svg')].flatMap((svg) => {
      const scale = svg.getBoundingClientRect().width / svg.viewBox.baseVal.width;
      return [...svg.querySelectorAll('text')].map((t) => parseFloat(getComputedStyle(t).fontSize) * scale);
    })));
    // Desktop: the whole table fits its column; nothing to scroll.
    expect(await wrap.evaluate((el) => el.scrollWidth <= el.clientWidth)).toBe(true);
    expect(await inView(1280)).toBe(true);
    expect(await minPanelText()).toBeGreaterThanOrEqual(11);
    // Phone: the table scrolls, this edition's column stays in view beside the oldest episode.
    await page.setViewportSize({ width: 390, height: 844 });
    expect(await wrap.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
    expect(await page.locator('.scroll-hint').isVisible()).toBe(true);
    await wrap.evaluate((el) => { el.scrollLeft = el.scrollWidth; });
    expect(await inView(390)).toBe(true);
    const [cur, last] = [await current.boundingBox(), await lastEpisode.boundingBox()];
    expect(last && cur && last.x >= cur.x + cur.width - 1 && last.x + last.width <= 390 + 1).toBe(true);
    // One panel a row, this edition's first, its text at least 11 CSS px.
    expect(await page.locator('.episode-panel').first().getAttribute('data-episode')).toBe('now');
    expect(await minPanelText()).toBeGreaterThanOrEqual(11);
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(390);
    await page.close();
  });
});

describe('archive, feeds and methodology', () => {
  it.each([['/rss.xml', '/reports/'], ['/en/rss.xml', '/en/reports/']])('%s lists the latest edition', async (path, prefix) => {
    const [latest] = lastRow('SOFR');
    const xml = await (await fetch(`${server.url}${path}`)).text();
    expect(xml.startsWith('<?xml')).toBe(true);
    expect(xml.match(/<item>/g)?.length).toBe(60);
    expect(xml).toContain(`${prefix}${latest}/</link>`);
  });

  it('links every built edition, its regime shown by class and named in words', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${server.url}/reports/`, { waitUntil: 'load' });
    const editions = readdirSync(`${DIST}/reports`).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    expect(await page.locator('.days a').count()).toBe(editions.length);
    const day = page.locator('.days a[href="/reports/2025-11-04/"]');
    expect(await day.getAttribute('class')).toContain('r2');
    expect(await day.textContent()).toBe('2025年11月4日：紧张');
    await page.screenshot({ path: `${SHOTS}/archive-zh-CN.png`, clip: { x: 0, y: 0, width: 1100, height: 1200 } });
    await page.close();
  });

  it.each(['/methodology/', '/en/methodology/'])('%s shows every signal rule from the code', async (path) => {
    const { RULES } = await import('../../src/metrics/signals.ts');
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${server.url}${path}`, { waitUntil: 'load' });
    expect(await page.locator('.rules-table tbody tr').count()).toBe(RULES.length + 3);
    await page.screenshot({ path: `${SHOTS}/methodology${path.startsWith('/en') ? '-en' : ''}.png`, fullPage: true });
    await page.close();
  });
});

describe('every built page', () => {
  it('passes the structural scan: no leftovers, nothing dated after its edition, every chart drawn', () => {
    const scan = scanSite(DIST);
    expect(scan.leftovers).toEqual([]);
    expect(scan.late).toEqual([]);
    expect(scan.emptyCharts).toEqual([]);
    expect(scan.earlyEvents).toEqual([]);
    expect(scan.zhSpacing).toEqual([]);
    expect(scan.editions).toBeGreaterThan(40);
  });

  it('is listed in the sitemap', () => {
    const urls = [...readFileSync(`${DIST}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    // Not-found pages stay out of the sitemap (and out of search indexes).
    const pages = htmlFiles(DIST).map((f) => f.slice(DIST.length).replace(/index\.html$/, '')).filter((p) => !/^(\/en)?\/404(\.html|\/)$/.test(p));
    expect(new Set(urls)).toEqual(new Set(pages));
  });
});

describe('indicator pages and downloads', () => {
  it.each(['/indicators/SOFR/', '/en/indicators/SOFR/'])('%s shows the latest value, history and provenance', async (path) => {
    const [, value] = lastRow('SOFR');
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    expect((await page.goto(`${server.url}${path}`, { waitUntil: 'load' }))?.status()).toBe(200);
    expect(await page.locator('.ind-figures dd strong').first().textContent()).toBe(`${value.toFixed(2)}%`);
    expect(await page.locator('#chart-history-SOFR-5y svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.ind-meta').textContent()).toContain('fredgraph.csv?id=SOFR');
    expect(await page.locator('a.download[href$=".csv"]').getAttribute('href')).toBe('/downloads/SOFR.csv');
    await page.screenshot({ path: `${SHOTS}/indicator-SOFR${path.startsWith('/en') ? '-en' : ''}.png`, fullPage: true });
    await page.close();
  });

  it('offers public series for download as committed, and never a copyrighted price', async () => {
    const res = await fetch(`${server.url}/downloads/SOFR.csv`);
    expect(await res.text()).toBe(readFileSync(`${FIXTURE_DIR}/series/SOFR.csv`, 'utf8'));
    for (const id of ['SP500', 'NASDAQCOM', 'BTCUSDT']) expect((await fetch(`${server.url}/downloads/${id}.csv`)).status).toBe(404);
    const sp = readFileSync(`${DIST}/indicators/SP500/index.html`, 'utf8');
    expect(sp).not.toContain('class="download"');
    expect(readFileSync(`${DIST}/indicators/SOFR/index.html`, 'utf8')).toContain('class="download"');
  });

  it('links report figures to their indicator pages', async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/reports/2025-11-05/`, { waitUntil: 'load' });
    await page.locator('.report-body a[data-metric="rrp.latest"]').first().click();
    await page.waitForURL(/\/indicators\/RRPONTSYD\/$/);
    expect(await page.locator('h1').textContent()).toContain('ON RRP');
    await page.close();
  });
});
