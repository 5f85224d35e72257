// The rates chart marks policy events with numbers above the frame and explains them in a key
// under the chart (words inside the plot collided, and shrank to 5 px on a phone), and marks
// where the range data stop when they stop before the window does.
import { describe, expect, it } from 'vitest';
import { bandEnd, eventMarkers } from '../../src/charts/rateRange.ts';
import { drawRates } from '../../src/charts/ratesDrawing.ts';
import { rateRangeWindow } from '../../src/metrics/windows.ts';
import { Build } from '../../src/site/build.ts';
import { fixtureSnapshot } from '../helpers.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);

describe('event markers', () => {
  it('share one marker for events less than ten days apart, at the first, naming each', () => {
    const marks = eventMarkers([
      { date: d('2025-10-29'), label: '2' }, { date: d('2025-09-17'), label: '1' }, { date: d('2025-11-05'), label: '3' }, { date: d('2025-12-10'), label: '4' },
    ]);
    expect(marks.map((m) => [m.date.toISOString().slice(0, 10), m.label])).toEqual([['2025-09-17', '1'], ['2025-10-29', '2,3'], ['2025-12-10', '4']]);
  });
});

describe('the rates chart of an edition', () => {
  it('numbers its events in the chart and names them, dated, in the key below, in both languages', async () => {
    const build = new Build(await fixtureSnapshot(), { reportsDir: 'content/reports', chartThread: false });
    const date = build.dates.find((day) => build.charts.inputs(day).marks.length >= 2);
    expect(date, 'a fixture edition whose rates window holds two policy events').toBeDefined();
    const marks = build.charts.inputs(date as string).marks;
    for (const locale of ['zh', 'en'] as const) {
      const html = (await build.edition(locale, date as string)).html;
      const figure = /<figure class="chart" id="chart-rates"[\s\S]*?<\/figure>/.exec(html)?.[0] ?? '';
      const key = /<ol class="chart-key">([\s\S]*?)<\/ol>/.exec(figure)?.[1] ?? '';
      const items = [...key.matchAll(/<li>([^<]*)<\/li>/g)].map((m) => m[1]);
      expect(items).toHaveLength(marks.length);
      marks.forEach((e, i) => {
        expect(items[i]).toContain(e.title[locale].replaceAll('&', '&amp;'));
      });
      const svg = /<svg[\s\S]*<\/svg>/.exec(figure)?.[0] ?? '';
      for (const e of marks) expect(svg).not.toContain(e.title[locale]);
      expect(svg).toMatch(/>1(,2)?<\/text>/);
      // Only the root sets a text size, so the phone's larger chart text (site.css) reaches every label.
      expect(svg.slice(svg.indexOf('>')).match(/font-size/g), 'a label with a size of its own').toBeNull();
    }
  });

  it('marks where the range data stop when they stop more than five days before the window ends', async () => {
    const snap = await fixtureSnapshot();
    const rows = rateRangeWindow(snap, '2025-10-31', 180);
    expect(bandEnd(rows)).toBeUndefined();
    // The same real rows with the range cut off for the last ten business days, as a stale range series leaves them.
    const stale = rows.map((r, i) => (i >= rows.length - 10 ? { ...r, lower: undefined, upper: undefined } : r));
    expect(bandEnd(stale)?.date).toEqual((rows[rows.length - 11] as (typeof rows)[number]).date);
    expect(drawRates({ rows: stale, events: [] }).svg).toContain('\uE000bandEnd\uE001');
    expect(drawRates({ rows, events: [] }).svg).not.toContain('bandEnd');
  });
});
