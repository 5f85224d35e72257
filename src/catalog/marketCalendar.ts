// The US bond market's calendar as rules, so a date ahead of the data can be judged a business
// day or not: the days SIFMA recommends a full close. Holidays are announced long in advance, so a
// look ahead from an edition may use them without knowing anything published later.
import { addDays } from '../core/dates.ts';

/** Closures outside the rules: national days of mourning. */
const SPECIAL_CLOSURES: readonly string[] = [
  '2018-12-05', // President George H. W. Bush
];

const iso = (y: number, m: number, d: number) => new Date(Date.UTC(y, m - 1, d)).toISOString().slice(0, 10);
const weekday = (date: string) => new Date(`${date}T00:00:00Z`).getUTCDay();

/** The n-th `dow` (0 Sunday … 6 Saturday) of a month; n = -1 for the last. */
function nthWeekday(y: number, m: number, dow: number, n: number): string {
  if (n > 0) {
    const first = iso(y, m, 1);
    return addDays(first, ((dow - weekday(first) + 7) % 7) + 7 * (n - 1));
  }
  const last = iso(y, m + 1, 0);
  return addDays(last, -((weekday(last) - dow + 7) % 7));
}

/** Easter Sunday (Gregorian, the anonymous algorithm). */
function easter(y: number): string {
  const a = y % 19;
  const b = Math.floor(y / 100);
  const c = y % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return iso(y, month, day);
}

/**
 * A fixed-date holiday's closing day: Sunday moves to Monday; Saturday moves to Friday only where
 * the market observes it then (Independence Day, Juneteenth, Christmas), not New Year's Day (the
 * year-end trades) or Veterans Day.
 */
function observed(date: string, saturdayToFriday: boolean): string | null {
  const d = weekday(date);
  if (d === 0) return addDays(date, 1);
  if (d === 6) return saturdayToFriday ? addDays(date, -1) : null;
  return date;
}

/** The full-close days of one year, by the rules. */
function holidaysByRule(year: number): ReadonlySet<string> {
  const days = [
    observed(iso(year, 1, 1), false),
    nthWeekday(year, 1, 1, 3), // Martin Luther King Jr. Day
    nthWeekday(year, 2, 1, 3), // Washington's Birthday
    addDays(easter(year), -2), // Good Friday
    nthWeekday(year, 5, 1, -1), // Memorial Day
    year >= 2022 ? observed(iso(year, 6, 19), true) : null, // Juneteenth, a holiday from 2022
    observed(iso(year, 7, 4), true),
    nthWeekday(year, 9, 1, 1), // Labor Day
    nthWeekday(year, 10, 1, 2), // Columbus Day
    observed(iso(year, 11, 11), false), // Veterans Day
    nthWeekday(year, 11, 4, 4), // Thanksgiving
    observed(iso(year, 12, 25), true),
    ...SPECIAL_CLOSURES.filter((d) => d.startsWith(String(year))),
  ];
  return new Set(days.filter((d): d is string => d !== null));
}

// The rules evaluated once, when the module loads, for every year the site can meet (a constant
// table, not a cache): the look ahead asks about a date thousands of times per build.
const FIRST_YEAR = 1990;
const LAST_YEAR = 2060;
const TABLE: ReadonlyMap<number, ReadonlySet<string>> = new Map(
  Array.from({ length: LAST_YEAR - FIRST_YEAR + 1 }, (_, i) => [FIRST_YEAR + i, holidaysByRule(FIRST_YEAR + i)] as const),
);

/** The full-close days of one year. */
export const marketHolidays = (year: number): ReadonlySet<string> => TABLE.get(year) ?? holidaysByRule(year);

/** A weekday on which the bond market is open. */
export function isMarketDay(date: string): boolean {
  const d = weekday(date);
  return d !== 0 && d !== 6 && !marketHolidays(Number(date.slice(0, 4))).has(date);
}

/** The first market day after `date`. */
export function nextMarketDay(date: string): string {
  let d = addDays(date, 1);
  while (!isMarketDay(d)) d = addDays(d, 1);
  return d;
}

/** The last market day before `date`. */
export function previousMarketDay(date: string): string {
  let d = addDays(date, -1);
  while (!isMarketDay(d)) d = addDays(d, -1);
  return d;
}

/** `date` itself when the market is open, else the next market day. */
export const onOrAfterMarketDay = (date: string): string => (isMarketDay(date) ? date : nextMarketDay(date));

/** The last market day of a month (`ym` = YYYY-MM). */
export function lastMarketDayOf(ym: string): string {
  const [y, m] = ym.split('-').map(Number) as [number, number];
  const last = iso(y, m + 1, 0);
  return isMarketDay(last) ? last : previousMarketDay(last);
}
