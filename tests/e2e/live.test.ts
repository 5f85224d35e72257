// Smoke test of the committed live snapshot (content/data): the whole site builds from it and
// every page is sound. It pins no value of the data, so a daily data commit cannot turn it red;
// values are tested on the frozen fixture (tests/fixtures/snapshot, tests/golden, site.test.ts).
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, inject, it } from 'vitest';
import { buildSite } from './build.ts';
import { htmlFiles, scanSite, type SiteScan } from './scan.ts';

const DATA = 'content/data';
const OUT = 'dist';
let scan: SiteScan;

/** Dates of a committed series, read from its CSV (not through the code under test). */
const datesOf = (id: string) => readFileSync(`${DATA}/series/${id}.csv`, 'utf8').trim().split('\n').slice(1).map((l) => l.split(',')[0] as string);
const manifest = () => JSON.parse(readFileSync(`${DATA}/manifest.json`, 'utf8')) as { series: { id: string; file: string; provenance: { license: string } }[] };

// The whole archive, as published: a few minutes on a busy 2-core machine.
beforeAll(async () => {
  // The vitest globalSetup (tests/e2e/a11y-build.ts) has built content/data into dist/ once for
  // the browser tests; build here only when it was skipped.
  if (inject('builtSite') !== OUT) await buildSite({ snapshotDir: DATA, outDir: OUT });
  scan = scanSite(OUT);
}, 900_000);

describe('the live snapshot builds into a sound site', () => {
  it('has an edition in each language for every SOFR print, dated the business day it was published, and the home pages', () => {
    const sofr = datesOf('SOFR');
    expect(sofr.length).toBeGreaterThan(1);
    // SOFR of day t is published on the next business day: the next SOFR date, or after the last
    // print the next weekday.
    const nextWeekday = (d: string) => {
      const t = new Date(`${d}T00:00:00Z`);
      do t.setUTCDate(t.getUTCDate() + 1); while (t.getUTCDay() === 0 || t.getUTCDay() === 6);
      return t.toISOString().slice(0, 10);
    };
    const latest = nextWeekday(sofr.at(-1) as string);
    for (const d of [sofr[1] as string, latest]) {
      expect(existsSync(`${OUT}/reports/${d}/index.html`), d).toBe(true);
      expect(existsSync(`${OUT}/en/reports/${d}/index.html`), d).toBe(true);
    }
    expect(existsSync(`${OUT}/reports/${sofr[0]}/index.html`), 'no edition before the first print was published').toBe(false);
    expect(scan.editions).toBe(2 * sofr.length + 2); // + the two home pages
    expect(readFileSync(`${OUT}/index.html`, 'utf8')).toContain(`data-as-of="${latest}"`);
  });

  it('has no NaN, undefined, unfilled placeholder or directive on any page', () => {
    expect(scan.leftovers).toEqual([]);
  });

  it('is point-in-time: no figure in an edition is dated after the edition', () => {
    expect(scan.late).toEqual([]);
  });

  it('names no policy event or episode in an edition dated before it happened', () => {
    expect(scan.earlyEvents).toEqual([]);
  });

  it('spaces Chinese text as the site scan requires (punctuation, brackets, dates)', () => {
    expect(scan.zhSpacing).toEqual([]);
  });

  it('draws data in every chart', () => {
    expect(scan.charts).toBeGreaterThanOrEqual(scan.editions); // the rates chart in every edition; the episodes from the first one on
    expect(scan.emptyCharts).toEqual([]);
  });

  it('lists every page in the sitemap', () => {
    const urls = [...readFileSync(`${OUT}/sitemap-0.xml`, 'utf8').matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => new URL(m[1] as string).pathname);
    // Not-found pages stay out of the sitemap (and out of search indexes).
    const pages = htmlFiles(OUT).map((f) => f.replace(/^dist/, '').replace(/index\.html$/, '')).filter((p) => !/^(\/en)?\/404(\.html|\/)$/.test(p));
    expect(new Set(urls)).toEqual(new Set(pages));
  });

  it('has a status row and an indicator page for every series, with a known state', () => {
    const ids = manifest().series.map((s) => s.id);
    for (const path of ['data/index.html', 'en/data/index.html']) {
      const html = readFileSync(`${OUT}/${path}`, 'utf8');
      const states = [...html.matchAll(/data-series="([^"]+)" data-state="([^"]+)"/g)].map((m) => [m[1], m[2]]);
      expect(states.map(([id]) => id).sort(), path).toEqual([...ids].sort());
      for (const [id, state] of states) expect(['ok', 'behind', 'failed', 'ended'], `${path} ${id}`).toContain(state);
    }
    for (const id of ids) expect(existsSync(`${OUT}/indicators/${id}/index.html`), id).toBe(true);
  });

  it('feeds the latest editions, newest first', () => {
    const sofr = datesOf('SOFR');
    for (const [feed, prefix] of [['rss.xml', '/reports/'], ['en/rss.xml', '/en/reports/']] as const) {
      const xml = readFileSync(`${OUT}/${feed}`, 'utf8');
      expect(xml.match(/<item>/g)?.length, feed).toBe(Math.min(60, sofr.length));
      expect(xml.indexOf(`${prefix}${sofr.at(-1)}/</link>`), feed).toBeGreaterThan(0);
    }
  });

  it('offers public series for download exactly as committed, and never a copyrighted price', () => {
    for (const s of manifest().series) {
      const path = `${OUT}/downloads/${s.id}.csv`;
      if (s.provenance.license === 'copyrighted') expect(existsSync(path), s.id).toBe(false);
      else expect(readFileSync(path, 'utf8'), s.id).toBe(readFileSync(`${DATA}/${s.file}`, 'utf8'));
    }
  });
});
