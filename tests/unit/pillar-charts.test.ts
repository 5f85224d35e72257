// The pillar charts of an edition (metrics/pillarWindows.ts, charts/pillarDrawing.ts,
// site/pillar-figures.ts) on the frozen fixture: point-in-time inputs, the rule's own threshold,
// and figures that each carry a title, an as-of date and a source line.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeriesId } from '../../src/catalog/series.ts';
import { addDays } from '../../src/core/dates.ts';
import type { Locale } from '../../src/core/locale.ts';
import { drawPillars, facilitySteps, LastDrawn, pillarParts, sameData } from '../../src/charts/pillarDrawing.ts';
import { rangeStopsEarly } from '../../src/charts/rangeEnd.ts';
import { textSlot } from '../../src/charts/slots.ts';
import { niceTicks, relativePath, tickLabel, timeTicks } from '../../src/charts/svgChart.ts';
import { pillarChartWords } from '../../src/i18n/pillarCharts.ts';
import { pillarWindows, lowRangeLevel, type Line } from '../../src/metrics/pillarWindows.ts';
import { published } from '../../src/metrics/publication.ts';
import { WindowRank } from '../../src/metrics/rolling.ts';
import { THRESHOLDS } from '../../src/metrics/signals.ts';
import { vintageAt } from '../../src/metrics/vintage.ts';
import { rateRangeWindow } from '../../src/metrics/windows.ts';
import { formatDate } from '../../src/report/format.ts';
import { chartInputs, pillarsJob } from '../../src/site/edition-charts.ts';
import { editionOf } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { cutAt, fixtureSnapshot } from '../helpers.ts';

let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

const windowsAt = (s: Snapshot, asOf: string) => {
  const view = vintageAt(s, asOf);
  return pillarWindows(view, asOf, rateRangeWindow(view, asOf, 180));
};

describe('pillar chart inputs', () => {
  it.each(['2020-03-17', '2025-10-29', '2025-10-31'])('use only what was public by the edition of %s', (asOf) => {
    const w = windowsAt(snap, asOf);
    // Nothing dated after the edition can change them ...
    expect(windowsAt(cutAt(snap, asOf), asOf)).toEqual(w);
    // ... and every point drawn was published by its cut-off (H.4.1 reserves of a Wednesday come out on Thursday).
    const pub = published(vintageAt(snap, asOf));
    const known = (id: SeriesId, line: Line | undefined) => {
      const obs = pub.series.get(id) ?? [];
      for (const d of line?.dates ?? []) expect((obs.find((o) => o.date === d)?.known ?? d) <= asOf, `${id} ${d}`).toBe(true);
    };
    known('WRESBAL', w.buffers?.reserves);
    known('RRPONTSYD', w.buffers?.rrp);
    known('TGA_CLOSE', w.tga);
    known('SRF_TOTAL', w.facility);
    for (const r of w.band ?? []) expect(r.date <= asOf).toBe(true);
    expect(w.buffers && w.tga && w.band).toBeTruthy();
  });

  it('does not show a Wednesday\'s reserves in that Wednesday\'s edition', () => {
    expect(windowsAt(snap, '2025-10-29').buffers?.reserves.dates.at(-1)).toBe('2025-10-22');
  });

  it('draws the low-range line where the buffers rule\'s five-year rank crosses its threshold', () => {
    const values = windowsAt(snap, '2025-10-31').buffers?.reserves.values ?? [];
    const line = lowRangeLevel(values, THRESHOLDS.reservesLowRank) as number;
    const rank = (v: number) => {
      const r = new WindowRank();
      for (const [i, x] of values.entries()) r.push({ date: String(i).padStart(6, '0'), value: x });
      return r.rank(v, '', 1) as number;
    };
    expect(rank(line)).toBeLessThanOrEqual(THRESHOLDS.reservesLowRank);
    const above = Math.min(...values.filter((v) => v > line));
    expect(rank(above)).toBeGreaterThan(THRESHOLDS.reservesLowRank);
  });

  it('has a facility chart only when the facility was used in the window', () => {
    for (const asOf of ['2024-05-15', '2025-10-31']) {
      const { pillars, rows } = chartInputs(snap, asOf);
      const from = rows[0]?.date.toISOString().slice(0, 10) as string;
      const used = (published(vintageAt(snap, asOf)).series.get('SRF_TOTAL') ?? []).some((o) => o.date >= from && (o.known ?? o.date) <= asOf && o.value > 0);
      expect(pillars.facility !== undefined, asOf).toBe(used);
    }
    expect(chartInputs(snap, '2025-10-31').pillars.facility).toBeDefined();
  });
});

describe('pillar chart figures', () => {
  it.each([['zh', '2025-10-31'], ['en', '2025-10-31'], ['en', '2020-03-17']] as [Locale, string][])('%s %s: each has its question, as-of date and source', (locale, asOf) => {
    const file = `content/reports/${locale}.md`;
    const { html } = editionOf(snap, locale, asOf, readFileSync(file, 'utf8'), file);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const w = pillarChartWords(locale);
    const inputs = chartInputs(snap, asOf).pillars;
    const expected: [string, string, string | undefined][] = [
      ['buffers', w.buffersTitle, inputs.buffers?.reserves.dates.at(-1)],
      ['tga', w.tgaTitle, inputs.tga?.dates.at(-1)],
      ['sofr-band', w.bandTitle, inputs.band?.at(-1)?.date],
    ];
    for (const [id, title, last] of expected) {
      const fig = document.querySelector(`#chart-${id}`);
      expect(fig, id).not.toBeNull();
      expect(fig?.querySelector('figcaption strong')?.textContent).toBe(title);
      expect(fig?.querySelector('svg')?.getAttribute('aria-label')).toBe(title);
      expect(last && last <= asOf).toBe(true);
      expect(fig?.querySelector('.chart-source')?.textContent).toContain(w.asOf(formatDate(last as string, locale)));
      expect(fig?.querySelector('.chart-source')?.textContent?.startsWith(locale === 'zh' ? '来源：' : 'Source: ')).toBe(true);
      // Every slot got its words.
      expect(fig?.innerHTML).not.toMatch(/[\uE000-\uE002]/);
    }
  });
});

describe('one drawing for phone and desktop', () => {
  // The column of a 390 px phone: the viewport less the page's 1rem padding on each side. On
  // desktop two charts share the 736 px column (site.css .chart-small), about 360 px each.
  const COLUMN = 390 - 32;
  it.each(['zh', 'en'] as Locale[])('%s: one SVG per chart, text at least 12 px and lines at least 2 px in a 390 px phone\'s column', (locale) => {
    const file = `content/reports/${locale}.md`;
    const { html } = editionOf(snap, locale, '2025-10-31', readFileSync(file, 'utf8'), file);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const figures = [...document.querySelectorAll('figure.chart-small')];
    expect(figures.map((f) => f.id).sort()).toEqual(['chart-buffers', 'chart-facility', 'chart-sofr-band', 'chart-tga']);
    for (const fig of figures) {
      const svgs = fig.querySelectorAll('svg');
      expect(svgs.length, fig.id).toBe(1);
      const svg = svgs[0] as Element;
      const scale = COLUMN / Number(svg.getAttribute('viewBox')?.split(' ')[2]);
      const sizes = [svg, ...svg.querySelectorAll('[font-size]')].map((e) => Number.parseFloat(e.getAttribute('font-size') as string));
      for (const s of sizes) expect(s * scale, fig.id).toBeGreaterThanOrEqual(12);
      const lines = [...svg.querySelectorAll('[data-mark="line"], [data-mark="rule"]')].filter((g) => g.getAttribute('stroke-opacity') !== '0');
      expect(lines.length, fig.id).toBeGreaterThan(0);
      for (const g of lines) expect(Number(g.getAttribute('stroke-width') ?? 1) * scale, fig.id).toBeGreaterThanOrEqual(2);
    }
  });
});

describe('a pillar chart drawn once while its data stay the same', () => {
  it('compares data by value: numbers, strings, dates, arrays and objects, an undefined property as absent', () => {
    expect(sameData({ a: [1, 2, { b: 'x' }], c: undefined }, { a: [1, 2, { b: 'x' }] })).toBe(true);
    expect(sameData({ d: new Date('2025-11-03') }, { d: new Date('2025-11-03T00:00:00Z') })).toBe(true);
    expect(sameData([Number.NaN], [Number.NaN])).toBe(true);
    expect(sameData({ a: [1, 2] }, { a: [1, 3] })).toBe(false);
    expect(sameData({ a: [1, 2] }, { a: [1, 2, 3] })).toBe(false);
    expect(sameData({ a: 1 }, { a: 1, b: 2 })).toBe(false);
    expect(sameData({ d: new Date('2025-11-03') }, { d: new Date('2025-11-04') })).toBe(false);
    expect(sameData([1], { 0: 1 })).toBe(false);
    expect(sameData(null, {})).toBe(false);
  });

  it("redraws a chart only when a date's data differ from the date before's", () => {
    // Two fixture dates a day apart: the five-year buffers window moves only with a Wednesday.
    const parts = (asOf: string) => pillarParts(pillarsJob(chartInputs(snap, asOf)));
    const last = new LastDrawn<string>();
    const drawn: string[] = [];
    const draw = (asOf: string) => parts(asOf).map((p) => last.get(p, () => { drawn.push(`${p.id}@${asOf}`); return `${p.id}@${asOf}`; }));
    draw('2025-11-03');
    const before = drawn.length;
    expect(before).toBeGreaterThan(0);
    draw('2025-11-03');
    expect(drawn.length).toBe(before); // the same date: nothing drawn again
    const second = draw('2025-11-04');
    expect(second).toContain('buffers@2025-11-03'); // no new Wednesday between them
    expect(drawn.slice(before)).toContain('tga@2025-11-04'); // a new day of the TGA
  });
});

describe('compact paths', () => {
  it('writes whole-unit lines as relative moves that draw the same points', () => {
    const d = 'M10,20L12,20L14,20L15,18L15,18L16,16L20,16Z';
    const rel = relativePath(d);
    expect(rel).toBe('M10,20l4,0l2-4l4,0Z');
    // Walk both: every corner of the original path is on the relative one.
    const walk = (p: string) => {
      const pts: string[] = [];
      let [x, y] = [0, 0];
      for (const [, c, a, b] of p.matchAll(/([MLlZ])(?:(-?\d+),?(-?\d+))?/g)) {
        if (c === 'Z') continue;
        [x, y] = c === 'l' ? [x + Number(a), y + Number(b)] : [Number(a), Number(b)];
        pts.push(`${x},${y}`);
      }
      return pts;
    };
    expect(walk(rel)).toEqual(['10,20', '14,20', '16,16', '20,16']);
    expect(walk(d)).toEqual(expect.arrayContaining(walk(rel)));
  });

  it('leaves other paths alone', () => {
    for (const d of ['M0.5,1L2,3', 'M0,0C1,1,2,2,3,3', 'M0,0H5']) expect(relativePath(d)).toBe(d);
  });

  it('draws a facility bar per day of take-up, a run of days without it as one step', () => {
    const steps = facilitySteps(['2025-10-27', '2025-10-28', '2025-10-29', '2025-10-30', '2025-10-31'], [0, 0, 0, 5, 0]);
    expect(steps.map((s) => [s.date.toISOString().slice(0, 10), s.value])).toEqual([
      ['2025-10-27', 0], ['2025-10-30', 5], ['2025-10-31', 0], ['2025-11-01', 0],
    ]);
  });
});

describe('the marks the charts keep', () => {
  it('draws the buffers rule\'s low-range line, dashed, at its level', () => {
    const inputs = chartInputs(snap, '2025-10-31');
    const svg = drawPillars(pillarsJob(inputs)).buffers?.svg ?? '';
    const { document } = parseHTML(`<!doctype html><html><body>${svg}</body></html>`);
    const rules = [...document.querySelectorAll('[data-mark="rule"]')];
    expect(rules.some((g) => g.getAttribute('stroke-dasharray') === '4,3')).toBe(true);
  });

  it('marks where the range data stop when they end before the band', () => {
    const inputs = chartInputs(snap, '2025-10-31');
    const job = pillarsJob(inputs);
    // The range as it would read had DFEDTARU stopped two months before the edition.
    const stopped = { ...job, range: job.range.map((r) => (r.date > '2025-08-29' ? { date: r.date, iorb: r.iorb } : r)) };
    expect(drawPillars(job).band?.svg).not.toContain(textSlot('rangeEnd'));
    expect(drawPillars(stopped).band?.svg).toContain(textSlot('rangeEnd'));
  });

  it('does not mark a range a few days behind the band: the same rule as the rates chart (rangeEnd.ts)', () => {
    const inputs = chartInputs(snap, '2025-10-31');
    const job = pillarsJob(inputs);
    const last = job.windows.band?.at(-1)?.date as string;
    // Two business days of publication lag, as FRED's copy of the range often has.
    const lagging = { ...job, range: job.range.map((r) => (r.date > addDays(last, -3) ? { date: r.date, iorb: r.iorb } : r)) };
    expect(drawPillars(lagging).band?.svg).not.toContain(textSlot('rangeEnd'));
    expect(rangeStopsEarly(new Date(`${addDays(last, -3)}T00:00:00Z`), new Date(`${last}T00:00:00Z`))).toBe(false);
    expect(rangeStopsEarly(new Date(`${addDays(last, -6)}T00:00:00Z`), new Date(`${last}T00:00:00Z`))).toBe(true);
  });
});

describe('svgChart scales', () => {
  it('picks ticks as d3 does: 1, 2 or 5 times a power of ten on a domain widened to whole steps', () => {
    expect(niceTicks(261, 1001, 4)).toEqual({ domain: [200, 1200], ticks: [200, 400, 600, 800, 1000, 1200], step: 200 });
    expect(niceTicks(0, 1001, 4).domain).toEqual([0, 1200]);
    expect(niceTicks(3.87, 4.41, 4).ticks).toEqual([3.8, 4, 4.2, 4.4, 4.6]);
    expect(tickLabel(3000, 1000)).toBe('3,000');
    expect(tickLabel(4.1, 0.1)).toBe('4.1');
    expect(tickLabel(-0.05, 0.05)).toBe('\u22120.05');
  });

  it('puts time ticks on whole years over five years and on quarters over one', () => {
    const t = (iso: string) => Date.parse(`${iso}T00:00:00Z`);
    const iso = (ds: Date[]) => ds.map((d) => d.toISOString().slice(0, 10));
    expect(iso(timeTicks(t('2020-10-28'), t('2025-10-29'), 4))).toEqual(['2021-01-01', '2022-01-01', '2023-01-01', '2024-01-01', '2025-01-01']);
    expect(iso(timeTicks(t('2024-10-31'), t('2025-10-30'), 4))).toEqual(['2025-01-01', '2025-04-01', '2025-07-01', '2025-10-01']);
  });
});
