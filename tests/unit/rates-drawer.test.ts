// The rates charts the build draws on a worker thread are the charts drawRates draws in-process.
import { writeFile, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { RatesDrawer } from '../../src/charts/ratesDrawer.ts';
import { drawRates, type RatesJob } from '../../src/charts/ratesDrawing.ts';
import { editionDates } from '../../src/site/edition.ts';
import { rateRangeWindow } from '../../src/metrics/windows.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';

let snap: Snapshot;
let drawer: RatesDrawer;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  drawer = new RatesDrawer();
});
afterAll(() => drawer.close());

describe('RatesDrawer', () => {
  it('draws on its thread, in any order asked, exactly what drawRates draws', async () => {
    const dates = editionDates(snap).filter((_, i, all) => i % Math.ceil(all.length / 5) === 0);
    const jobs: RatesJob[] = dates.map((d, i) => ({ rows: rateRangeWindow(snap, d, 180), events: i % 2 ? [new Date(`${d}T00:00:00Z`)] : [] }));
    const drawn = await Promise.all(jobs.map((job, i) => drawer.draw(job, dates[i] as string)));
    expect(drawn).toHaveLength(jobs.length);
    drawn.forEach((d, i) => {
      const local = drawRates(jobs[i] as RatesJob);
      expect(d.svg).toBe(local.svg);
      expect(d.ticks.map((t) => t.getTime())).toEqual(local.ticks.map((t) => t.getTime()));
    });
  });

  it('names the chart when drawing fails, and keeps drawing the next ones', async () => {
    await expect(drawer.draw({ rows: [{ date: 'not a date' }] as unknown as RatesJob['rows'], events: [] }, 'the edition of 2025-11-04'))
      .rejects.toThrow(/^rates chart of the edition of 2025-11-04: drawing failed on the chart thread/);
    const rows = rateRangeWindow(snap, editionDates(snap).at(-1) as string, 180);
    expect((await drawer.draw({ rows, events: [] }, 'latest')).svg).toBe(drawRates({ rows, events: [] }).svg);
  });

  it('says which file it runs when the thread cannot start', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'rates-drawer-'));
    const broken = join(dir, 'broken.ts');
    await writeFile(broken, 'throw new Error("cannot load");\n');
    const bad = new RatesDrawer(broken);
    try {
      await expect(bad.draw({ rows: [], events: [] }, 'x')).rejects.toThrow(/rates charts: cannot load\. The chart thread runs/);
    } finally {
      await bad.close();
      await rm(dir, { recursive: true, force: true });
    }
  });
});
