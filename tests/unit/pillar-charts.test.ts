// The pillar charts of an edition (metrics/pillarWindows.ts, charts/pillarDrawing.ts,
// site/pillar-figures.ts) on the frozen fixture: point-in-time inputs, the rule's own threshold,
// and figures that each carry a title, an as-of date and a source line.
import { readFileSync } from 'node:fs';
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeriesId } from '../../src/catalog/series.ts';
import type { Locale } from '../../src/core/locale.ts';
import { pillarChartWords } from '../../src/i18n/pillarCharts.ts';
import { pillarWindows, lowRangeLevel, type Line } from '../../src/metrics/pillarWindows.ts';
import { published } from '../../src/metrics/publication.ts';
import { WindowRank } from '../../src/metrics/rolling.ts';
import { THRESHOLDS } from '../../src/metrics/signals.ts';
import { vintageAt } from '../../src/metrics/vintage.ts';
import { rateRangeWindow } from '../../src/metrics/windows.ts';
import { formatDate } from '../../src/report/format.ts';
import { chartInputs } from '../../src/site/edition-charts.ts';
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

describe('the phone variant', () => {
  // The column of a 390 px phone: the viewport less the page's 1rem padding on each side.
  const COLUMN = 390 - 32;
  it.each(['zh', 'en'] as Locale[])('%s: text at least 12 px and lines at least 2 px at its rendered size', (locale) => {
    const file = `content/reports/${locale}.md`;
    const { html } = editionOf(snap, locale, '2025-10-31', readFileSync(file, 'utf8'), file);
    const { document } = parseHTML(`<!doctype html><html><body>${html}</body></html>`);
    const phones = [...document.querySelectorAll('.v-phone svg')];
    expect(phones.length).toBe(4); // buffers, TGA, SOFR band, facility
    for (const svg of phones) {
      const scale = COLUMN / Number(svg.getAttribute('viewBox')?.split(' ')[2]);
      const sizes = [svg, ...svg.querySelectorAll('[font-size]')].map((e) => Number.parseFloat(e.getAttribute('font-size') as string));
      for (const s of sizes) expect(s * scale, svg.getAttribute('aria-label') as string).toBeGreaterThanOrEqual(12);
      const lines = [...svg.querySelectorAll('[data-mark="line"], [data-mark="rule"]')].filter((g) => g.getAttribute('stroke-opacity') !== '0');
      for (const g of lines) expect(Number(g.getAttribute('stroke-width') ?? 1) * scale).toBeGreaterThanOrEqual(2);
      // The wide drawing of the same chart sits beside it, for wider screens.
      expect(svg.closest('.chart-svg')?.querySelector('.v-wide svg')?.getAttribute('aria-label')).toBe(svg.getAttribute('aria-label'));
    }
  });
});
