// An edition's pillar charts as figures (the `::chart{id=buffers|tga|sofrBand|facility}` blocks):
// the drawing of the date (edition-charts.ts) with its words filled in, a title that asks the
// chart's question, a description, and a source line with the data's as-of date. A chart whose
// data the edition does not have is left out (an empty block), never drawn empty.
import { chartFigure } from '../charts/figure.ts';
import { BAND_INNER, BAND_OUTER, type ChartDrawing } from '../charts/pillarDrawing.ts';
import { fillSlots, timeTickWords } from '../charts/slots.ts';
import { THEME } from '../charts/theme.ts';
import { SRF_START } from '../catalog/events.ts';
import type { SeriesId } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';
import { pillarChartWords } from '../i18n/pillarCharts.ts';
import { ui } from '../i18n/ui.ts';
import { THRESHOLDS } from '../metrics/signals.ts';
import { formatDate, formatUsdBn } from '../report/format.ts';
import type { DateCharts } from './edition-charts.ts';
import { sourceOf } from './edition.ts';

const pct = (v: number) => `${v.toFixed(2)}%`;
const iso = (d: Date) => d.toISOString().slice(0, 10);

/** The chart blocks of the pillars, keyed by template id. */
export function pillarChartBlocks(charts: DateCharts, locale: Locale): Record<string, () => string> {
  const w = pillarChartWords(locale);
  const t = ui(locale);
  const date = (d: string) => formatDate(d, locale);
  const source = (series: readonly SeriesId[], last: string) => `${t.sourcePrefix}${sourceOf(series, locale)} · ${w.asOf(date(last))}`;
  const filled = (d: ChartDrawing, title: string, y: string, extra: [string, string][] = []) =>
    fillSlots(d.svg, new Map([...timeTickWords(d.ticks, locale), ['title', title], ['y', y], ...extra]));
  const { pillars, rows } = charts.inputs;

  return {
    buffers: () => {
      const b = pillars.buffers;
      const d = charts.pillars().buffers;
      if (!b || !d) return '';
      const [from, to] = [b.reserves.dates[0] as string, b.reserves.dates.at(-1) as string];
      const rank = THRESHOLDS.reservesLowRank;
      return chartFigure({
        id: 'buffers', small: true, title: w.buffersTitle,
        description: w.buffersDesc(date(from), date(to), formatUsdBn(b.reserves.values.at(-1) as number, locale),
          formatUsdBn(b.rrp.values.at(-1) ?? 0, locale), formatUsdBn(b.lowLine, locale), rank),
        source: source(['WRESBAL', 'RRPONTSYD'], to),
        legend: [
          { label: w.reserves, color: THEME.colors.primary, style: 'line' },
          { label: w.rrp, color: THEME.colors.secondary, style: 'line' },
          { label: w.lowLine(rank), color: THEME.colors.muted, style: 'dash' },
        ],
      }, filled(d, w.buffersTitle, w.buffersY));
    },
    tga: () => {
      const g = pillars.tga;
      const d = charts.pillars().tga;
      if (!g || !d) return '';
      const [from, to] = [g.dates[0] as string, g.dates.at(-1) as string];
      return chartFigure({
        id: 'tga', small: true, title: w.tgaTitle,
        description: w.tgaDesc(date(from), date(to), formatUsdBn(g.values.at(-1) as number, locale),
          formatUsdBn(Math.min(...g.values), locale), formatUsdBn(Math.max(...g.values), locale)),
        source: source(['TGA_CLOSE'], to),
        legend: [{ label: w.tga, color: THEME.colors.primary, style: 'line' }],
      }, filled(d, w.tgaTitle, w.tgaY));
    },
    sofrBand: () => {
      const band = pillars.band;
      const d = charts.pillars().band;
      if (!band || !d) return '';
      const first = band[0] as (typeof band)[number];
      const last = band.at(-1) as (typeof band)[number];
      const ranged = rows.filter((r) => r.upper !== undefined);
      const lastRange = ranged.at(-1);
      const top = lastRange && iso(lastRange.date) === last.date && lastRange.upper !== undefined ? pct(lastRange.upper) : null;
      return chartFigure({
        id: 'sofr-band', small: true, title: w.bandTitle,
        description: w.bandDesc(date(first.date), date(last.date), pct(last.p99), pct(last.p1), top),
        source: source(['SOFR_P99', 'DFEDTARU', 'IORB'], last.date),
        legend: [
          { label: w.bandOuter, color: BAND_OUTER, style: 'band' },
          { label: w.bandInner, color: BAND_INNER, style: 'band' },
          { label: w.range, color: THEME.colors.muted, style: 'line' },
          { label: t.chartRatesIorb('iorb'), color: THEME.colors.secondary, style: 'dash' },
        ],
      }, filled(d, w.bandTitle, w.bandY, [['rangeEnd', w.rangeEnd(lastRange ? date(iso(lastRange.date)) : '')]]));
    },
    facility: () => {
      const f = pillars.facility;
      const d = charts.pillars().facility;
      if (!f || !d) return '';
      const [from, to] = [f.dates[0] as string, f.dates.at(-1) as string];
      let top = 0;
      f.values.forEach((v, i) => { if (v > (f.values[top] as number)) top = i; });
      // Before the SRF began the series holds the temporary operations (pillarWindows.ts keeps the two apart).
      const srf = to >= SRF_START;
      const title = srf ? w.facilityTitle : w.omoTitle;
      return chartFigure({
        id: 'facility', small: true, title,
        description: w.facilityDesc(f.values.filter((v) => v > 0).length, date(from), date(to),
          formatUsdBn(f.values[top] as number, locale), date(f.dates[top] as string)),
        source: source(['SRF_TOTAL'], to),
        legend: [{ label: srf ? w.facility : w.omo, color: THEME.colors.primary, style: 'band' }],
      }, filled(d, title, w.facilityY));
    },
  };
}
