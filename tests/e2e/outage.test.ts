// A source down for weeks, through the real update path: copy the live snapshot, run the update
// against the loopback fake sources with the New York Fed answering 503 and Treasury FiscalData a
// maintenance page (FRED delivers new rows), build a small site from the result and read it in
// Debian chromium as a phone reader would. The banner must say in the page's language which
// figures are behind, grouped by source and dated, with no error text, URL or status code, and no
// page may be wider than the viewport; /data/ keeps the technical reason, folded. Value-free: no
// figure of the live data is pinned.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { seriesDef, type SeriesId } from '../../src/catalog/series.ts';
import type { Locale } from '../../src/core/locale.ts';
import { formatDate } from '../../src/report/format.ts';
import { editionDates } from '../../src/site/edition.ts';
import { addDays } from '../../src/core/dates.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { readSnapshot } from '../../src/snapshot/store.ts';
import type { Fault } from '../fakes/sources-server.ts';
import { launchChromium } from './browser.ts';
import { buildSite } from './build.ts';
import { simulateUpdate, type SimulatedUpdate } from './simulated-update.ts';
import { serveDir, type StaticServer } from './static-server.ts';

const DOWN: ReadonlyMap<string, Fault> = new Map<string, Fault>([
  ...['nyfed:sofr', 'nyfed:sofr-volume', 'nyfed:bgcr', 'nyfed:tgcr', 'nyfed:repo'].map((k) => [k, { kind: 'status', status: 503 }] as const),
  ['fiscaldata', { kind: 'html' }],
]);
const SOURCE_NAME = { zh: { nyfed: '纽约联储', fiscaldata: '美国财政部' }, en: { nyfed: 'New York Fed', fiscaldata: 'US Treasury' } } as const;
const WIDTHS = [320, 390] as const;

let work: string;
let before: Snapshot;
let after: Snapshot;
let sim: SimulatedUpdate;
let latest: string;
let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'outage-'));
  const dir = join(work, 'data');
  await cp('content/data', dir, { recursive: true });
  before = await readSnapshot(dir);
  // Three weeks after the newest observation of any series: the New York Fed's series are weeks behind.
  const today = addDays(before.manifest.series.map((m) => m.last).sort().at(-1) as string, 21);
  sim = await simulateUpdate(dir, before, today, DOWN);
  after = await readSnapshot(dir);
  latest = editionDates(after).at(-1) as string;
  await buildSite({ snapshotDir: dir, outDir: join(work, 'dist'), editionsFrom: latest });
  server = await serveDir(join(work, 'dist'));
  browser = await launchChromium();
}, 600_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

const downIds = () => after.manifest.series.filter((m) => m.status === 'stale').map((m) => m.id as SeriesId);

async function open(path: string, width: number): Promise<Page> {
  const page = await browser.newPage({ viewport: { width, height: 800 } });
  const res = await page.goto(`${server.url}${path}`);
  expect(res?.status(), path).toBe(200);
  return page;
}

describe('an update with the New York Fed and Treasury down', () => {
  it('keeps their data, marks them stale and records the official request as provenance', () => {
    expect(sim.result.exitCode, sim.log.join('\n')).toBe(2);
    const stale = downIds();
    expect(stale.map((id) => seriesDef(id).source).sort()).toEqual(expect.arrayContaining(['fiscaldata', 'nyfed']));
    expect(stale.every((id) => ['nyfed', 'fiscaldata'].includes(seriesDef(id).source))).toBe(true);
    for (const id of stale) expect(after.series.get(id), id).toEqual(before.series.get(id));
    for (const m of after.manifest.series) {
      expect(m.provenance.originalUrl, m.id).toMatch(/^https:\/\//);
      if (m.provenance.fetchedUrl) expect(m.provenance.fetchedUrl, m.id).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
    }
    // FRED delivered through the loopback server: its address is recorded beside the official one.
    expect(after.manifest.series.find((m) => m.id === 'SOFR')?.provenance).toMatchObject({
      originalUrl: expect.stringMatching(/^https:\/\/fred\.stlouisfed\.org\/graph\/fredgraph\.csv\?id=SOFR&/),
      fetchedUrl: expect.stringMatching(/^http:\/\/127\.0\.0\.1:\d+\/graph\/fredgraph\.csv\?id=SOFR&/),
    });
  });

  it('publishes the official URL in the series download', async () => {
    const json = JSON.parse(await readFile(join(work, 'dist/downloads/SOFR.json'), 'utf8')) as { provenance: { originalUrl: string; fetchedUrl?: string } };
    expect(json.provenance.originalUrl).toMatch(/^https:\/\//);
    expect(json.provenance.fetchedUrl).toMatch(/^http:\/\/127\.0\.0\.1/);
  });

  const PAGES = (['zh', 'en'] as Locale[]).flatMap((locale) => {
    const prefix = locale === 'zh' ? '' : '/en';
    return [{ locale, kind: 'home', path: () => `${prefix}/` }, { locale, kind: 'latest edition', path: () => `${prefix}/reports/${latest}/` }];
  });

  it.for(PAGES.flatMap((p) => WIDTHS.map((width) => ({ ...p, width }))))(
    '$kind ($locale, $width px): no overflow; the banner names the stale figures by source, dated, in the page\'s language',
    { timeout: 60_000 },
    async ({ locale, path, width }) => {
      const page = await open(path(), width);
      try {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `${path()} at ${width} px is wider than the viewport`).toBeLessThanOrEqual(0);
        const banner = page.locator('aside.stale-banner');
        expect(await banner.count()).toBe(1);
        const bannerBox = await banner.boundingBox();
        expect(bannerBox!.x + bannerBox!.width).toBeLessThanOrEqual(width);
        for (const source of ['nyfed', 'fiscaldata'] as const) {
          const group = banner.locator(`li[data-source="${source}"]`);
          const ids = downIds().filter((id) => seriesDef(id).source === source);
          const text = await group.innerText();
          expect(text).toContain(SOURCE_NAME[locale][source]);
          // Since when: the last observation of the group, in the page's language.
          const lasts = [...new Set(ids.map((id) => after.manifest.series.find((m) => m.id === id)!.last))];
          for (const d of lasts) expect(text).toContain(formatDate(d, locale));
          // Each series once, under its own title (one request serves several series).
          for (const id of ids) {
            expect(await group.locator(`[data-series="${id}"]`).count(), id).toBe(1);
            expect(text).toContain(seriesDef(id).title[locale]);
          }
        }
        const body = await page.locator('body').innerText();
        expect(body).not.toMatch(/http/i);
        expect(body).not.toMatch(/HTTP 5|Service Unavailable|gave up|attempts|maintenance page|HTML page/i);
        if (locale === 'zh') {
          // No English sentence in the zh banner: at most a name or an acronym between Chinese words.
          expect(await banner.innerText()).not.toMatch(/[A-Za-z]+ [A-Za-z]+ [A-Za-z]+/);
          expect(await banner.innerText()).toContain('数据状态页');
        } else {
          expect(await banner.innerText()).toContain('data status page');
        }
        if (process.env.OUTAGE_SCREENSHOTS && width === 390 && path().includes('/reports/')) {
          await banner.screenshot({ path: join(process.env.OUTAGE_SCREENSHOTS, `banner-${locale}-${width}.png`) });
        }
      } finally {
        await page.close();
      }
    },
  );

  it.for((['zh', 'en'] as Locale[]).flatMap((locale) => WIDTHS.map((width) => ({ locale, width }))))(
    '/data/ ($locale, $width px) agrees with the banner and keeps the technical reason folded',
    { timeout: 60_000 },
    async ({ locale, width }) => {
      const prefix = locale === 'zh' ? '' : '/en';
      const page = await open(`${prefix}/data/`, width);
      try {
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(overflow, `/data/ at ${width} px is wider than the viewport`).toBeLessThanOrEqual(0);
        const states = Object.fromEntries(await page.locator('tr[data-series]').evaluateAll((rows) =>
          rows.map((r) => [r.getAttribute('data-series'), r.getAttribute('data-state')])));
        for (const id of downIds()) {
          expect(states[id], id).toBe('failed');
          const details = page.locator(`tr[data-series="${id}"] details.reason`);
          expect(await details.count(), id).toBe(1);
          expect(await details.evaluate((d) => (d as HTMLDetailsElement).open)).toBe(false);
          expect(await details.locator('summary').innerText()).toBe(locale === 'zh' ? '技术细节' : 'Technical details');
          expect(await details.locator('code').textContent()).toBe(after.manifest.series.find((m) => m.id === id)?.staleReason);
        }
        // The edition's banner names exactly the series this page marks failed, and only series it does not call ok.
        const edition = await open(`${prefix}/reports/${latest}/`, width);
        const named = await edition.locator('aside.stale-banner [data-series]').evaluateAll((xs) => xs.map((x) => x.getAttribute('data-series') as string));
        await edition.close();
        expect(named.filter((id) => states[id] === 'failed').sort()).toEqual([...downIds()].sort());
        for (const id of named) expect(states[id], id).not.toBe('ok');
        // An indicator page of a failed series says so in the reader's words and points here.
        const indicator = await open(`${prefix}/indicators/SOFR_P25/`, width);
        const note = indicator.locator('.as-of .reason');
        expect(await note.locator(`a[href="${prefix}/data/#series-SOFR_P25"]`).count()).toBe(1);
        expect(await note.innerText()).toContain(locale === 'zh' ? '纽约联储' : 'New York Fed');
        expect(await indicator.locator('body').innerText()).not.toMatch(/HTTP 5|Service Unavailable|gave up|attempts|127\.0\.0\.1/);
        await indicator.close();
        // Opened, a long reason wraps inside the page.
        await page.locator('details.reason summary').first().click();
        const opened = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        expect(opened, 'an opened reason widens the page').toBeLessThanOrEqual(0);
      } finally {
        await page.close();
      }
    },
  );
});
