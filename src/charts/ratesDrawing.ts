// The rates chart of one edition, drawn once for both languages (words in slots, src/charts/slots.ts). Pure.
import type { RateRangeRow } from '../metrics/windows.ts';
import { rateRangePlot } from './rateRange.ts';
import { renderPlot } from './render.ts';
import { attrSlot, textSlot, timeTickSlots } from './slots.ts';

export interface RatesJob {
  readonly rows: readonly RateRangeRow[];
  /** Dates of the policy events marked on the chart; their labels are slots e0, e1, … */
  readonly events: readonly Date[];
}

export interface RatesDrawing {
  /** The chart with slots: title, y, sofr, e0…, and the time ticks' (timeTickWords). */
  readonly svg: string;
  /** The time ticks Plot chose, for timeTickWords. */
  readonly ticks: readonly Date[];
}

export function drawRates({ rows, events }: RatesJob): RatesDrawing {
  const ticks = timeTickSlots();
  const svg = renderPlot(rateRangePlot(rows, {
    y: textSlot('y'), sofr: textSlot('sofr'), range: '', iorb: '', ariaLabel: attrSlot('title'), ariaDescription: '', xTicks: ticks.format,
  }, events.map((date, i) => ({ date, label: textSlot(`e${i}`) }))));
  return { svg, ticks: ticks.ticks() };
}
