// The look ahead in words, shared by the edition page and the iCal feed: a day's kinds, and the
// measured typical effect of each kind (only when at least MIN_DAYS such days were measured).
import type { Locale } from '../core/locale.ts';
import { ui } from '../i18n/ui.ts';
import type { DayKind, TypicalMove } from '../metrics/lookahead.ts';
import { formatBp, formatDate, formatUsdBnSigned } from '../report/format.ts';

export const MIN_DAYS = 3;

// Made once when the module loads: a formatter costs about 0.1 ms to make, and every edition page
// names up to ten weekdays.
const WEEKDAY: Readonly<Record<Locale, Intl.DateTimeFormat>> = {
  zh: new Intl.DateTimeFormat('zh-CN', { weekday: 'short', timeZone: 'UTC' }),
  en: new Intl.DateTimeFormat('en-US', { weekday: 'short', timeZone: 'UTC' }),
};

/** A date's short weekday name in the page's language ("周四", "Thu"). */
export const weekdayName = (date: string, locale: Locale): string => WEEKDAY[locale].format(new Date(`${date}T00:00:00Z`));

/** "Month-end" / "Mid-month Treasury settlement; Tax date" in the page's language. */
export const dayKindsText = (kinds: readonly DayKind[], locale: Locale): string =>
  kinds.map((k) => ui(locale).dayKinds[k]).join(locale === 'zh' ? '、' : '; ');

/** The sentence for one kind's typical effect, or '' when it was not measured often enough. */
export function effectText(kind: DayKind, move: TypicalMove | undefined, locale: Locale): string {
  const t = ui(locale);
  if (!move || move.sofrBp === null || move.count < MIN_DAYS || kind === 'fomc' || move.since === null) return '';
  return t.aheadSofr(t.dayKindsPlural[kind], formatBp(move.sofrBp, locale), move.count, formatDate(move.since, locale)) +
    (move.tgaBn !== null ? t.aheadTga(formatUsdBnSigned(move.tgaBn, locale)) : '') + t.aheadEnd;
}
