import * as Plot from '@observablehq/plot';
import { DAY_MS } from '../core/dates.ts';
import type { RateRangeRow } from '../metrics/windows.ts';
import { roundedCurve } from './curves.ts';
import { rangeStopsEarly } from './rangeEnd.ts';
import { THEME } from './theme.ts';

export interface RateRangeLabels {
  readonly y: string;
  readonly sofr: string;
  readonly range: string;
  readonly iorb: string;
  readonly ariaLabel: string;
  readonly ariaDescription: string;
  /** Where the range data stop, when they stop early (bandEnd). */
  readonly bandEnd?: string;
  /** Time tick labels; by default renderPlot's, in the page's language. */
  readonly xTicks?: (d: Date, i: number, ticks: readonly Date[]) => string;
}

/** A policy event to mark on the time axis (only events public by the edition date): its number in the chart's key. */
export interface EventMark {
  readonly date: Date;
  readonly label: string;
}

// Events closer than this share one marker ("2,3"): at 720 px for ~180 business days, their
// numbers would otherwise overlap.
const SAME_MARKER_DAYS = 10;

/** Markers of the events: one per run of events less than SAME_MARKER_DAYS apart, at the first, naming them all. */
export function eventMarkers(events: readonly EventMark[]): EventMark[] {
  const out: { date: Date; labels: string[] }[] = [];
  for (const e of [...events].sort((a, b) => a.date.getTime() - b.date.getTime())) {
    const open = out.at(-1);
    if (open && e.date.getTime() - open.date.getTime() < SAME_MARKER_DAYS * DAY_MS) open.labels.push(e.label);
    else out.push({ date: e.date, labels: [e.label] });
  }
  return out.map((m) => ({ date: m.date, label: m.labels.join(',') }));
}

/** The last row with a range, when the range data stop more than a few days before the window ends. */
export function bandEnd(rows: readonly RateRangeRow[]): RateRangeRow | undefined {
  const last = rows.at(-1);
  const lastBand = rows.findLast((r) => r.lower !== undefined && r.upper !== undefined);
  if (!last || !lastBand) return undefined;
  return rangeStopsEarly(lastBand.date, last.date) ? lastBand : undefined;
}

/**
 * SOFR against the fed funds target range (shaded band) and IORB: the picture of a rate
 * pressing against, or through, the top of the policy range, with the policy events of the window.
 */
export function rateRangePlot(rows: readonly RateRangeRow[], labels: RateRangeLabels, events: readonly EventMark[] = []): Plot.PlotOptions {
  const band = rows.filter((r) => r.lower !== undefined && r.upper !== undefined);
  const iorb = rows.filter((r) => r.iorb !== undefined);
  const last = rows.at(-1);
  const stop = bandEnd(rows);
  return {
    width: THEME.width,
    height: THEME.height,
    marginLeft: THEME.marginLeft,
    marginRight: THEME.marginRight,
    marginTop: 26,
    style: { fontFamily: THEME.font, fontSize: '12px' },
    ariaLabel: labels.ariaLabel,
    ariaDescription: labels.ariaDescription,
    // Plot calls a tick format like any channel function, (tick, index, ticks); its types omit the third.
    x: { type: 'utc', label: null, ...(labels.xTicks ? { tickFormat: labels.xTicks as unknown as (d: Date, i: number) => string } : {}) },
    y: { label: labels.y, grid: true, nice: true },
    marks: [
      ...(events.length
        ? [
            Plot.ruleX(events, { x: 'date', stroke: THEME.colors.muted, strokeDasharray: '2,3' }),
            // Numbers above the frame, explained in the key under the chart: words in the plot
            // collided and shrank to 5 px on a phone. No size of their own, so the phone's larger
            // chart text (site.css) reaches them too; a fixed 12 made them 6 px at 390 px.
            Plot.text(eventMarkers(events), {
              x: 'date', text: 'label', frameAnchor: 'top', dy: -7, fill: THEME.colors.muted, fontWeight: 'bold',
            }),
          ]
        : []),
      Plot.areaY(band, { x: 'date', y1: 'lower', y2: 'upper', fill: THEME.colors.band, fillOpacity: 0.45, curve: roundedCurve('step-after') }),
      Plot.lineY(iorb, { x: 'date', y: 'iorb', stroke: THEME.colors.secondary, strokeDasharray: '4,3', curve: roundedCurve('step-after') }),
      Plot.lineY(rows, { x: 'date', y: 'sofr', stroke: THEME.colors.primary, strokeWidth: 1.6, curve: roundedCurve('linear') }),
      ...(stop && labels.bandEnd
        ? [
            Plot.dot([stop], { x: 'date', y: 'upper', r: 2.5, fill: THEME.colors.secondary }),
            Plot.text([stop], { x: 'date', y: 'upper', text: () => labels.bandEnd, dy: -9, textAnchor: 'end', fill: THEME.colors.secondary }),
          ]
        : []),
      ...(last
        ? [Plot.text([last], { x: 'date', y: 'sofr', text: () => labels.sofr, dx: 6, textAnchor: 'start', fill: THEME.colors.primary })]
        : []),
    ],
  };
}
