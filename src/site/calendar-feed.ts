// The look ahead as an iCalendar feed (/calendar.ics, /en/calendar.ics): every day with a turn,
// settlement, tax date or FOMC meeting in the weeks after the latest edition, one all-day event
// per day, with the measured typical effect. ical-generator writes the RFC 5545 text (folding,
// escaping); everything is dated from the edition, so a rebuild of the same data is byte-identical.
import ical from 'ical-generator';
import type { Locale } from '../core/locale.ts';
import { ui } from '../i18n/ui.ts';
import type { LookAhead, TypicalMove } from '../metrics/lookahead.ts';
import { dayKindsText, effectText } from './lookahead-text.ts';

/** Market days the feed covers after the latest edition: about three months. */
export const FEED_MARKET_DAYS = 63;

export interface CalendarInput {
  readonly locale: Locale;
  /** The latest edition: the feed's stamp and where the window starts. */
  readonly asOf: string;
  readonly ahead: LookAhead;
  readonly moves: ReadonlyMap<string, TypicalMove>;
  /** The site's home in this language, absolute (events link to it). */
  readonly home: string;
}

export function calendarIcs({ locale, asOf, ahead, moves, home }: CalendarInput): string {
  const t = ui(locale);
  const cal = ical({
    name: `${t.siteName} · ${t.aheadHeading(FEED_MARKET_DAYS)}`,
    prodId: { company: 'usd-liquidity-monitor', product: 'look-ahead', language: locale === 'zh' ? 'ZH' : 'EN' },
    url: home,
  });
  const stamp = new Date(`${asOf}T00:00:00Z`);
  for (const day of ahead.days) {
    const effects = day.kinds.map((k) => effectText(k, moves.get(k), locale)).filter(Boolean);
    cal.createEvent({
      id: `${day.date}-${day.kinds.join('-')}@usd-liquidity-monitor`,
      start: day.date,
      allDay: true,
      stamp,
      summary: dayKindsText(day.kinds, locale),
      description: effects.join(locale === 'zh' ? '' : ' ') || undefined,
      url: home,
    });
  }
  return cal.toString();
}
