import * as Plot from '@observablehq/plot';
import { roundedCurve } from './curves.ts';
import { marginLeftOf, panelLayout, type EpisodeChartText } from './episodeLayout.ts';
import { cutAt, pointsKey, type EpisodeScale, type LinePoint } from './episodeScale.ts';
import { renderPlot } from './render.ts';
import { THEME } from './theme.ts';

/**
 * What this edition's layer of a panel needs: its line, whether it stands alone (its own panel)
 * or lies over a past episode, and the frame's scales.
 */
export interface LayerJob {
  readonly now: readonly LinePoint[];
  readonly alone: boolean;
  readonly scale: EpisodeScale;
  readonly span: number;
  readonly marginLeft: number;
}

/**
 * This edition's line on the frame's scales, with no axes: thin and faint over a past episode
 * (red under blue), bold with its latest day marked in a panel of its own (so a window of a
 * single day still shows its value).
 */
export function episodeLayerPlot({ now, alone, scale, span, marginLeft }: LayerJob): Plot.PlotOptions {
  const layout = panelLayout(scale, span, marginLeft);
  return {
    ...layout,
    x: { ...layout.x, axis: null },
    y: { ...layout.y, axis: null },
    marks: alone
      ? [
          Plot.lineY(cutAt(now, scale.cap), { x: 'offset', y: 'value', stroke: THEME.colors.primary, strokeWidth: 2, curve: roundedCurve('linear') }),
          Plot.dot(now.slice(-1), { x: 'offset', y: 'value', fill: THEME.colors.primary, r: 3 }),
        ]
      : [Plot.lineY(cutAt(now, scale.cap), { x: 'offset', y: 'value', stroke: THEME.colors.primary, strokeWidth: 1.3, strokeOpacity: 0.75, curve: roundedCurve('linear') })],
  };
}

/** The mark groups of a rendered SVG, without the root element and its style. */
function marksOf(svg: string): string {
  const from = svg.indexOf('</style>');
  return svg.slice(from < 0 ? svg.indexOf('>') + 1 : from + '</style>'.length, svg.lastIndexOf('</svg>'));
}

/** A layer's marks, ready to go into its frame's slot. Pure, so the chart thread can draw it. */
export const drawLayer = (job: LayerJob): string => marksOf(renderPlot(episodeLayerPlot(job)));

/** Layers with the same key are the same drawing. */
export const layerKey = ({ now, alone, scale, span, marginLeft }: LayerJob): string =>
  [alone, marginLeft, scale.lo, scale.hi, scale.cap, span, pointsKey(now)].join('|');


/** This edition's layer for panels on `scale`: over a past episode, or alone in its own panel. */
export const layerJob = (now: readonly LinePoint[], alone: boolean, scale: EpisodeScale, span: number, text: Pick<EpisodeChartText, 'tick' | 'unit'>): LayerJob =>
  ({ now, alone, scale, span, marginLeft: marginLeftOf(scale, text) });

