import * as Plot from '@observablehq/plot';
import type { EpisodePoint } from '../metrics/episodes.ts';
import type { Locale } from '../core/locale.ts';
import { escapeHtml as e } from '../report/escape.ts';
import { formatBp, formatDate } from '../report/format.ts';
import { roundedCurve } from './curves.ts';
import { renderPlot } from './render.ts';
import { attrSlot, fillSlots } from './slots.ts';
import { THEME } from './theme.ts';

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
export const PANEL = {
  width: 300,
  height: 140,
  fontSize: 12,
  /** Narrowest CSS width a panel gets (320 px phone: 320 − 2 × 16 px page padding), see site.css. */
  minCssWidth: 288,
} as const;

/** A past peak is cut off when it exceeds this many times the next highest panel (or this edition). */
const OUTLIER_RATIO = 3;
/** Smallest top of the scale, in bp, so quiet windows are not blown up. */
const MIN_TOP = 10;

export interface EpisodeScale {
  /** Shared y domain, bp, always including 0. */
  readonly lo: number;
  readonly hi: number;
  /** Values above this run off the top of the frame; null when nothing is cut. */
  readonly cap: number | null;
}

const ceil10 = (v: number) => Math.ceil(v / 10) * 10;
const floor10 = (v: number) => Math.floor(v / 10) * 10;

/** Highest value of each panel that has data. */
function peaksOf(points: readonly EpisodePoint[]): Map<string, number> {
  const peaks = new Map<string, number>();
  for (const p of points) peaks.set(p.episode, Math.max(peaks.get(p.episode) ?? -Infinity, p.value));
  return peaks;
}

/**
 * The shared scale: from the lowest value (or 0) to the highest, unless the highest past peak is
 * more than OUTLIER_RATIO times the next one and this edition's peak; then the top is cut at 1.5×
 * that next peak (rounded up to 10 bp). This edition is never cut.
 */
export function episodeScale(points: readonly EpisodePoint[]): EpisodeScale {
  if (points.length === 0) throw new Error('episodeScale: no points; the chart needs at least one observation of SOFR minus the range top');
  const peaks = peaksOf(points);
  const past = [...peaks].filter(([id]) => id !== 'now').map(([, v]) => v).sort((a, b) => b - a);
  const top = Math.max(...peaks.values());
  const lo = Math.min(0, floor10(Math.min(...points.map((p) => p.value))));
  const ref = Math.max(peaks.get('now') ?? -Infinity, past[1] ?? -Infinity, MIN_TOP);
  if ((past[0] ?? -Infinity) > OUTLIER_RATIO * ref) {
    const cap = ceil10(1.5 * ref);
    return { lo, hi: cap, cap };
  }
  return { lo, hi: Math.max(MIN_TOP, ceil10(top)), cap: null };
}

/** A line's point; value NaN breaks the line (Plot leaves a gap). */
export interface LinePoint {
  readonly offset: number;
  readonly value: number;
}

/**
 * The line cut at `cap`: it runs up to the frame's top edge where it crosses the cap and resumes
 * where it comes back, as if clipped, with no SVG clip path (ids would have to be unique per page).
 */
export function cutAt(points: readonly LinePoint[], cap: number | null): LinePoint[] {
  if (cap === null) return [...points];
  const out: LinePoint[] = [];
  points.forEach((p, i) => {
    const prev = points[i - 1];
    if (prev && (prev.value > cap) !== (p.value > cap)) {
      const t = (cap - prev.value) / (p.value - prev.value);
      out.push({ offset: prev.offset + t * (p.offset - prev.offset), value: cap });
    }
    out.push(p.value > cap ? { offset: p.offset, value: Number.NaN } : p);
  });
  return out;
}

export interface EpisodeChartText {
  /** The y unit, after the top tick: "bp", "基点". */
  readonly unit: string;
  /** Number formatting of the page: ticks signed (+20, −10), peaks as figures (+300 bp). */
  readonly tick: (v: number) => string;
  /** The label of a peak cut off the scale: "peak +300 bp". */
  readonly peak: (v: number) => string;
  /** Accessible name of one panel's SVG. */
  readonly ariaLabel: string;
}

/** Rough width of a label in chart units: CJK characters are square, others about 0.62 em. */
export const textWidth = (s: string, fontSize: number) =>
  [...s].reduce((w, ch) => w + ((ch.codePointAt(0) ?? 0) >= 0x2e80 ? 1 : 0.62) * fontSize, 0);

/** Peak of a run above the cap, for its label. */
const offScale = (points: readonly LinePoint[], cap: number | null) =>
  cap === null ? [] : points.filter((p) => p.value > cap).sort((a, b) => b.value - a.value).slice(0, 1);

/** Room for the widest y label (the top one carries the unit) and the tick beside it. */
function marginLeftOf(scale: EpisodeScale, text: Pick<EpisodeChartText, 'tick' | 'unit'>): number {
  const fontSize = PANEL.fontSize;
  return Math.ceil(Math.max(textWidth(text.tick(scale.lo), fontSize), textWidth(`${text.tick(scale.hi)} ${text.unit}`, fontSize)) + 12);
}

/** Size, margins and scales of a panel, shared by its frame and its layer so that they line up. */
function panelLayout(scale: EpisodeScale, span: number, marginLeft: number) {
  return {
    width: PANEL.width,
    height: PANEL.height,
    marginLeft,
    marginRight: 16,
    marginTop: 10,
    marginBottom: 24,
    x: { domain: [-span, span] },
    y: { domain: [scale.lo, scale.hi] },
  };
}

/** Where a frame takes this edition's layer: an empty group, replaced by the layer's marks. */
const SLOT = /<g data-slot="now"\s*(?:\/>|><\/g>)/;
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

/** A line's points as a cache key. */
const pointsKey = (points: readonly LinePoint[]): string => points.map((p) => `${p.offset}:${p.value}`).join(' ');

/** Layers with the same key are the same drawing. */
const layerKey = ({ now, alone, scale, span, marginLeft }: LayerJob): string =>
  [alone, marginLeft, scale.lo, scale.hi, scale.cap, span, pointsKey(now)].join('|');

/**
 * The episode drawings of one build (owned by site/build.ts): frames repeat across editions (the
 * past episodes do not move; the scale changes rarely), so each is drawn once per build; only
 * this edition's layer is drawn for every edition. This edition's layer is the same in every
 * past panel and, where the y labels are as wide, in both languages (it has no words, but the
 * labels set its left margin): the last few are kept, with those the chart thread has drawn
 * ahead for the next dates (`keep`). `drawnHere` counts layers drawn in-process, which the
 * look-ahead is meant to leave at zero.
 */
export class EpisodeDrawings {
  readonly #frames = new Map<string, string>();
  readonly #layers = new Map<string, string>();
  #drawnHere = 0;
  static readonly LAYERS_KEPT = 48;

  get drawnHere(): number { return this.#drawnHere; }

  /** A layer drawn elsewhere (the chart thread), for the panels that will ask for it. */
  keep(job: LayerJob, layer: string): void { this.#keep(layerKey(job), layer); }

  #keep(key: string, layer: string): void {
    this.#layers.set(key, layer);
    if (this.#layers.size > EpisodeDrawings.LAYERS_KEPT) this.#layers.delete(this.#layers.keys().next().value as string);
  }

  layer(job: LayerJob): string {
    const key = layerKey(job);
    let layer = this.#layers.get(key);
    if (layer === undefined) {
      this.#drawnHere += 1;
      this.#keep(key, (layer = drawLayer(job)));
    }
    return layer;
  }

  frame(key: string, draw: () => string): string {
    let frame = this.#frames.get(key);
    if (frame === undefined) this.#frames.set(key, (frame = draw()));
    return frame;
  }
}

/** This edition's layer for panels on `scale`: over a past episode, or alone in its own panel. */
const layerJob = (now: readonly LinePoint[], alone: boolean, scale: EpisodeScale, span: number, text: Pick<EpisodeChartText, 'tick' | 'unit'>): LayerJob =>
  ({ now, alone, scale, span, marginLeft: marginLeftOf(scale, text) });

/** One panel's SVG: the cached frame, this edition's layer in its slot, and its accessible name. */
function panelSvg(past: readonly LinePoint[] | null, now: readonly LinePoint[], scale: EpisodeScale, span: number, text: EpisodeChartText, locale: Locale, drawings: EpisodeDrawings): string {
  const key = [locale, scale.lo, scale.hi, scale.cap, span, text.unit, text.peak(0), text.tick(-1),
    past ? pointsKey(past) : 'now'].join('|');
  const frame = drawings.frame(key, () => {
    const drawn = renderPlot(episodeFramePlot(past, scale, span, { ...text, ariaLabel: attrSlot('name') }));
    if (!SLOT.test(drawn)) throw new Error('episode panel: the frame has no slot for this edition\'s line; Plot changed how it writes a function mark');
    return drawn;
  });
  const layer = drawings.layer(layerJob(now, past === null, scale, span, text));
  return fillSlots(frame.replace(SLOT, () => layer), new Map([['name', text.ariaLabel]]));
}

/** Points of one panel, in order of offset. */
export const panelPoints = (points: readonly EpisodePoint[], id: string): LinePoint[] =>
  points.filter((p) => p.episode === id).map((p) => ({ offset: p.offset, value: p.value })).sort((a, b) => a.offset - b.offset);

export interface EpisodeWords {
  /** Panel names by episode id ("now" = this edition). */
  readonly names: Readonly<Record<string, string>>;
  /** The y unit after the top tick. */
  readonly unit: string;
  /** Under a panel's name: its day 0 (formatted date). */
  readonly day0: (date: string) => string;
  /** Accessible name of a panel: its name, day 0, lowest and highest value (formatted). */
  readonly panel: (name: string, date: string, low: string, high: string) => string;
  /** The label of a peak cut off the scale, given the formatted value. */
  readonly peak: (value: string) => string;
  /** In place of a panel with no observation in its window. */
  readonly noData: (span: number) => string;
  /** What the axes measure, above the panels (the panels carry no axis titles). */
  readonly axes: string;
}

export interface EpisodePanels {
  readonly html: string;
  readonly scale: EpisodeScale;
  /** Panels whose line runs off the top of the cut scale. */
  readonly cut: readonly string[];
}

/** Signed whole numbers with a true minus sign, per language (immutable, made once). */
const SIGNED: Readonly<Record<Locale, (v: number) => string>> = {
  zh: signedFormat('zh-CN'),
  en: signedFormat('en-US'),
};
function signedFormat(tag: string): (v: number) => string {
  const f = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  return (v: number) => f.format(v).replace('-', '−');
}
const signed = (locale: Locale): ((v: number) => string) => SIGNED[locale];

/**
 * The layers episodePanelsHtml will ask for, given the same points, panels, span, unit and
 * language: one over the past episodes and one for this edition's own panel, where they have
 * data. For drawing them ahead on the chart thread; a layer not drawn ahead is drawn in place.
 */
export function episodeLayerJobs(points: readonly EpisodePoint[], panels: readonly { readonly id: string }[], span: number, unit: string, locale: Locale): LayerJob[] {
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
  panels: readonly { readonly id: string; readonly day0: string }[],
  span: number,
  words: EpisodeWords,
  locale: Locale,
  drawings: EpisodeDrawings = new EpisodeDrawings(),
): EpisodePanels {
  const scale = episodeScale(points);
  const cut: string[] = [];
  const now = panelPoints(points, 'now');
  const tick = signed(locale);
  const items = panels.map(({ id, day0 }) => {
    const name = words.names[id] ?? id;
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

