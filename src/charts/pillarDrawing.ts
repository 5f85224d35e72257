// An edition's pillar charts (buffers, TGA, SOFR distribution, facility), drawn once for both
// languages: words in slots (slots.ts), numbers at the line ends are the same in both. Pure; the
// chart thread draws them from a PillarJob of plain data.
import { DAY_MS } from '../core/dates.ts';
import type { PillarWindows } from '../metrics/pillarWindows.ts';
import type { RateRangeRow } from '../metrics/windows.ts';
import { rangeStopsEarly } from './rangeEnd.ts';
import { attrSlot, textSlot, timeTickSlots } from './slots.ts';
import { area, dot, label, line, ruleX, ruleY, svgChart, tickLabel, type Mark, type XY } from './svgChart.ts';
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

/** A chart's drawing. Slots: title, y, and the time ticks (timeTickWords). */
export interface ChartDrawing {
  readonly svg: string;
  readonly ticks: readonly Date[];
}

/**
 * One drawing per chart, for phone and desktop alike: 360 units wide, about the 358 CSS px
 * column of a 390 px phone, where its 13 px text renders at 12.9 px and its 2.5 px lines (2.1
 * for the range and threshold lines) at 2.1 px or more; wider screens show it at that size,
 * two side by side (site.css .chart-small), so it never scales down. Coordinates are whole
 * units, a CSS pixel or so, written as relative moves (svgChart.ts): most of a chart's bytes
 * are its paths.
 */
export const SIZE = { width: 360, height: 250, font: 13, line: 2.5, thin: 2.1, ticksX: 4, ticksY: 4, marginLeft: 44, marginRight: 48 } as const;

export type PillarDrawings = Partial<Record<PillarChartId, ChartDrawing>>;

const day = (iso: string) => new Date(`${iso}T00:00:00Z`);
const points = (dates: readonly string[], values: readonly number[]) => dates.map((d, i) => ({ date: day(d), value: values[i] as number }));
const endLabel = (v: number) => (Math.abs(v) >= 100 ? tickLabel(Math.round(v), 1) : v.toFixed(2));

export const pillarJob = (windows: PillarWindows, rows: readonly RateRangeRow[]): PillarJob => ({
  windows,
  range: rows.map((r) => ({ date: r.date.toISOString().slice(0, 10), lower: r.lower, upper: r.upper, iorb: r.iorb })),
});

// The top margin keeps the y axis title above the top tick label (at 20 they met by 2 px).
const BOX = { width: SIZE.width, height: SIZE.height, marginTop: 26, marginRight: SIZE.marginRight, marginBottom: SIZE.font * 2 + 10, marginLeft: SIZE.marginLeft };

function frame(marks: Mark[], yZero: boolean): ChartDrawing {
  const ticks = timeTickSlots();
  return svgChart({
    box: BOX, font: { family: THEME.font, size: SIZE.font }, ariaLabel: attrSlot('title'), yLabel: textSlot('y'),
    xTicks: SIZE.ticksX, yTicks: SIZE.ticksY, yZero, xFormat: ticks.format, marks,
  });
}

const lineEnd = (data: readonly XY[], color: string): Mark[] => {
  const last = data.at(-1);
  return last ? [dot(last, color, SIZE.line + 0.5), label(last, endLabel(last.value), color, { dx: 5 })] : [];
};

/** A job per chart: a chart whose job a date shares with the date before is the same drawing. */
export interface PillarPart {
  readonly id: PillarChartId;
  readonly job: PillarJob;
}

export function pillarParts({ windows, range }: PillarJob): PillarPart[] {
  return (Object.keys(windows) as PillarChartId[]).filter((id) => windows[id] !== undefined)
    .map((id) => ({ id, job: { windows: { [id]: windows[id] }, range: id === 'band' ? range : [] } }));
}

/**
 * Whether two jobs hold the same data (plain objects, arrays, numbers, strings; a property set to
 * undefined counts as absent). It stops at the first difference; a JSON key of each job had cost
 * ~0.7 s of the main thread in a full build, formatting five years of numbers per date.
 */
export function sameData(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (a instanceof Date || b instanceof Date) return a instanceof Date && b instanceof Date && a.getTime() === b.getTime();
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return Number.isNaN(a) && Number.isNaN(b);
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => sameData(x, b[i]));
  const ra = a as Record<string, unknown>;
  const rb = b as Record<string, unknown>;
  const ka = Object.keys(ra).filter((k) => ra[k] !== undefined);
  const kb = Object.keys(rb).filter((k) => rb[k] !== undefined);
  return ka.length === kb.length && ka.every((k) => sameData(ra[k], rb[k]));
}

/**
 * The last drawing of each chart with the job it was drawn for. The five-year buffers chart
 * changes once a week, the others when a print arrives; a build asks date by date, so one entry
 * per chart finds most repeats.
 */
export class LastDrawn<T> {
  readonly #last = new Map<PillarChartId, { readonly job: PillarJob; readonly value: T }>();

  get(part: PillarPart, draw: () => T): T {
    const got = this.#last.get(part.id);
    if (got && sameData(got.job, part.job)) return got.value;
    const value = draw();
    this.#last.set(part.id, { job: part.job, value });
    return value;
  }
}

/** A step line needs only the days it changes, and its last day (where it ends). */
function changes<T extends { readonly date: string }>(rows: readonly T[], key: (r: T) => string): (T & { date: Date })[] {
  return rows.filter((r, i) => i === 0 || i === rows.length - 1 || key(r) !== key(rows[i - 1] as T)).map((r) => ({ ...r, date: day(r.date) }));
}

/**
 * Take-up as a step area over every day of the window, one path instead of a rect per day:
 * a day's bar runs to the next day, a run of days without take-up needs only its first day, and
 * the day after the window's last closes a bar on that day.
 */
export function facilitySteps(dates: readonly string[], values: readonly number[]): { date: Date; value: number }[] {
  const out: { date: Date; value: number }[] = [];
  for (const [i, date] of dates.entries()) {
    const v = values[i] as number;
    if (i === 0 || v > 0 || (values[i - 1] as number) > 0) out.push({ date: day(date), value: v });
  }
  const last = dates.at(-1);
  if (last) out.push({ date: new Date(day(last).getTime() + DAY_MS), value: 0 });
  return out;
}

export function drawPillars({ windows, range }: PillarJob): PillarDrawings {
  const out: PillarDrawings = {};
  const { buffers, tga, band, facility } = windows;
  const wide = { width: SIZE.line };
  const thin = { width: SIZE.thin };
  if (buffers) {
    const res = points(buffers.reserves.dates, buffers.reserves.values);
    const rrp = points(buffers.rrp.dates, buffers.rrp.values);
    out.buffers = frame([
      ruleY(buffers.lowLine, { ...thin, color: THEME.colors.muted, dash: '4,3' }),
      line(res, { ...wide, color: THEME.colors.primary }),
      line(rrp, { ...wide, color: THEME.colors.secondary }),
      ...lineEnd(res, THEME.colors.primary), ...lineEnd(rrp, THEME.colors.secondary),
    ], true);
  }
  if (tga) {
    const data = points(tga.dates, tga.values);
    out.tga = frame([line(data, { ...wide, color: THEME.colors.primary }), ...lineEnd(data, THEME.colors.primary)], true);
  }
  if (band) {
    const rows = band.map((r) => ({ ...r, date: day(r.date) }));
    const rng = changes(range.filter((r) => r.lower !== undefined && r.upper !== undefined), (r) => `${r.lower},${r.upper}`);
    const iorb = changes(range.filter((r) => r.iorb !== undefined), (r) => String(r.iorb));
    const lastRange = rng.at(-1);
    const lastBand = rows.at(-1);
    // The words beside the mark go towards the middle of the chart, so they stay inside it.
    const t0 = rows[0]?.date.getTime() ?? 0;
    const early = lastRange && lastBand ? (lastRange.date.getTime() - t0) * 2 < lastBand.date.getTime() - t0 : false;
    const at = (rs: typeof rng, v: (r: (typeof rng)[number]) => number | undefined) => rs.map((r) => ({ date: r.date, value: v(r) as number }));
    out.band = frame([
      line(at(rng, (r) => r.upper), { ...thin, color: THEME.colors.muted }, true),
      line(at(rng, (r) => r.lower), { ...thin, color: THEME.colors.muted }, true),
      line(at(iorb, (r) => r.iorb), { ...thin, color: THEME.colors.secondary, dash: '4,3' }, true),
      area(rows, (r) => r.p1, (r) => r.p99, BAND_OUTER),
      area(rows, (r) => r.p25, (r) => r.p75, BAND_INNER),
      // Where the published range stops before the band does, a mark says so: the range was not abolished, its data ends.
      ...(lastRange && lastBand && rangeStopsEarly(lastRange.date, lastBand.date)
        ? [ruleX(lastRange.date, { ...wide, color: THEME.colors.muted }),
          label({ date: lastRange.date, value: lastRange.upper as number }, textSlot('rangeEnd'), THEME.colors.muted, { dx: early ? 4 : -4, dy: -12, anchor: early ? 'start' : 'end' })]
        : []),
      ...(lastBand ? [label({ date: lastBand.date, value: lastBand.p99 }, lastBand.p99.toFixed(2), THEME.colors.primary, { dx: 5 })] : []),
    ], false);
  }
  if (facility) {
    out.facility = frame([
      area(facilitySteps(facility.dates, facility.values), undefined, (r) => r.value, THEME.colors.primary, true),
      ruleY(0, { ...thin, color: THEME.colors.muted }),
    ], true);
  }
  return out;
}
