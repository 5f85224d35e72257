import * as Plot from '@observablehq/plot';
import type { RateRangeRow } from '../metrics/windows.ts';
import { roundedCurve } from './curves.ts';
import { THEME } from './theme.ts';

export interface RateRangeLabels {
  readonly y: string;
  readonly sofr: string;
  readonly range: string;
  readonly iorb: string;
  readonly ariaLabel: string;
  readonly ariaDescription: string;
  /** Time tick labels; by default renderPlot's, in the page's language. */
  readonly xTicks?: (d: Date, i: number, ticks: readonly Date[]) => string;
}

/** A policy event to mark on the time axis (only events public by the edition date). */
export interface EventMark {
  readonly date: Date;
  readonly label: string;
}

/**
 * SOFR against the fed funds target range (shaded band) and IORB: the picture of a rate
 * pressing against, or through, the top of the policy range, with the policy events of the window.
 */
export function rateRangePlot(rows: readonly RateRangeRow[], labels: RateRangeLabels, events: readonly EventMark[] = []): Plot.PlotOptions {
  const band = rows.filter((r) => r.lower !== undefined && r.upper !== undefined);
  const iorb = rows.filter((r) => r.iorb !== undefined);
  const last = rows.at(-1);
  const mid = ((rows[0]?.date.getTime() ?? 0) + (last?.date.getTime() ?? 0)) / 2;
  return {
    width: THEME.width,
    height: THEME.height,
    marginLeft: THEME.marginLeft,
    marginRight: THEME.marginRight,
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
            // Labels run away from the nearer edge so they stay inside the frame.
            ...(['start', 'end'] as const).map((anchor) => Plot.text(events.filter((e) => (e.date.getTime() < mid) === (anchor === 'start')), {
              x: 'date', text: 'label', frameAnchor: 'top', textAnchor: anchor, dx: anchor === 'start' ? 3 : -3, dy: 2,
              fill: THEME.colors.muted, fontSize: 10,
            })),
          ]
        : []),
      Plot.areaY(band, { x: 'date', y1: 'lower', y2: 'upper', fill: THEME.colors.band, fillOpacity: 0.45, curve: roundedCurve('step-after') }),
      Plot.lineY(iorb, { x: 'date', y: 'iorb', stroke: THEME.colors.secondary, strokeDasharray: '4,3', curve: roundedCurve('step-after') }),
      Plot.lineY(rows, { x: 'date', y: 'sofr', stroke: THEME.colors.primary, strokeWidth: 1.6, curve: roundedCurve('linear') }),
      ...(last
        ? [Plot.text([last], { x: 'date', y: 'sofr', text: () => labels.sofr, dx: 6, textAnchor: 'start', fill: THEME.colors.primary })]
        : []),
    ],
  };
}
