// The edition charts the build draws on a worker thread are the charts drawn in-process.
import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ChartDrawer } from '../../src/charts/chartDrawer.ts';
import { drawLayer, EpisodeDrawings, episodeLayerJobs, episodePanelsHtml } from '../../src/charts/episodes.ts';
import { drawRates, packRatesJob, unpackRatesJob, type RatesJob } from '../../src/charts/ratesDrawing.ts';
import { EPISODE_NAMES } from '../../src/i18n/report.ts';
import { ui } from '../../src/i18n/ui.ts';
import { episodesBy, episodeWindows } from '../../src/metrics/episodes.ts';
import { rateRangeWindow } from '../../src/metrics/windows.ts';
import { editionDates } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';

let snap: Snapshot;
let drawer: ChartDrawer;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  drawer = new ChartDrawer();
});
afterAll(() => drawer.close());

const sample = () => editionDates(snap).filter((_, i, all) => i % Math.ceil(all.length / 5) === 0);

describe('ChartDrawer', () => {
  it('packs a rates job into columns and back without changing it', () => {
    const rows = rateRangeWindow(snap, editionDates(snap).at(-1) as string, 180);
    const job: RatesJob = { rows, events: [new Date('2025-10-29T00:00:00Z')] };
    expect(unpackRatesJob(packRatesJob(job))).toEqual(job);
    const gappy: RatesJob = { rows: [{ date: new Date(0), sofr: 1, lower: undefined, upper: 2, iorb: undefined }], events: [] };
    expect(unpackRatesJob(packRatesJob(gappy))).toEqual(gappy);
  });

  it('draws rates charts on its thread, in any order asked, exactly as drawRates does', async () => {
    const dates = sample();
    const jobs: RatesJob[] = dates.map((d, i) => ({ rows: rateRangeWindow(snap, d, 180), events: i % 2 ? [new Date(`${d}T00:00:00Z`)] : [] }));
    const drawn = await Promise.all(jobs.map((job, i) => drawer.rates(job, dates[i] as string)));
    drawn.forEach((d, i) => {
      const local = drawRates(jobs[i] as RatesJob);
      expect(d.svg).toBe(local.svg);
      expect(d.ticks.map((t) => t.getTime())).toEqual(local.ticks.map((t) => t.getTime()));
    });
  });

  it('draws the episode layers the panels ask for, so panels drawn with them are the panels drawn without', async () => {
    for (const asOf of sample()) {
      const points = episodeWindows(snap, asOf, 30);
      if (points.length === 0) continue;
      const panels = [{ id: 'now' as const, day0: asOf }, ...episodesBy(asOf).map((e) => ({ id: e.id, day0: e.date })).reverse()];
      for (const locale of ['zh', 'en'] as const) {
        const t = ui(locale);
        const words = { names: EPISODE_NAMES[locale], unit: t.chartEpisodesY, day0: t.chartEpisodesDay0, peak: t.chartEpisodesPeak, panel: t.chartEpisodesPanel, noData: t.chartEpisodesNoData, axes: t.chartEpisodesAxes };
        const drawings = new EpisodeDrawings();
        const before = episodePanelsHtml(points, panels, 30, words, locale, drawings).html;
        const jobs = episodeLayerJobs(points, panels, 30, t.chartEpisodesY, locale);
        expect(jobs.length).toBeGreaterThan(0);
        for (const job of jobs) {
          const layer = await drawer.layer(job, asOf);
          expect(layer).toBe(drawLayer(job));
          // A wrong layer kept under a job's key shows up in the panels: they take it from the cache.
          drawings.keep(job, `<g data-test="${locale}-${String(job.alone)}"></g>`);
        }
        const after = episodePanelsHtml(points, panels, 30, words, locale, drawings).html;
        for (const job of jobs) expect(after).toContain(`<g data-test="${locale}-${String(job.alone)}"></g>`);
        for (const job of jobs) drawings.keep(job, drawLayer(job));
        expect(episodePanelsHtml(points, panels, 30, words, locale, drawings).html).toBe(before);
      }
    }
  });

  it('names the chart when drawing fails, and keeps drawing the next ones', async () => {
    await expect(drawer.layer({ now: null } as never, 'the edition of 2025-11-04'))
      .rejects.toThrow(/^the edition of 2025-11-04: drawing failed on the chart thread/);
    const rows = rateRangeWindow(snap, editionDates(snap).at(-1) as string, 180);
    expect((await drawer.rates({ rows, events: [] }, 'latest')).svg).toBe(drawRates({ rows, events: [] }).svg);
  });

  it('says which file it runs when the thread cannot start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'chart-drawer-'));
    const broken = join(dir, 'broken.ts');
    await writeFile(broken, 'throw new Error("cannot load");\n');
    const bad = new ChartDrawer(broken);
    try {
      await expect(bad.rates({ rows: [], events: [] }, 'x')).rejects.toThrow(/edition charts: cannot load\. The chart thread runs .*broken\.ts/);
    } finally {
      await bad.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
