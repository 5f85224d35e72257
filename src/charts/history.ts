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
  const rows = thinned(h.rows).map((o) => ({ date: new Date(`${o.date}T00:00:00Z`), value: o.value }));
  // The target range behind an overnight rate: where the rate sits inside the Fed's corridor.
  // A step band needs only the days the range changed (and its last day): ~20 points, not ~2,000.
  const steps = (h.band ?? []).filter((b, i, all) => i === 0 || i === all.length - 1 || b.lo !== all[i - 1]?.lo || b.hi !== all[i - 1]?.hi);
  const band = steps.map((b) => ({ date: new Date(`${b.date}T00:00:00Z`), lo: b.lo, hi: b.hi }));
  const behind = band.length ? [Plot.areaY(band, { x: 'date', y1: 'lo', y2: 'hi', fill: THEME.colors.band, fillOpacity: 0.45, curve: roundedCurve('step-after') })] : [];
  const marks = h.mode === 'drawdown'
    ? [Plot.areaY(rows, { x: 'date', y: 'value', fill: THEME.colors.primary, fillOpacity: 0.25, curve: roundedCurve('linear') }), Plot.lineY(rows, { x: 'date', y: 'value', stroke: THEME.colors.primary, curve: roundedCurve('linear') }), Plot.ruleY([0])]
    : [Plot.lineY(rows, { x: 'date', y: 'value', stroke: THEME.colors.secondary, strokeWidth: 1.4, curve: roundedCurve('linear') }), ...(h.kind === 'bp' || h.kind === 'index' ? [Plot.ruleY([0], { stroke: THEME.colors.muted })] : [])];
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
    marks: [...behind, ...marks],
  };
}

/** Above this many points a line is thinned: a 720-unit-wide chart shows no more (about one per unit). */
const MAX_POINTS = 800;

/**
 * Long histories (the Max range of a daily series since 2000) thinned for drawing: each run of
 * consecutive points keeps its lowest and highest, in date order, so a one-day spike survives.
 */
export function thinned<T extends { readonly date: string; readonly value: number }>(rows: readonly T[]): readonly T[] {
  if (rows.length <= MAX_POINTS) return rows;
  const step = Math.ceil(rows.length / (MAX_POINTS / 2));
  const out: T[] = [];
  for (let i = 0; i < rows.length; i += step) {
    const run = rows.slice(i, i + step);
    const lo = run.reduce((a, b) => (b.value < a.value ? b : a));
    const hi = run.reduce((a, b) => (b.value > a.value ? b : a));
    if (lo === hi) out.push(lo);
    else out.push(...(lo.date < hi.date ? [lo, hi] : [hi, lo]));
  }
  const last = rows.at(-1) as T;
  if (out.at(-1) !== last) out.push(last);
  return out;
}

/** Tick labels of a scaled axis, grouped like the page's other numbers; no float noise (0.1 × 3). */
function scaledTicks(scale: number): (d: number) => string {
  const f = new Intl.NumberFormat('zh-CN', { maximumFractionDigits: 2 });
  return (d) => f.format(Number((d * scale).toPrecision(12)));
}
