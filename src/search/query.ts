// Reads a search query that names a day, in the ways readers of either language write one,
// so the search page can find that day's edition exactly instead of ranking every page that
// mentions some of its numbers. Pure; runs in the browser and in unit tests.

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september',
  'october', 'november', 'december'];

/** Month number (1–12) of an English month name or an abbreviation of 3+ letters ("Sept."), else 0. */
function monthOf(name: string): number {
  const n = name.toLowerCase().replace(/\.$/, '');
  return n.length < 3 ? 0 : MONTHS.findIndex((full) => full.startsWith(n)) + 1;
}

/** The ISO date of y-m-d if that day exists in the calendar (month 0 does not), else null. */
function isoOf(y: number, m: number, d: number): string | null {
  const t = new Date(Date.UTC(y, m - 1, d));
  if (t.getUTCFullYear() !== y || t.getUTCMonth() !== m - 1 || t.getUTCDate() !== d) return null;
  return t.toISOString().slice(0, 10);
}

/**
 * The day a query names, as an ISO date, or null when the query is not just a date.
 * Accepts 2025-11-04, 2025/11/4, 2025.11.04, 20251104, 2025年11月4日 (full-width digits too),
 * Nov 4, 2025, November 4 2025 and 4 November 2025.
 */
export function dateOfQuery(query: string): string | null {
  const q = query.normalize('NFKC').trim().replace(/\s+/g, ' ');
  let m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(q) ?? /^(\d{4})(\d{2})(\d{2})$/.exec(q)
    ?? /^(\d{4}) ?年 ?(\d{1,2}) ?月 ?(\d{1,2}) ?[日号]?$/.exec(q);
  if (m) return isoOf(Number(m[1]), Number(m[2]), Number(m[3]));
  m = /^([a-z]+\.?) (\d{1,2})(?:st|nd|rd|th)?,? (\d{4})$/i.exec(q);
  if (m) return isoOf(Number(m[3]), monthOf(m[1] as string), Number(m[2]));
  m = /^(\d{1,2})(?:st|nd|rd|th)? ([a-z]+\.?),? (\d{4})$/i.exec(q);
  if (m) return isoOf(Number(m[3]), monthOf(m[2] as string), Number(m[1]));
  return null;
}

export interface MonthQuery {
  readonly year: number;
  /** 1–12. */
  readonly month: number;
}

/**
 * The month a query names, or null when it is not just a month: 2025-11, 2025/11, 2025.11,
 * 2025年11月 (full-width digits too), Nov 2025, November 2025. Such a query goes to that month
 * in the archive, since every edition of the month matches it equally.
 */
export function monthOfQuery(query: string): MonthQuery | null {
  const q = query.normalize('NFKC').trim().replace(/\s+/g, ' ');
  const numeric = /^(\d{4})[-/.](\d{1,2})$/.exec(q) ?? /^(\d{4}) ?年 ?(\d{1,2}) ?月(?:份)?$/.exec(q);
  const named = /^([a-z]+\.?),? (\d{4})$/i.exec(q);
  const year = Number(numeric?.[1] ?? named?.[2]);
  const month = numeric ? Number(numeric[2]) : named ? monthOf(named[1] as string) : 0;
  return month >= 1 && month <= 12 && year >= 1900 ? { year, month } : null;
}

/** The archive's anchor for a month: "m2025-11". */
export const monthAnchor = ({ year, month }: MonthQuery): string => `m${year}-${String(month).padStart(2, '0')}`;
