import * as Plot from '@observablehq/plot';
import type { History } from '../metrics/indicator.ts';
import { roundedCurve } from './curves.ts';
import { THEME } from './theme.ts';

export interface HistoryLabels {
  readonly y: string;
  readonly ariaLabel: string;
  readonly ariaDescription: string;
  /** Tick labels show value × this (Chinese axes count $bn in 亿 or 万亿). */
  readonly tickScale?: number;
}

/** One series over time: a line for levels, a shaded area below zero for drawdowns. */
export function historyPlot(h: History, labels: HistoryLabels): Plot.PlotOptions {
  const rows = h.rows.map((o) => ({ date: new Date(`${o.date}T00:00:00Z`), value: o.value }));
  const marks = h.mode === 'drawdown'
    ? [Plot.areaY(rows, { x: 'date', y: 'value', fill: THEME.colors.primary, fillOpacity: 0.25, curve: roundedCurve('linear') }), Plot.lineY(rows, { x: 'date', y: 'value', stroke: THEME.colors.primary, curve: roundedCurve('linear') }), Plot.ruleY([0])]
    : [Plot.lineY(rows, { x: 'date', y: 'value', stroke: THEME.colors.secondary, strokeWidth: 1.4, curve: roundedCurve('linear') }), ...(h.kind === 'bp' ? [Plot.ruleY([0], { stroke: THEME.colors.muted })] : [])];
  return {
    width: THEME.width,
    height: 260,
    marginLeft: 56,
    style: { fontFamily: THEME.font, fontSize: '12px' },
    ariaLabel: labels.ariaLabel,
    ariaDescription: labels.ariaDescription,
    x: { type: 'utc', label: null },
    y: {
      label: labels.y, grid: true, nice: true,
      ...(labels.tickScale && labels.tickScale !== 1 ? { tickFormat: scaledTicks(labels.tickScale) } : {}),
    },
    marks,
  };
}

/** Tick labels of a scaled axis, grouped like the page's other numbers; no float noise (0.1 × 3). */
function scaledTicks(scale: number): (d: number) => string {
  const f = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
  return (d) => f.format(Number((d * scale).toPrecision(12)));
}
