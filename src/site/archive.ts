// The archive as a picture: edition dates grouped into years and months, each day with its overall
// regime, the stress episodes marked, and each edition's neighbours. Pure: the page passes the
// dates and the cached timeline's levels; nothing here computes a metric.
import { EVENTS } from '../catalog/events.ts';
import { lowerBound } from '../core/bisect.ts';
import { daysBetween } from '../core/dates.ts';
import type { Locale, Text } from '../core/locale.ts';
import { episodesBy } from '../metrics/episodes.ts';
import { formatDate, regimeName } from '../report/format.ts';

/** Overall regime 0 calm, 1 tight, 2 stressed; null when an edition has no reading. */
export type RegimeLevel = 0 | 1 | 2 | null;

export interface ArchiveDay {
  readonly date: string;
  /** 1 Monday … 5 Friday: the column the day sits in, so a week reads across a row. */
  readonly weekday: number;
  readonly level: RegimeLevel;
  /** The episode whose peak this edition reported, if any. */
  readonly episode?: EpisodeMark;
}

export interface ArchiveMonth {
  /** YYYY-MM */
  readonly month: string;
  /** Oldest first, as a timeline reads. */
  readonly days: readonly ArchiveDay[];
}

export interface ArchiveYear {
  readonly year: string;
  /** Editions per level: calm, tight, stressed, no reading. */
  readonly counts: readonly [number, number, number, number];
  /** January first. */
  readonly months: readonly ArchiveMonth[];
}

export interface EpisodeMark {
  readonly id: string;
  /** The first edition after the episode's peak day: the one that first showed the peak print. */
  readonly date: string;
  /** The peak day itself (the data date the episode tables and charts use as day 0). */
  readonly peak: string;
  readonly title: Text;
}

/**
 * Stress episodes over by `latest` (the archive looks back, so only closed windows), each placed
 * on the edition that first reported its peak: editions show the previous business day's SOFR.
 */
export function episodeMarks(dates: readonly string[], latest: string): EpisodeMark[] {
  return episodesBy(latest).flatMap((ep) => {
    const date = dates.find((d) => d > ep.date);
    const title = EVENTS.find((e) => e.id === ep.id)?.title;
    return date && title ? [{ id: ep.id, date, peak: ep.date, title }] : [];
  });
}

/** 1 Monday … 5 Friday. Editions are business days; a weekend date would be a calendar bug. */
export function weekdayOf(date: string): number {
  const d = new Date(`${date}T00:00:00Z`).getUTCDay();
  if (d === 0 || d === 6) throw new Error(`archive: ${date} is a weekend day, but editions are dated by business days`);
  return d;
}

/** A run of editions with one reading, placed by day of the year (0-based) for the overview. */
export interface YearRun {
  readonly from: number;
  /** Exclusive: the run covers days [from, to). */
  readonly to: number;
  readonly level: RegimeLevel;
}

const dayOfYear = (date: string) => daysBetween(`${date.slice(0, 4)}-01-01`, date);

/**
 * A year as a few runs of one reading each, for the one-screen overview: a run lasts from its first
 * edition to the next run's first edition (or the day after its last edition, at the year's end),
 * so weekends and holidays take the reading that was current on them.
 */
export function yearRuns(year: ArchiveYear): YearRun[] {
  const days = year.months.flatMap((m) => m.days);
  const runs: { from: number; to: number; level: RegimeLevel }[] = [];
  for (const d of days) {
    const at = dayOfYear(d.date);
    const last = runs.at(-1);
    if (last && last.level === d.level) last.to = at + 1;
    else {
      if (last) last.to = at;
      runs.push({ from: at, to: at + 1, level: d.level });
    }
  }
  return runs;
}

/** Years newest first (readers look for recent editions); months and days in time order within a year. */
export function archiveYears(dates: readonly string[], levelOf: (date: string) => RegimeLevel, episodes: readonly EpisodeMark[] = []): ArchiveYear[] {
  const byDate = new Map(episodes.map((e) => [e.date, e]));
  const years = new Map<string, Map<string, ArchiveDay[]>>();
  for (const date of [...dates].sort()) {
    const year = date.slice(0, 4);
    const month = date.slice(0, 7);
    let months = years.get(year);
    if (!months) years.set(year, (months = new Map()));
    let days = months.get(month);
    if (!days) months.set(month, (days = []));
    const episode = byDate.get(date);
    const weekday = weekdayOf(date);
    days.push(episode ? { date, weekday, level: levelOf(date), episode } : { date, weekday, level: levelOf(date) });
  }
  return [...years].reverse().map(([year, months]) => {
    const counts: [number, number, number, number] = [0, 0, 0, 0];
    for (const days of months.values()) for (const d of days) counts[d.level ?? 3]++;
    return { year, counts, months: [...months].map(([month, days]) => ({ month, days })) };
  });
}

/** The editions before and after `date` among `dates` (sorted), when there are any. */
export function neighbours(dates: readonly string[], date: string): { prev?: string; next?: string } {
  // Binary search: every one of ~4,000 edition pages asks.
  const lo = lowerBound(dates, date);
  const prev = dates[lo - 1];
  const next = dates[dates[lo] === date ? lo + 1 : lo];
  return { ...(prev !== undefined ? { prev } : {}), ...(next !== undefined ? { next } : {}) };
}

const NO_READING: Record<Locale, string> = { zh: '无判断', en: 'no reading' };

/** A day's accessible name: its date and verdict in the page language, and the episode it reported. */
export function dayLabel(day: Pick<ArchiveDay, 'date' | 'level' | 'episode'>, locale: Locale): string {
  const verdict = day.level === null ? NO_READING[locale] : regimeName(day.level, locale);
  const base = locale === 'zh' ? `${formatDate(day.date, locale)}：${verdict}` : `${formatDate(day.date, locale)}: ${verdict}`;
  if (!day.episode) return base;
  return locale === 'zh' ? `${base}（${day.episode.title.zh}）` : `${base} (${day.episode.title.en})`;
}
