import type { Snapshot } from '../snapshot/snapshot.ts';
import { lastNKnown, valueOn } from './lookup.ts';
import { published } from './publication.ts';

export interface RateRangeRow {
  readonly date: Date;
  readonly sofr: number;
  readonly lower: number | undefined;
  readonly upper: number | undefined;
  readonly iorb: number | undefined;
}

/**
 * The last `n` SOFR observations public by the edition of asOf, each with the target range and IORB of the
 * same day (both are calendar-daily, so an exact-date match is the right join).
 */
export function rateRangeWindow(snap: Snapshot, asOf: string, n: number): RateRangeRow[] {
  const pub = published(snap);
  const get = (id: string) => pub.series.get(id) ?? [];
  const [upper, lower, iorb] = [get('DFEDTARU'), get('DFEDTARL'), get('IORB')];
  return lastNKnown(get('SOFR'), asOf, n).map((o) => ({
    date: new Date(`${o.date}T00:00:00Z`),
    sofr: o.value,
    lower: valueOn(lower, o.date),
    upper: valueOn(upper, o.date),
    iorb: valueOn(iorb, o.date),
  }));
}
