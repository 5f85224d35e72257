// What an edition leads with: its verdict, how long that verdict has held, the pillar that decides
// it, every pillar's level, and a few key figures with their recent path. Pure: the page passes the
// edition dates and the timeline; everything here is read from the editions as they were published.
import { lowerBound } from '../core/bisect.ts';
import type { MetricKey } from '../metrics/registry.ts';
import { canDrive, channelOf, staleRuleInputs, type Channel, type Level, type Pillar, type SignalResult } from '../metrics/signals.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import type { Figure } from '../metrics/figure.ts';
import type { Locale } from '../core/locale.ts';
import { PILLAR_NAMES } from '../i18n/report.ts';
import { ui } from '../i18n/ui.ts';

export interface VerdictStreak {
  /** The first edition of the unbroken run of this verdict that ends at the edition. */
  readonly since: string;
  /** Editions in the run, this one included. */
  readonly editions: number;
  /** The run reaches back to the first edition of the archive, so it may be longer. */
  readonly fromStart: boolean;
}

export interface KeyFigure {
  readonly key: MetricKey;
  readonly figure: Figure;
  /** Its value in each edition of the window, oldest first, as each edition printed it. */
  readonly path: readonly number[];
}

/** A pillar's reading, and whether a rule of it could not be checked because its data are stale. */
export interface PillarReading extends SignalResult {
  readonly unchecked: boolean;
  /** No reading because its data are stale (rule `<pillar>.stale`), as opposed to no data at all. */
  readonly stale: boolean;
}

export interface VerdictHead {
  /** 0 calm, 1 tight, 2 stressed; null without a reading. */
  readonly level: number | null;
  readonly streak: VerdictStreak | null;
  /** Every pillar in the methodology's order, with or without a reading. */
  readonly pillars: readonly PillarReading[];
  /**
   * The pillar that drives a tight or stressed verdict: the highest above green of the verdict's
   * channel (the first in order on a tie). None under a calm verdict, which no pillar drives, and
   * none when the channel's pillars all read green today (a verdict held from the last edition).
   */
  readonly lead: PillarReading | null;
  /** Without a lead, the highest pillar above green: the page names it as the one to watch, not as a driver. */
  readonly watch: PillarReading | null;
  /** True when some pillar reads and none reads above green: only then may the page say "every pillar reads green". */
  readonly allGreen: boolean;
  /** Pillars with no reading (no data, or all of it stale): "every pillar reads green" is then said of the others only, naming these. */
  readonly unread: readonly PillarReading['pillar'][];
  /**
   * The channel that sets the verdict when it is not calm (signals.ts), and only while one of its
   * pillars reads above green today: a held verdict's channel can read green, and the page then
   * must not call it the channel under most strain. The lead pillar is one of its pillars.
   */
  readonly channel: Channel | null;
  readonly figures: readonly KeyFigure[];
  /** Editions in the longest key-figure line: PATH_EDITIONS, fewer at the archive's start (the caption says how many). */
  readonly pathEditions: number;
}

/** The figures the head shows, one per question a reader asks first: price, buffer, drain. */
export const KEY_FIGURES: readonly MetricKey[] = ['sofrIorb.latest', 'reserves.latest', 'rrp.latest', 'tga.latest'];
/** Editions in a key figure's path: about three months of business days. */
export const PATH_EDITIONS = 63;

const overallOf = (m: EditionMetrics | undefined): number | null => m?.figures['signal.overall']?.value ?? null;

/** Index of `date` in the sorted `dates`, or -1. */
function indexOf(dates: readonly string[], date: string): number {
  const at = lowerBound(dates, date);
  return dates[at] === date ? at : -1;
}

/** How long the edition's verdict has held, counted back over the editions before it. */
export function verdictStreak(dates: readonly string[], timeline: ReadonlyMap<string, EditionMetrics>, asOf: string): VerdictStreak | null {
  const at = indexOf(dates, asOf);
  if (at < 0) return null;
  const level = overallOf(timeline.get(asOf));
  if (level === null) return null;
  let first = at;
  while (first > 0 && overallOf(timeline.get(dates[first - 1] as string)) === level) first--;
  return { since: dates[first] as string, editions: at - first + 1, fromStart: first === 0 };
}

/** The edition's head, from the editions up to and including `asOf` only. */
export function verdictHead(dates: readonly string[], timeline: ReadonlyMap<string, EditionMetrics>, asOf: string): VerdictHead {
  const m = timeline.get(asOf);
  if (!m) throw new Error(`verdict: ${asOf} is not an edition date (no SOFR print that day)`);
  // A rule whose figure exists but is stale could not fire today: its pillar's green is partly blind.
  const pillars = m.signals.filter((s) => s.pillar !== 'overall').map((s) => ({
    ...s, unchecked: staleRuleInputs(m.figures, s.pillar).length > 0, stale: s.level === null && s.rule.endsWith('.stale'),
  }));
  const verdictChannel = m.signals.find((s) => s.pillar === 'overall')?.channel ?? null;
  const highest = (from: readonly PillarReading[]) => {
    let top: PillarReading | null = null;
    for (const p of from) if (p.level !== null && p.level > 0 && (top === null || p.level > (top.level as number))) top = p;
    return top;
  };
  // Only a pillar of the verdict's channel that can move it drives it (canDrive); a calm verdict has no channel and no driver.
  const level = (id: Pillar): Level | null => pillars.find((p) => p.pillar === id)?.level ?? null;
  const lead = verdictChannel ? highest(pillars.filter((p) => channelOf(p.pillar as Pillar) === verdictChannel && canDrive(p.pillar as Pillar, level))) : null;
  const channel = lead ? verdictChannel : null;
  const watch = lead ? null : highest(pillars);
  const at = indexOf(dates, asOf);
  const window = dates.slice(Math.max(0, at - PATH_EDITIONS + 1), at + 1);
  const figures = KEY_FIGURES.flatMap((key) => {
    const figure = m.figures[key];
    if (!figure) return [];
    const path = window.flatMap((d) => {
      const v = timeline.get(d)?.figures[key]?.value;
      return v === undefined ? [] : [v];
    });
    return [{ key, figure, path }];
  });
  // A held verdict can name a channel whose pillars read green today while another pillar does not:
  // no lead then, and no claim that all is green either.
  const allGreen = pillars.some((p) => p.level !== null) && pillars.every((p) => p.level === null || p.level === 0);
  const unread = pillars.filter((p) => p.level === null).map((p) => p.pillar);
  const pathEditions = Math.max(0, ...figures.map((k) => k.path.length));
  return { level: overallOf(m), streak: verdictStreak(dates, timeline, asOf), pillars, lead, watch, allGreen, unread, channel, figures, pathEditions };
}

/**
 * A small line of `path` as SVG points in a `width`×`height` box (y grows down), with a pixel of
 * margin so the line is never cut. A flat path is drawn at mid-height.
 */
export function sparkPoints(path: readonly number[], width: number, height: number): string {
  if (path.length === 0) return '';
  const lo = Math.min(...path);
  const hi = Math.max(...path);
  const span = hi - lo;
  const step = path.length > 1 ? (width - 2) / (path.length - 1) : 0;
  return path.map((v, i) => {
    const y = span === 0 ? height / 2 : 1 + (height - 2) * (1 - (v - lo) / span);
    return `${(1 + i * step).toFixed(1)},${y.toFixed(1)}`;
  }).join(' ');
}

/**
 * The head's sentence when no pillar reads above green: "every pillar reads green" only when
 * each has a reading; pillars without one are named instead; stale inputs behind a green reading
 * are owned. Empty when some pillar reads above green (the page names a driver or one to watch).
 */
export function greenSentence(head: VerdictHead, locale: Locale): string {
  const t = ui(locale);
  if (!head.allGreen) return '';
  if (head.unread.length) return t.verdictGreenExcept(head.unread.map((p) => PILLAR_NAMES[locale][p] ?? p));
  return head.pillars.some((p) => p.unchecked || p.stale) ? t.verdictAllGreenPartly : t.verdictAllGreen;
}
