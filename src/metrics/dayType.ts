import type { BusinessCalendar } from './publication.ts';
import { lowerBound } from '../core/bisect.ts';

// Kinds of money-market day. Rates and repo take-up run higher on some days for reasons known in
// advance: balance-sheet snapshots at month-, quarter- and year-end, and Treasury coupon and tax
// settlement around the 15th. A print is judged against earlier prints of its own kind of day.

/** 0 ordinary, 1 mid-month settlement, 2 month-end, 3 quarter-end, 4 year-end. */
export type DayType = 0 | 1 | 2 | 3 | 4;
export const DAY_TYPES = ['ordinary', 'midMonth', 'monthEnd', 'quarterEnd', 'yearEnd'] as const;
export type DayTypeName = (typeof DAY_TYPES)[number];

export function dayTypeOf(date: string, cal: BusinessCalendar): DayType {
  const next = cal.next(date);
  const month = Number(date.slice(5, 7));
  if (next.slice(0, 7) !== date.slice(0, 7)) return month === 12 ? 4 : month % 3 === 0 ? 3 : 2;
  // The 15th, or the first business day after it when it falls on a weekend or holiday: coupons
  // and mid-month tax payments settle then.
  const day = Number(date.slice(8, 10));
  if (day < 15) return 0;
  for (let d = 15; d < day; d++) if (cal.isBusinessDay(`${date.slice(0, 8)}${String(d).padStart(2, '0')}`)) return 0;
  return 1;
}

/**
 * Earlier prints of each kind of day, sorted, fed in date order. `judge` answers for a print
 * where it falls among the earlier prints of its kind, before the print joins them.
 */
export class DayTypeHistory {
  private readonly sorted: number[][] = DAY_TYPES.map(() => []);
  private readonly top: ({ value: number; date: string } | undefined)[] = DAY_TYPES.map(() => undefined);
  private readonly first: (string | undefined)[] = DAY_TYPES.map(() => undefined);

  /** Percent of earlier prints of this kind strictly below `value`, their count, highest and first date. */
  judge(type: DayType, value: number): { rank: number; count: number; max?: { value: number; date: string }; since?: string } {
    const s = this.sorted[type] as number[];
    const below = lowerBound(s, value);
    const top = this.top[type];
    const since = this.first[type];
    return { rank: s.length === 0 ? 0 : (below / s.length) * 100, count: s.length, ...(top ? { max: top } : {}), ...(since ? { since } : {}) };
  }

  add(type: DayType, value: number, date: string): void {
    const s = this.sorted[type] as number[];
    s.splice(lowerBound(s, value), 0, value);
    const top = this.top[type];
    if (!top || value > top.value) this.top[type] = { value, date };
    this.first[type] ??= date;
  }
}
