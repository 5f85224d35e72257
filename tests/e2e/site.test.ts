// Builds the site from the committed snapshot, serves dist/ on 127.0.0.1 and checks both
// home pages in Debian's chromium. Screenshots go to tests/e2e/screenshots/ for a human look.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { launchChromium } from './browser.ts';
import { serveDir, type StaticServer } from './static-server.ts';

const SHOTS = 'tests/e2e/screenshots';
let server: StaticServer;
let browser: Browser;

/**
 * Last row of a committed series CSV dated on or before `onOrBefore`, read directly so the
 * check does not reuse the code under test.
 */
function lastRow(id: string, onOrBefore = '9999-12-31'): [string, number] {
  const rows = readFileSync(`content/data/series/${id}.csv`, 'utf8').trim().split('\n').slice(1)
    .map((l) => l.split(',') as [string, string])
    .filter(([date]) => date <= onOrBefore);
  const [date, value] = rows.at(-1) as [string, string];
  return [date, Number(value)];
}

/** Page HTML without <style>/<script> blocks, whose braces are not template leftovers. */
const withoutCode = (html: string) => html.replace(/<(style|script)\b[\s\S]*?<\/\1>/g, '');

beforeAll(async () => {
  // The vitest globalSetup (tests/e2e/a11y-build.ts) builds dist/ once for every browser test.
  if (!inject('builtSite')) {
    execFileSync('node_modules/.bin/astro', ['build'], {
      stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
    });
  }
  mkdirSync(SHOTS, { recursive: true });
  server = await serveDir('dist');
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
    const html = withoutCode(readFileSync(`dist${path}index.html`, 'utf8'));
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
    for (const key of ['sofr.latest', 'sofrTop.latest', 'rrp.latest', 'tga.latest']) {
      const figs = page.locator(`.report-body [data-metric="${key}"]`);
      expect(await figs.count(), key).toBeGreaterThanOrEqual(2); // the value and its date
      expect(await figs.first().isVisible(), key).toBe(true);
      expect(await page.locator(`.figures tr[data-metric="${key}"]`).isVisible(), key).toBe(true);
    }
    const [rrpDate] = lastRow('RRPONTSYD', sofrDate);
    expect(await page.locator('.report-body [data-metric="rrp.latest"]').first().getAttribute('data-date')).toBe(rrpDate);
    const [tgaDate] = lastRow('TGA_CLOSE', sofrDate);
    expect(await page.locator('.report-body [data-metric="tga.latest"]').first().getAttribute('data-date')).toBe(tgaDate);

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
    const manifest = JSON.parse(readFileSync('content/data/manifest.json', 'utf8')) as { series: { id: string }[] };
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    const res = await page.goto(`${server.url}${path}data/`, { waitUntil: 'load' });
    expect(res?.status()).toBe(200);
    expect(await page.locator('.status-table tbody tr').count()).toBe(manifest.series.length);
    // The committed target-range series ends in June 2026, weeks before the latest SOFR print.
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
  { path: '/reports/2025-11-05/', lang: 'zh-CN', spread: '22 个基点', iorb: '+32 个基点', noSrf: '本快照尚不包含纽约联储回购操作' },
  { path: '/en/reports/2025-11-05/', lang: 'en', spread: '22 bp', iorb: '+32 bp', noSrf: 'This snapshot does not yet hold the New York Fed' },
] as const;

describe.each(EDITION)('edition $path', ({ path, lang, spread, iorb, noSrf }) => {
  it('tells the story of the late-October squeeze from the data', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    expect((await page.goto(`${server.url}${path}`, { waitUntil: 'load' }))?.status()).toBe(200);
    const fig = (key: string) => page.locator(`.report-body [data-metric="${key}"]`);
    expect(await fig('sofr.atSpreadPeak').textContent()).toBe('4.22%');
    expect(await fig('sofr.atSpreadPeak').getAttribute('data-date')).toBe('2025-10-31');
    expect(await fig('sofrTop.max1m').allTextContents()).toContain(spread);
    expect(await fig('sofrIorb.max1m').allTextContents()).toContain(iorb);
    expect(await fig('rrp.peak').first().getAttribute('data-date')).toBe('2022-12-30');
    expect(await fig('btc.drawdown').first().isVisible()).toBe(true);
    expect(await page.locator('.report-body').textContent()).toContain(noSrf);
    expect(await page.locator('[data-regime]').getAttribute('data-regime')).toBe('2');
    expect(await page.locator('.signals-table tr[data-pillar="buffers"]').getAttribute('data-level')).toBe('2');
    expect(await page.locator('.signals-table tr[data-pillar="fiscal"]').getAttribute('data-level')).toBe('2');
    expect(await page.locator('.episodes-table thead th').count()).toBe(6); // metric + 4 episodes + this edition
    expect(await page.locator('#chart-episodes svg').count()).toBeGreaterThan(0);
    await page.screenshot({ path: `${SHOTS}/edition-2025-11-05-${lang}.png`, fullPage: true });
    await page.setViewportSize({ width: 390, height: 844 });
    await page.screenshot({ path: `${SHOTS}/edition-2025-11-05-${lang}-phone.png`, fullPage: true });
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

  it('lists every edition, coloured by its regime', async () => {
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    await page.goto(`${server.url}/reports/`, { waitUntil: 'load' });
    const editions = readdirSync('dist/reports').filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    expect(await page.locator('.archive-days a').count()).toBe(editions.length);
    expect(await page.locator('a[href="/reports/2025-11-05/"]').getAttribute('class')).toContain('day-red');
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
  // Listed inside the tests: dist/ only exists once beforeAll has built the site.
  const htmlPages = () => readdirSyncRecursive('dist').filter((f) => f.endsWith('.html'));

  it('has no NaN, undefined or unfilled placeholder', () => {
    const bad = htmlPages().filter((f) => /\bNaN\b|\bundefined\b|\{\{|\}\}|:::/.test(withoutCode(readFileSync(f, 'utf8'))));
    expect(bad).toEqual([]);
  });

  it('is listed in the sitemap', () => {
    const urls = [...readFileSync('dist/sitemap-0.xml', 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    // Not-found pages stay out of the sitemap (and out of search indexes).
    const pages = htmlPages().map((f) => f.replace(/^dist/, '').replace(/index\.html$/, '')).filter((p) => !/^(\/en)?\/404(\.html|\/)$/.test(p));
    expect(new Set(urls)).toEqual(new Set(pages));
  });

  it('is point-in-time: no figure in an edition is dated after the edition', () => {
    const late: string[] = [];
    const pages = htmlPages();
    for (const f of pages) {
      const d = /reports\/(\d{4}-\d{2}-\d{2})\/index\.html$/.exec(f)?.[1];
      if (!d) continue;
      for (const m of readFileSync(f, 'utf8').matchAll(/data-date="([\d-]+)"/g)) if ((m[1] as string) > d) late.push(`${f}: ${m[1]}`);
    }
    expect(pages.length).toBeGreaterThan(4000);
    expect(late).toEqual([]);
  });
});

function readdirSyncRecursive(dir: string): string[] {
  return readdirSync(dir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile()).map((e) => `${e.parentPath}/${e.name}`);
}

describe('indicator pages and downloads', () => {
  it.each(['/indicators/SOFR/', '/en/indicators/SOFR/'])('%s shows the latest value, history and provenance', async (path) => {
    const [, value] = lastRow('SOFR');
    const page = await browser.newPage({ viewport: { width: 1100, height: 900 } });
    expect((await page.goto(`${server.url}${path}`, { waitUntil: 'load' }))?.status()).toBe(200);
    expect(await page.locator('.ind-figures dd strong').first().textContent()).toBe(`${value.toFixed(2)}%`);
    expect(await page.locator('#chart-history-SOFR svg path').count()).toBeGreaterThan(0);
    expect(await page.locator('.ind-meta').textContent()).toContain('fredgraph.csv?id=SOFR');
    expect(await page.locator('a.download').getAttribute('href')).toBe('/downloads/SOFR.csv');
    await page.screenshot({ path: `${SHOTS}/indicator-SOFR${path.startsWith('/en') ? '-en' : ''}.png`, fullPage: true });
    await page.close();
  });

  it('offers public series for download as committed, and never a copyrighted price', async () => {
    const res = await fetch(`${server.url}/downloads/SOFR.csv`);
    expect(await res.text()).toBe(readFileSync('content/data/series/SOFR.csv', 'utf8'));
    for (const id of ['SP500', 'NASDAQCOM', 'BTCUSDT']) expect((await fetch(`${server.url}/downloads/${id}.csv`)).status).toBe(404);
    const sp = readFileSync('dist/indicators/SP500/index.html', 'utf8');
    expect(sp).not.toContain('class="download"');
    expect(readFileSync('dist/indicators/SOFR/index.html', 'utf8')).toContain('class="download"');
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
