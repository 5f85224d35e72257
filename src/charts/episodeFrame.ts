import * as Plot from '@observablehq/plot';
import type { Locale } from '../core/locale.ts';
import { roundedCurve } from './curves.ts';
import { marginLeftOf, PANEL, panelLayout, type EpisodeChartText } from './episodeLayout.ts';
import { cutAt, offScale, pointsKey, type EpisodeScale, type LinePoint } from './episodeScale.ts';
import { renderPlot } from './render.ts';
import { attrSlot } from './slots.ts';
import { THEME } from './theme.ts';

/** Where a frame takes this edition's layer: an empty group, replaced by the layer's marks. */
export const SLOT = /<g data-slot="now"\s*(?:\/>|><\/g>)/;
const slotMark = (_index: unknown, _scales: unknown, _values: unknown, _dims: unknown, context: { document: Document }) => {
  const g = context.document.createElementNS('http://www.w3.org/2000/svg', 'g');
  g.setAttribute('data-slot', 'now');
  return g;
};

/**
 * The part of a panel that does not change from one edition to the next: axes, the zero lines,
 * a past episode's line (blue) with its peak written where it leaves a cut scale, and a slot
 * under the past line where this edition's layer goes. Axis titles are left to the page (the
 * unit rides on the top tick), so no title can collide with a tick label.
 */
export function episodeFramePlot(past: readonly LinePoint[] | null, scale: EpisodeScale, span: number, text: EpisodeChartText): Plot.PlotOptions {
  const layout = panelLayout(scale, span, marginLeftOf(scale, text));
  const peak = past ? offScale(past, scale.cap) : [];
  const fontSize = PANEL.fontSize;
  return {
    ...layout,
    style: { fontFamily: THEME.font, fontSize: `${fontSize}px` },
    ariaLabel: text.ariaLabel,
    x: { ...layout.x, ticks: [-span, -span / 2, 0, span / 2, span], tickFormat: text.tick, label: null },
    y: {
      ...layout.y, label: null, grid: true, ticks: 4,
      // Plot passes (tick, index, ticks); its types omit the third.
      tickFormat: ((v: number, i: number, ticks: readonly number[]) =>
        i === ticks.length - 1 ? `${text.tick(v)} ${text.unit}` : text.tick(v)) as unknown as (v: number) => string,
    },
    marks: [
      Plot.ruleY([0], { stroke: THEME.colors.muted }),
      Plot.ruleX([0], { stroke: THEME.colors.muted, strokeDasharray: '2,3' }),
      slotMark as unknown as Plot.Markish,
      ...(past ? [Plot.lineY(cutAt(past, scale.cap), { x: 'offset', y: 'value', stroke: THEME.colors.secondary, strokeWidth: 1.8, curve: roundedCurve('linear') })] : []),
      // The cut peak, written at the top edge beside where the line leaves the frame.
      // It runs away from the right edge, so it stays inside the frame.
      Plot.text(peak, {
        x: 'offset', y: () => scale.hi, text: (p: LinePoint) => `↑ ${text.peak(p.value)}`, fontSize,
        textAnchor: (peak[0]?.offset ?? 0) > span / 3 ? 'end' : 'start', dx: (peak[0]?.offset ?? 0) > span / 3 ? -5 : 5,
        lineAnchor: 'top', dy: 1, fill: THEME.colors.secondary, fontWeight: 600,
      }),
    ],
  };
}

/** Frames with the same key are the same drawing: same language, scale, span, words and past line. */
export const frameKey = (past: readonly LinePoint[] | null, scale: EpisodeScale, span: number, text: EpisodeChartText, locale: Locale): string =>
  [locale, scale.lo, scale.hi, scale.cap, span, text.unit, text.peak(0), text.tick(-1), past ? pointsKey(past) : 'now'].join('|');

/**
 * A panel's frame, with its accessible name left as a slot (`name`) and an empty slot where this
 * edition's layer goes. Pure; the build keeps each frame once (episodeDrawings.ts).
 */
export function drawFrame(past: readonly LinePoint[] | null, scale: EpisodeScale, span: number, text: EpisodeChartText): string {
  const frame = renderPlot(episodeFramePlot(past, scale, span, { ...text, ariaLabel: attrSlot('name') }));
  if (!SLOT.test(frame)) throw new Error('episode panel: the frame has no slot for this edition\'s line; Plot changed how it writes a function mark');
  return frame;
}
