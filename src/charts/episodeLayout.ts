import type { EpisodeScale } from './episodeScale.ts';

// A panel's size and margins, shared by its frame and its layer so that they line up, and sized so
// that its text stays legible on a phone.

export const PANEL = {
  width: 300,
  height: 140,
  fontSize: 12,
  /** Narrowest CSS width a panel gets (320 px phone: 320 − 2 × 16 px page padding), see site.css. */
  minCssWidth: 288,
} as const;

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

/** Room for the widest y label (the top one carries the unit) and the tick beside it. */
export function marginLeftOf(scale: EpisodeScale, text: Pick<EpisodeChartText, 'tick' | 'unit'>): number {
  const fontSize = PANEL.fontSize;
  return Math.ceil(Math.max(textWidth(text.tick(scale.lo), fontSize), textWidth(`${text.tick(scale.hi)} ${text.unit}`, fontSize)) + 12);
}

/** Size, margins and scales of a panel, shared by its frame and its layer so that they line up. */
export function panelLayout(scale: EpisodeScale, span: number, marginLeft: number) {
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

