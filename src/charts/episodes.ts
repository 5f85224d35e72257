/**
 * Episode comparison as small multiples, one SVG per panel: SOFR minus the range top around each
 * episode, aligned on its day 0, laid out by CSS (`.episode-panels`: two panels a row on wide
 * screens, one below 600 px), so a panel is never narrower than PANEL.minCssWidth on a 320 px
 * phone and its text never smaller than 11 CSS px (text px = fontSize × CSS width / viewBox width).
 *
 * All panels share one y scale, so heights compare honestly. When one past episode dwarfs the
 * rest (Sept 2019 reached +300 bp, the others under +30), the scale is cut just above the others
 * and the outlier's line leaves the top of the frame with its peak written beside it; separate
 * scales per panel would draw 2023's few basis points of noise as tall as 2019's spike.
 */
import type { Locale } from '../core/locale.ts';
import type { EpisodeId, EpisodePoint } from '../metrics/episodes.ts';
import { escapeHtml as e } from '../report/escape.ts';
import { formatBp, formatDate } from '../report/format.ts';
import { EpisodeDrawings } from './episodeDrawings.ts';
import { drawFrame, frameKey, SLOT } from './episodeFrame.ts';
import { signed, type EpisodeWords } from './episodeLabels.ts';
import type { EpisodeChartText } from './episodeLayout.ts';
import { layerJob, type LayerJob } from './episodeLayer.ts';
import { episodeScale, type EpisodeScale, type LinePoint } from './episodeScale.ts';
import { fillSlots } from './slots.ts';

// The episode chart, one concern per file: episodeScale.ts (the shared scale and its cut),
// episodeLayout.ts (panel size and margins), episodeFrame.ts (axes and the past episode, drawn once
// per build), episodeLayer.ts (this edition's line, drawn per edition or on the chart thread),
// episodeDrawings.ts (the frames and layers one build keeps),
// episodeLabels.ts (words and number format); this file puts the panels together.
export { episodeFramePlot } from './episodeFrame.ts';
export type { EpisodeWords } from './episodeLabels.ts';
export { PANEL, textWidth, type EpisodeChartText } from './episodeLayout.ts';
export { drawLayer, episodeLayerPlot, type LayerJob } from './episodeLayer.ts';
export { EpisodeDrawings } from './episodeDrawings.ts';
export { cutAt, episodeScale, type EpisodeScale, type LinePoint } from './episodeScale.ts';

/** One panel's SVG: the cached frame, this edition's layer in its slot, and its accessible name. */
function panelSvg(past: readonly LinePoint[] | null, now: readonly LinePoint[], scale: EpisodeScale, span: number, text: EpisodeChartText, locale: Locale, drawings: EpisodeDrawings): string {
  const frame = drawings.frame(frameKey(past, scale, span, text, locale), () => drawFrame(past, scale, span, text));
  const layer = drawings.layer(layerJob(now, past === null, scale, span, text));
  return fillSlots(frame.replace(SLOT, () => layer), new Map([['name', text.ariaLabel]]));
}

/** Points of one panel, in order of offset. */
export const panelPoints = (points: readonly EpisodePoint[], id: EpisodeId): LinePoint[] =>
  points.filter((p) => p.episode === id).map((p) => ({ offset: p.offset, value: p.value })).sort((a, b) => a.offset - b.offset);

export interface EpisodePanels {
  readonly html: string;
  readonly scale: EpisodeScale;
  /** Panels whose line runs off the top of the cut scale. */
  readonly cut: readonly EpisodeId[];
}

/**
 * The layers episodePanelsHtml will ask for, given the same points, panels, span, unit and
 * language: one over the past episodes and one for this edition's own panel, where they have
 * data. For drawing them ahead on the chart thread; a layer not drawn ahead is drawn in place.
 */
export function episodeLayerJobs(points: readonly EpisodePoint[], panels: readonly { readonly id: EpisodeId }[], span: number, unit: string, locale: Locale): LayerJob[] {
  if (points.length === 0) return [];
  const scale = episodeScale(points);
  const now = panelPoints(points, 'now');
  const kinds = new Set(panels.filter(({ id }) => points.some((p) => p.episode === id)).map(({ id }) => id === 'now'));
  return [...kinds].map((alone) => layerJob(now, alone, scale, span, { unit, tick: signed(locale) }));
}

/**
 * The small multiples as HTML: one titled panel per episode in `panels` order (this edition
 * first), each its own SVG on the shared scale; CSS lays them out (`.episode-panels`).
 */
export function episodePanelsHtml(
  points: readonly EpisodePoint[],
  panels: readonly { readonly id: EpisodeId; readonly day0: string }[],
  span: number,
  words: EpisodeWords,
  locale: Locale,
  drawings: EpisodeDrawings = new EpisodeDrawings(),
): EpisodePanels {
  const scale = episodeScale(points);
  const cut: EpisodeId[] = [];
  const now = panelPoints(points, 'now');
  const tick = signed(locale);
  const items = panels.map(({ id, day0 }) => {
    const name = words.names[id];
    const own = panelPoints(points, id);
    const date = formatDate(day0, locale);
    const head = `<p class="episode-panel-title"><span class="episode-panel-name">${e(name)}</span> ` +
      `<span class="episode-panel-day0">${e(words.day0(date))}</span></p>`;
    if (own.length === 0) return `<div class="episode-panel" data-episode="${e(id)}">${head}<p class="episode-panel-empty">${e(words.noData(span))}</p></div>`;
    const values = own.map((p) => p.value);
    if (scale.cap !== null && Math.max(...values) > scale.cap) cut.push(id);
    const ariaLabel = words.panel(name, date, formatBp(Math.min(...values), locale), formatBp(Math.max(...values), locale));
    const svg = panelSvg(id === 'now' ? null : own, now, scale, span, {
      unit: words.unit, tick, peak: (v) => words.peak(formatBp(v, locale)), ariaLabel,
    }, locale, drawings);
    return `<div class="episode-panel${id === 'now' ? ' episode-panel-now' : ''}" data-episode="${e(id)}">${head}${svg}</div>`;
  });
  const html = `<p class="episode-axes">${e(words.axes)}</p>` +
    `<div class="episode-panels" data-y-domain="${scale.lo},${scale.hi}"${scale.cap === null ? '' : ` data-cap="${scale.cap}"`}>${items.join('')}</div>`;
  return { html, scale, cut };
}

