// An edition's pillar charts (buffers, TGA, SOFR distribution, facility), drawn once for both
// languages: words in slots (slots.ts), numbers at the line ends are the same in both. Pure; the
// chart thread draws them from a PillarJob of plain data.
import * as Plot from '@observablehq/plot';
import type { PillarWindows } from '../metrics/pillarWindows.ts';
import type { RateRangeRow } from '../metrics/windows.ts';
import { roundedCurve } from './curves.ts';
import { renderPlot } from './render.ts';
import { attrSlot, textSlot, timeTickSlots } from './slots.ts';
import { THEME } from './theme.ts';

/** The SOFR percentile bands as solid colours (the primary red, light and mid), so the legend's swatches match them. */
export const BAND_OUTER = '#f0c6c9';
export const BAND_INNER = '#d9868c';

export type PillarChartId = 'buffers' | 'tga' | 'band' | 'facility';

/** What the thread needs: the windows, and the range and IORB of the rates window for the band chart. */
export interface PillarJob {
  readonly windows: PillarWindows;
  readonly range: readonly { readonly date: string; readonly lower?: number; readonly upper?: number; readonly iorb?: number }[];
}

/** One variant of a chart. Slots: title, y, and the time ticks (timeTickWords). */
export interface Variant {
  readonly svg: string;
  readonly ticks: readonly Date[];
}

/** A chart drawn for wide screens and again for phones, where CSS shows the one that fits (site.css). */
export interface ChartDrawing {
  readonly wide: Variant;
  readonly phone: Variant;
}

/**
 * The two sizes. The phone variant is drawn at about the column it gets on a 390 px phone (358 CSS
 * px), taller, with 14 px text and 2.6 px lines (2.1 for the range and threshold lines), so at its rendered size its text stays at or above
 * 12 px from 335 px of column up (PHONE.font × column / PHONE.width); wide charts keep the look of
 * the rates chart.
 */
export const WIDE = { width: THEME.width, height: 260, font: 12, line: 2, ticksX: 6, ticksY: 5, marginLeft: THEME.marginLeft, marginRight: THEME.marginRight } as const;
export const PHONE = { width: 360, height: 300, font: 14, line: 2.6, ticksX: 3, ticksY: 4, marginLeft: 44, marginRight: 48 } as const;
export type Size = typeof WIDE | typeof PHONE;

export type PillarDrawings = Partial<Record<PillarChartId, ChartDrawing>>;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const points = (dates: readonly string[], values: readonly number[]) => dates.map((d, i) => ({ date: day(d), value: values[i] as number }));
const endLabel = (v: number) => (Math.abs(v) >= 100 ? Math.round(v).toLocaleString('en-US') : v.toFixed(2));

export const pillarJob = (windows: PillarWindows, rows: readonly RateRangeRow[]): PillarJob => ({
  windows,
  range: rows.map((r) => ({ date: r.date.toISOString().slice(0, 10), lower: r.lower, upper: r.upper, iorb: r.iorb })),
});

function variant(marks: Plot.Markish[], yZero: boolean, size: Size): Variant {
  const ticks = timeTickSlots();
  const svg = renderPlot({
    width: size.width, height: size.height, marginLeft: size.marginLeft, marginRight: size.marginRight, marginBottom: size.font * 2 + 10,
    style: { fontFamily: THEME.font, fontSize: `${size.font}px` },
    ariaLabel: attrSlot('title'), ariaDescription: '',
    x: { type: 'utc', label: null, ticks: size.ticksX, tickFormat: ticks.format as unknown as (d: Date, i: number) => string },
    y: { label: textSlot('y'), grid: true, nice: true, ticks: size.ticksY, ...(yZero ? { zero: true } : {}) },
    marks,
  });
  return { svg, ticks: ticks.ticks() };
}

const frame = (marks: (size: Size) => Plot.Markish[], yZero: boolean): ChartDrawing =>
  ({ wide: variant(marks(WIDE), yZero, WIDE), phone: variant(marks(PHONE), yZero, PHONE) });

const lineEnd = (data: readonly { date: Date; value: number }[], color: string, size: Size) => {
  const last = data.at(-1);
  return last ? [Plot.dot([last], { x: 'date', y: 'value', fill: color, r: size.line + 0.5 }), Plot.text([last], { x: 'date', y: 'value', text: (d: { value: number }) => endLabel(d.value), dx: 5, textAnchor: 'start', fill: color })] : [];
};

/** A job per chart, with a key naming its inputs: a chart whose key a date shares with the date before is the same drawing. */
export interface PillarPart {
  readonly id: PillarChartId;
  readonly job: PillarJob;
  readonly key: string;
}

export function pillarParts({ windows, range }: PillarJob): PillarPart[] {
  return (Object.keys(windows) as PillarChartId[]).filter((id) => windows[id] !== undefined).map((id) => {
    const job = { windows: { [id]: windows[id] }, range: id === 'band' ? range : [] };
    return { id, job, key: JSON.stringify(job) };
  });
}

/**
 * The last drawing of each chart with the key it was drawn for. The five-year buffers chart
 * changes once a week, the others when a print arrives; a build asks date by date, so one entry
 * per chart finds most repeats.
 */
export class LastDrawn<T> {
  readonly #last = new Map<PillarChartId, { readonly key: string; readonly value: T }>();

  get(part: PillarPart, draw: () => T): T {
    const got = this.#last.get(part.id);
    if (got?.key === part.key) return got.value;
    const value = draw();
    this.#last.set(part.id, { key: part.key, value });
    return value;
  }
}

/** A step line needs only the days it changes, and its last day (where it ends). */
function changes<T extends { readonly date: string }>(rows: readonly T[], key: (r: T) => string): (T & { date: Date })[] {
  return rows.filter((r, i) => i === 0 || i === rows.length - 1 || key(r) !== key(rows[i - 1] as T)).map((r) => ({ ...r, date: day(r.date) }));
}

export function drawPillars({ windows, range }: PillarJob): PillarDrawings {
  const out: PillarDrawings = {};
  const { buffers, tga, band, facility } = windows;
  if (buffers) {
    const res = points(buffers.reserves.dates, buffers.reserves.values);
    const rrp = points(buffers.rrp.dates, buffers.rrp.values);
    out.buffers = frame((z) => [
      Plot.ruleY([buffers.lowLine], { stroke: THEME.colors.muted, strokeDasharray: '4,3', strokeWidth: z.line - 0.5 }),
      Plot.lineY(res, { x: 'date', y: 'value', stroke: THEME.colors.primary, strokeWidth: z.line, curve: roundedCurve('linear') }),
      Plot.lineY(rrp, { x: 'date', y: 'value', stroke: THEME.colors.secondary, strokeWidth: z.line, curve: roundedCurve('linear') }),
      ...lineEnd(res, THEME.colors.primary, z), ...lineEnd(rrp, THEME.colors.secondary, z),
    ], true);
  }
  if (tga) {
    const data = points(tga.dates, tga.values);
    out.tga = frame((z) => [
      Plot.lineY(data, { x: 'date', y: 'value', stroke: THEME.colors.primary, strokeWidth: z.line, curve: roundedCurve('linear') }),
      ...lineEnd(data, THEME.colors.primary, z),
    ], true);
  }
  if (band) {
    const rows = band.map((r) => ({ ...r, date: day(r.date) }));
    const rng = changes(range.filter((r) => r.lower !== undefined && r.upper !== undefined), (r) => `${r.lower},${r.upper}`);
    const iorb = changes(range.filter((r) => r.iorb !== undefined), (r) => String(r.iorb));
    const lastRange = rng.at(-1);
    const lastBand = rows.at(-1);
    out.band = frame((z) => [
      Plot.lineY(rng, { x: 'date', y: 'upper', stroke: THEME.colors.muted, strokeWidth: z.line - 0.5, curve: roundedCurve('step-after') }),
      Plot.lineY(rng, { x: 'date', y: 'lower', stroke: THEME.colors.muted, strokeWidth: z.line - 0.5, curve: roundedCurve('step-after') }),
      Plot.lineY(iorb, { x: 'date', y: 'iorb', stroke: THEME.colors.secondary, strokeDasharray: '4,3', strokeWidth: z.line - 0.5, curve: roundedCurve('step-after') }),
      Plot.areaY(rows, { x: 'date', y1: 'p1', y2: 'p99', fill: BAND_OUTER, curve: roundedCurve('linear') }),
      Plot.areaY(rows, { x: 'date', y1: 'p25', y2: 'p75', fill: BAND_INNER, curve: roundedCurve('linear') }),
      // Where the published range stops before the band does, a mark says so: the range was not abolished, its data ends.
      ...(lastRange && lastBand && lastRange.date < lastBand.date
        ? [Plot.ruleX([lastRange], { x: 'date', stroke: THEME.colors.muted, strokeWidth: z.line }), Plot.text([lastRange], { x: 'date', y: 'upper', text: () => textSlot('rangeEnd'), dy: -8, textAnchor: 'end', fill: THEME.colors.muted })]
        : []),
      ...(lastBand ? [Plot.text([lastBand], { x: 'date', y: 'p99', text: (d: { p99: number }) => d.p99.toFixed(2), dx: 5, textAnchor: 'start', fill: THEME.colors.primary })] : []),
    ], false);
  }
  if (facility) {
    // Days without take-up draw nothing; leaving them out keeps the SVG small.
    const data = points(facility.dates, facility.values).filter((p) => p.value > 0);
    out.facility = frame((z) => [
      Plot.rectY(data, { x: 'date', y: 'value', interval: 'day', fill: THEME.colors.primary, insetLeft: -1, insetRight: -1 }),
      // The window's ends fix the time axis, so one day of take-up is not a chart of one day.
      Plot.ruleX([day(facility.dates[0] as string), day(facility.dates.at(-1) as string)], { strokeOpacity: 0 }),
      Plot.ruleY([0], { stroke: THEME.colors.muted, strokeWidth: z.line - 0.5 }),
    ], true);
  }
  return out;
}
