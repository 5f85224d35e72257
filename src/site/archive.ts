// The archive as a picture: edition dates grouped into years and months, each day with its overall
// regime, the stress episodes marked, and each edition's neighbours. Pure: the page passes the
// dates and the cached timeline's levels; nothing here computes a metric.
import { EVENTS } from '../catalog/events.ts';
import type { Locale, Text } from '../core/locale.ts';
import { episodesBy } from '../metrics/episodes.ts';
import { formatDate, regimeName } from '../report/format.ts';

/** Overall regime 0 calm, 1 tight, 2 stressed; null when an edition has no reading. */
export type RegimeLevel = 0 | 1 | 2 | null;

export interface ArchiveDay {
  readonly date: string;
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
    days.push(episode ? { date, level: levelOf(date), episode } : { date, level: levelOf(date) });
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
  let lo = 0;
  let hi = dates.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((dates[mid] as string) < date) lo = mid + 1;
    else hi = mid;
  }
  const prev = dates[lo - 1];
  const next = dates[dates[lo] === date ? lo + 1 : lo];
  return { ...(prev !== undefined ? { prev } : {}), ...(next !== undefined ? { next } : {}) };
}

const NO_READING: Record<Locale, string> = { zh: '无判断', en: 'no reading' };

/** A day's accessible name: its date and verdict in the page language, and the episode it reported. */
export function dayLabel(day: ArchiveDay, locale: Locale): string {
  const verdict = day.level === null ? NO_READING[locale] : regimeName(day.level, locale);
  const base = locale === 'zh' ? `${formatDate(day.date, locale)}：${verdict}` : `${formatDate(day.date, locale)}: ${verdict}`;
  if (!day.episode) return base;
  return locale === 'zh' ? `${base}（${day.episode.title.zh}）` : `${base} (${day.episode.title.en})`;
}
