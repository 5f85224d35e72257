// The core of "a data commit cannot turn CI red", without a second site build: copy the live
// snapshot, run the real update code against fake sources that publish new rows after every
// series' last date, then check the editions the new data creates the way the live smoke test
// checks built pages. No value of the live data is pinned.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.ts';
import type { SeriesId } from '../../src/catalog/series.ts';
import { editionDates, editionOf } from '../../src/site/edition.ts';
import { indicatorView, ruleReaders } from '../../src/site/indicator.ts';
import { Build } from '../../src/site/build.ts';
import { statusRows } from '../../src/site/status.ts';
import { addDays } from '../../src/core/dates.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { readSnapshot } from '../../src/snapshot/store.ts';
import { editionDocument } from '../golden/edition-document.ts';
import { emptyScan, scanPage } from './scan.ts';
import { simulateUpdate, type SimulatedUpdate } from './simulated-update.ts';
import { isSeriesId, seriesDef } from '../../src/catalog/series.ts';

let before: Snapshot;
let after: Snapshot;
let sim: SimulatedUpdate;
let today: string;

beforeAll(async () => {
  const dir = await mkdtemp(join(tmpdir(), 'simulated-update-'));
  await cp('content/data', dir, { recursive: true });
  before = await readSnapshot(dir);
  // Two weeks after the newest observation of any series: every source has something new.
  today = addDays(before.manifest.series.map((m) => m.last).sort().at(-1) as string, 14);
  sim = await simulateUpdate(dir, before, today);
  after = await readSnapshot(dir);
}, 120_000);

describe('a successful update of the live snapshot', () => {
  it('appends new observations to every series it fetches and exits 0', () => {
    expect(sim.result.exitCode, sim.log.join('\n')).toBe(0);
    expect(sim.ids.length).toBeGreaterThan(0);
    for (const id of sim.ids) {
      const was = before.series.get(id)!;
      const now = after.series.get(id)!;
      // A series that has ended (IOER, the BTFP) gets nothing new, as from its real source.
      const endsOn = isSeriesId(id) ? seriesDef(id).endsOn : undefined;
      if (endsOn !== undefined && (was.at(-1)?.date ?? '') >= endsOn) expect(now, id).toEqual(was);
      else expect(now.length, id).toBeGreaterThan(was.length);
      expect(now.slice(0, was.length), id).toEqual(was); // history kept as it was
    }
  });

  it('gives new editions in both languages that pass the smoke checks', async () => {
    const oldLatest = editionDates(before).at(-1) as string;
    const fresh = editionDates(after).filter((d) => d > oldLatest);
    expect(fresh.length).toBeGreaterThan(0);
    const scan = emptyScan();
    for (const locale of ['zh', 'en'] as Locale[]) {
      const file = `content/reports/${locale}.md`;
      const template = await readFile(file, 'utf8');
      for (const d of fresh) scanPage(`${locale} ${d}`, editionDocument(editionOf(after, locale, d, template, file)), scan);
    }
    expect(scan.editions).toBe(2 * fresh.length);
    expect(scan.leftovers).toEqual([]);
    expect(scan.late).toEqual([]);
    expect(scan.earlyEvents).toEqual([]);
    expect(scan.charts).toBeGreaterThanOrEqual(2 * scan.editions);
    expect(scan.emptyCharts).toEqual([]);
  });

  it('marks no updated series as failed, and draws the history chart of each', () => {
    const latest = editionDates(after).at(-1) as string;
    const rows = statusRows(after, latest, 'en');
    for (const id of sim.ids) expect(rows.find((r) => r.id === id)?.state, id).not.toBe('failed');
    const scan = emptyScan();
    const build = new Build(after, { reportsDir: 'content/reports', chartThread: false });
    const metrics = build.metricsAt(latest);
    const readers = ruleReaders(build.timeline);
    for (const id of sim.ids) {
      for (const chart of indicatorView(after, id as SeriesId, 'en', metrics, readers).charts) scanPage(`${id} ${chart.range}`, chart.html, scan);
    }
    expect(scan.charts).toBeGreaterThan(0);
    expect(scan.leftovers).toEqual([]);
    expect(scan.emptyCharts).toEqual([]);
  });
});
