// The rates chart of one edition, drawn once for both languages (words in slots, src/charts/slots.ts). Pure.
import type { RateRangeRow } from '../metrics/windows.ts';
import { bandEnd, rateRangePlot } from './rateRange.ts';
import { renderPlot } from './render.ts';
import { attrSlot, textSlot, timeTickSlots } from './slots.ts';

export interface RatesJob {
  readonly rows: readonly RateRangeRow[];
  /** Dates of the policy events marked on the chart, numbered from 1 in this order (the key under the chart). */
  readonly events: readonly Date[];
}

export interface RatesDrawing {
  /** The chart with slots: title, y, sofr, bandEnd (when the range data stop early), and the time ticks' (timeTickWords). */
  readonly svg: string;
  /** The time ticks Plot chose, for timeTickWords. */
  readonly ticks: readonly Date[];
}

export function drawRates({ rows, events }: RatesJob): RatesDrawing {
  const ticks = timeTickSlots();
  const svg = renderPlot(rateRangePlot(rows, {
    y: textSlot('y'), sofr: textSlot('sofr'), range: '', iorb: '', ariaLabel: attrSlot('title'), ariaDescription: '', xTicks: ticks.format,
    ...(bandEnd(rows) ? { bandEnd: textSlot('bandEnd') } : {}),
  }, events.map((date, i) => ({ date, label: String(i + 1) }))));
  return { svg, ticks: ticks.ticks() };
}

/** A RatesJob as columns of numbers, which cross to the chart thread as a copy of bytes. */
export interface PackedRatesJob {
  /** Epoch milliseconds. */
  readonly dates: Float64Array;
  readonly sofr: Float64Array;
  /** NaN where the row has no value. */
  readonly lower: Float64Array;
  readonly upper: Float64Array;
  readonly iorb: Float64Array;
  readonly events: Float64Array;
}

// Cloning 180 row objects with Dates for every edition took about a second of the build's main thread.
const column = (rows: readonly RateRangeRow[], get: (r: RateRangeRow) => number | undefined) =>
  Float64Array.from(rows, (r) => get(r) ?? Number.NaN);
const value = (v: number | undefined): number | undefined => (v === undefined || Number.isNaN(v) ? undefined : v);

export function packRatesJob({ rows, events }: RatesJob): PackedRatesJob {
  return {
    dates: column(rows, (r) => r.date.getTime()), sofr: column(rows, (r) => r.sofr),
    lower: column(rows, (r) => r.lower), upper: column(rows, (r) => r.upper), iorb: column(rows, (r) => r.iorb),
    events: Float64Array.from(events, (d) => d.getTime()),
  };
}

export function unpackRatesJob(p: PackedRatesJob): RatesJob {
  return {
    rows: Array.from(p.dates, (t, i) => ({
      date: new Date(t), sofr: p.sofr[i] as number, lower: value(p.lower[i]), upper: value(p.upper[i]), iorb: value(p.iorb[i]),
    })),
    events: Array.from(p.events, (t) => new Date(t)),
  };
}
