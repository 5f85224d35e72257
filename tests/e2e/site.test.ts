// Builds the site from the committed snapshot, serves dist/ on 127.0.0.1 and checks both
// home pages in Debian's chromium. Screenshots go to tests/e2e/screenshots/ for a human look.
import { execFileSync } from 'node:child_process';
import { mkdirSync, readFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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
  execFileSync('node_modules/.bin/astro', ['build'], {
    stdio: 'pipe', env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' },
  });
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
    for (const key of ['sofr.latest', 'sofr.vsTop', 'rrp.latest', 'tga.latest']) {
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
    expect(await page.locator('figure.chart figcaption').textContent()).toMatch(/SOFR/);

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
