import * as Plot from '@observablehq/plot';
import type { EpisodePoint } from '../metrics/episodes.ts';
import { THEME } from './theme.ts';

export interface EpisodeLabels {
  readonly names: Readonly<Record<string, string>>;
  readonly x: string;
  readonly y: string;
  readonly ariaLabel: string;
  readonly ariaDescription: string;
}

/**
 * Small multiples: SOFR minus the range top around each episode, aligned on the episode's day
 * (0). A line above zero is SOFR trading through the Fed's ceiling.
 */
export function episodesPlot(points: readonly EpisodePoint[], order: readonly string[], labels: EpisodeLabels): Plot.PlotOptions {
  const rows = points.map((p) => ({ ...p, name: labels.names[p.episode] ?? p.episode }));
  return {
    width: THEME.width,
    height: 200,
    marginLeft: THEME.marginLeft,
    marginTop: 28,
    style: { fontFamily: THEME.font, fontSize: '11px' },
    ariaLabel: labels.ariaLabel,
    ariaDescription: labels.ariaDescription,
    fx: { domain: order.map((id) => labels.names[id] ?? id), label: null, padding: 0.12 },
    x: { label: labels.x, ticks: 3 },
    y: { label: labels.y, grid: true, nice: true },
    marks: [
      Plot.ruleY([0], { stroke: THEME.colors.muted }),
      Plot.ruleX([0], { stroke: THEME.colors.muted, strokeDasharray: '2,3' }),
      Plot.lineY(rows.filter((r) => r.episode !== 'now'), { fx: 'name', x: 'offset', y: 'value', stroke: THEME.colors.secondary, strokeWidth: 1.4 }),
      Plot.lineY(rows.filter((r) => r.episode === 'now'), { fx: 'name', x: 'offset', y: 'value', stroke: THEME.colors.primary, strokeWidth: 1.6 }),
      // The edition's own day, so a window of a single day (the first edition) still shows its value.
      Plot.dot(rows.filter((r) => r.episode === 'now').slice(-1), { fx: 'name', x: 'offset', y: 'value', fill: THEME.colors.primary, r: 2.5 }),
    ],
  };
}
