import * as Plot from '@observablehq/plot';
import type { History } from '../metrics/indicator.ts';
import { THEME } from './theme.ts';

export interface HistoryLabels {
  readonly y: string;
  readonly ariaLabel: string;
  readonly ariaDescription: string;
}

/** One series over time: a line for levels, a shaded area below zero for drawdowns. */
export function historyPlot(h: History, labels: HistoryLabels): Plot.PlotOptions {
  const rows = h.rows.map((o) => ({ date: new Date(`${o.date}T00:00:00Z`), value: o.value }));
  const marks = h.mode === 'drawdown'
    ? [Plot.areaY(rows, { x: 'date', y: 'value', fill: THEME.colors.primary, fillOpacity: 0.25 }), Plot.lineY(rows, { x: 'date', y: 'value', stroke: THEME.colors.primary }), Plot.ruleY([0])]
    : [Plot.lineY(rows, { x: 'date', y: 'value', stroke: THEME.colors.secondary, strokeWidth: 1.4 }), ...(h.kind === 'bp' ? [Plot.ruleY([0], { stroke: THEME.colors.muted })] : [])];
  return {
    width: THEME.width,
    height: 260,
    marginLeft: 56,
    style: { fontFamily: THEME.font, fontSize: '12px' },
    ariaLabel: labels.ariaLabel,
    ariaDescription: labels.ariaDescription,
    x: { type: 'utc', label: null },
    y: { label: labels.y, grid: true, nice: true },
    marks,
  };
}
