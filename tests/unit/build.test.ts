// The Build of a snapshot (site/build.ts), on the frozen fixture: its editions are the editions
// composed one by one, and its chart thread's look-ahead leaves nothing for the pages to draw.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { Build } from '../../src/site/build.ts';
import { editionDates, editionOf } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot, fixtureText } from '../helpers.ts';

const REPORTS = 'content/reports';
let snap: Snapshot;
let threaded: Build;
let inProcess: Build;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  threaded = new Build(snap, { reportsDir: REPORTS, chartThread: true });
  inProcess = new Build(snap, { reportsDir: REPORTS, chartThread: false });
});
afterAll(() => threaded.lookAhead?.close());

describe('Build', () => {
  it('dates its editions by the snapshot and limits pages to EDITIONS_FROM', () => {
    expect(threaded.dates).toEqual(editionDates(snap));
    expect(threaded.latest).toBe(editionDates(snap).at(-1));
    const from = threaded.dates.at(-5) as string;
    const recent = new Build(snap, { reportsDir: REPORTS, chartThread: false, editionsFrom: from });
    expect(recent.pageDates).toEqual(threaded.dates.slice(-5));
    expect(() => threaded.metricsAt('2025-11-01')).toThrow(/2025-11-01 is not an edition date/);
  });

  it('builds the latest edition by default, equal to the edition composed on its own', async () => {
    const built = await inProcess.edition('en');
    expect(built.asOf).toBe(inProcess.latest);
    const alone = editionOf(snap, 'en', inProcess.latest, fixtureText('../../content/reports/en.md'), `${REPORTS}/en.md`);
    expect(built).toEqual(alone);
    expect(built.html).toContain('<figure');
  });

  it("draws in-process none of the charts the thread drew ahead, and the same pages as without the thread", async () => {
    // Pages come date by date, zh then en, as Astro builds them ([...lang]/reports/[date].astro).
    const dates = threaded.dates.slice(-12, -3);
    for (const d of dates) {
      for (const locale of ['zh', 'en'] as const) {
        const [a, b] = [await threaded.edition(locale, d), await inProcess.edition(locale, d)];
        expect(a.html, `${locale} ${d}`).toBe(b.html);
      }
    }
    expect(threaded.charts.drawnHere).toBe(0);
    // Without the thread every date's rates chart (once for both languages) is drawn here.
    expect(inProcess.charts.drawnHere).toBeGreaterThanOrEqual(dates.length);
  });
});
