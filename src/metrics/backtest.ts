import type { Observation } from '../core/observation.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { EPISODES, type EpisodeId } from './episodes.ts';
import { published } from './publication.ts';
import { CHANNELS, type Channel, type Level } from './signals.ts';
import type { EditionMetrics } from './timeline.ts';

// The backtest of the overall regime: how it reads in labelled stress episodes and in calm
// periods, and how many of its red days fall inside an episode. Pure: takes the timeline.

export interface Window<I extends string = string> {
  readonly id: I;
  readonly from: string;
  readonly to: string;
}

/** Labelled stress episodes (edition dates), each with the day funding stress peaked. */
export const STRESS_WINDOWS: readonly (Window<Exclude<EpisodeId, 'now'>> & { readonly peak: string })[] =
  EPISODES.map((e) => ({ id: e.id, from: e.from, to: e.end, peak: e.date }));

/**
 * Calm periods: reserves abundant and ON RRP holding hundreds of billions, so money markets had
 * room to spare, even while equities fell (2022). The methodology page says why.
 */
export const CALM_WINDOWS = [
  { id: 'abundant2021', from: '2021-03-01', to: '2022-12-31' },
  { id: 'abundant2023', from: '2023-05-01', to: '2024-06-30' },
  // The spring 2020 asset purchases: the balance sheet grew at emergency speed while repo rates
  // sat near zero; purchases alone must not read as tightness. Starts once the March lending
  // surge had left the weekly H.4.1 comparison (the Thursday after the last $100bn+ week, whose
  // reading the verdict holds for one more edition).
  { id: 'purchases2020', from: '2020-04-10', to: '2020-05-29' },
] as const satisfies readonly Window[];

/** A calm period's id (its words in i18n/report.ts are typed by it). */
export type CalmId = (typeof CALM_WINDOWS)[number]['id'];

export interface EpisodeScore extends Window<Exclude<EpisodeId, 'now'>> {
  readonly peak: string;
  readonly days: number;
  /** Share of the window's editions that read tight or stressed. */
  readonly alertShare: number;
  readonly firstAlert: string | null;
  readonly firstRed: string | null;
  /** A stressed reading on or before the peak day. */
  readonly detected: boolean;
}

export interface CalmScore extends Window<CalmId> {
  readonly days: number;
  readonly amberShare: number;
  readonly redShare: number;
}

/** One channel in one episode: when it first read amber and red, and how much of the window it spent there. */
export interface ChannelScore {
  readonly episode: Exclude<EpisodeId, 'now'>;
  readonly channel: Channel | 'overall';
  readonly firstAmber: string | null;
  readonly firstRed: string | null;
  /** Editions from the first amber-or-red reading to the peak day: positive when it came first, negative when late. */
  readonly lead: number | null;
  readonly amberShare: number;
  readonly redShare: number;
}

/** Per calendar year: alerts outside the labelled episodes (false alarms, or stress we did not label) and single-day flips. */
export interface YearScore {
  readonly year: string;
  readonly days: number;
  readonly amberOutside: number;
  readonly redOutside: number;
  readonly flips: number;
}

export interface Backtest {
  readonly from: string;
  readonly to: string;
  readonly days: number;
  readonly episodes: readonly EpisodeScore[];
  readonly calm: readonly CalmScore[];
  readonly redDays: number;
  readonly redInEpisodes: number;
  readonly channels: readonly ChannelScore[];
  readonly years: readonly YearScore[];
  /** Editions whose overall reading differs from both neighbours while they agree. */
  readonly flips: number;
}

const levelOf = (m: EditionMetrics): Level | null => m.signals.find((s) => s.pillar === 'overall')?.level ?? null;
const channelOf = (m: EditionMetrics, c: Channel): Level | null => (m.figures[`channel.${c}`]?.value ?? null) as Level | null;
const share = (n: number, of: number) => (of === 0 ? 0 : n / of);
const inside = (d: string, w: Window) => d >= w.from && d <= w.to;

export function backtest(timeline: ReadonlyMap<string, EditionMetrics>): Backtest {
  const days = [...timeline.keys()].sort().map((d) => ({ date: d, level: levelOf(timeline.get(d) as EditionMetrics) }));
  const episodes = STRESS_WINDOWS.map((w): EpisodeScore => {
    const rows = days.filter((x) => inside(x.date, w));
    const firstRed = rows.find((x) => x.level === 2)?.date ?? null;
    return {
      ...w,
      days: rows.length,
      alertShare: share(rows.filter((x) => (x.level ?? 0) >= 1).length, rows.length),
      firstAlert: rows.find((x) => (x.level ?? 0) >= 1)?.date ?? null,
      firstRed,
      detected: firstRed !== null && firstRed <= w.peak,
    };
  });
  const calm = CALM_WINDOWS.map((w): CalmScore => {
    const rows = days.filter((x) => inside(x.date, w));
    return {
      ...w,
      days: rows.length,
      amberShare: share(rows.filter((x) => x.level === 1).length, rows.length),
      redShare: share(rows.filter((x) => x.level === 2).length, rows.length),
    };
  });
  const reds = days.filter((x) => x.level === 2);
  const flipAt = new Set(days.filter((x, i) => {
    const before = days[i - 1];
    const after = days[i + 1];
    return before !== undefined && after !== undefined && before.level === after.level && x.level !== before.level;
  }).map((x) => x.date));
  const channels = STRESS_WINDOWS.flatMap((w) => (['overall', ...CHANNELS] as const).map((channel): ChannelScore => {
    const rows = days.filter((x) => inside(x.date, w)).map((x) => {
      const m = timeline.get(x.date) as EditionMetrics;
      return { date: x.date, level: channel === 'overall' ? x.level : channelOf(m, channel) };
    });
    const first = rows.findIndex((x) => (x.level ?? 0) >= 1);
    const peak = rows.findIndex((x) => x.date >= w.peak);
    return {
      episode: w.id, channel,
      firstAmber: rows[first]?.date ?? null,
      firstRed: rows.find((x) => x.level === 2)?.date ?? null,
      lead: first < 0 || peak < 0 ? null : peak - first,
      amberShare: share(rows.filter((x) => x.level === 1).length, rows.length),
      redShare: share(rows.filter((x) => x.level === 2).length, rows.length),
    };
  }));
  const outside = (d: string) => !STRESS_WINDOWS.some((w) => inside(d, w));
  const years = [...new Set(days.map((x) => x.date.slice(0, 4)))].map((year): YearScore => {
    const rows = days.filter((x) => x.date.startsWith(year));
    return {
      year, days: rows.length,
      amberOutside: rows.filter((x) => x.level === 1 && outside(x.date)).length,
      redOutside: rows.filter((x) => x.level === 2 && outside(x.date)).length,
      flips: rows.filter((x) => flipAt.has(x.date)).length,
    };
  });
  return {
    from: days[0]?.date ?? '',
    to: days.at(-1)?.date ?? '',
    days: days.length,
    episodes,
    calm,
    redDays: reds.length,
    redInEpisodes: reds.filter((x) => STRESS_WINDOWS.some((w) => inside(x.date, w))).length,
    channels,
    years,
    flips: flipAt.size,
  };
}

/** The official stress indexes read beside ours (site/official-indexes.ts shows them on each edition). */
export const OFFICIAL_INDEXES = ['OFR_FSI', 'OFR_FSI_FUNDING', 'STLFSI4', 'NFCI'] as const;

/** How one official index read one labelled episode, from what was public within its window. */
export interface IndexEpisodeScore {
  readonly episode: Exclude<EpisodeId, 'now'>;
  readonly series: (typeof OFFICIAL_INDEXES)[number];
  /** Highest reading public within the window (its own date and value). */
  readonly peak: { readonly date: string; readonly value: number } | null;
  /** The first edition date at which a reading above zero (the index's own average) was public. */
  readonly firstAbove: string | null;
}

/** Each official index in each labelled episode. Values as published now (the vintage view is the edition page's). */
export function indexBacktest(snap: Snapshot): IndexEpisodeScore[] {
  const view = published(snap);
  return STRESS_WINDOWS.flatMap((w) => OFFICIAL_INDEXES.map((series): IndexEpisodeScore => {
    // Public within the window: a weekly index dated before the window may first appear inside it.
    const rows = (view.series.get(series) ?? []).filter((o) => inside(o.known ?? o.date, w));
    const top = rows.reduce<Observation | undefined>((m, o) => (m === undefined || o.value > m.value ? o : m), undefined);
    const above = rows.find((o) => o.value > 0);
    return { episode: w.id, series, peak: top ? { date: top.date, value: top.value } : null, firstAbove: above ? (above.known ?? above.date) : null };
  }));
}
