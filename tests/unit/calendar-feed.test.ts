import ICAL from 'ical.js';
import { describe, expect, it } from 'vitest';
import { lookAhead, typicalMoves } from '../../src/metrics/lookahead.ts';
import { calendarIcs } from '../../src/site/calendar-feed.ts';
import { fixtureSnapshot } from '../helpers.ts';

async function feed(locale: 'zh' | 'en', asOf: string, days: number) {
  const snap = await fixtureSnapshot();
  const moves = new Map(typicalMoves({ sofr: snap.series.get('SOFR')!, rangeTop: snap.series.get('DFEDTARU')!, tga: snap.series.get('TGA_CLOSE')! }, asOf)
    .map((m) => [m.kind as string, m]));
  const ahead = lookAhead(asOf, days);
  return { ahead, text: calendarIcs({ locale, asOf, ahead, moves, home: `https://example.org${locale === 'en' ? '/en' : ''}/` }) };
}

describe('the iCal feed of the days ahead', () => {
  it.each(['zh', 'en'] as const)('parses as RFC 5545 (%s), one all-day event per day ahead, dated and described', async (locale) => {
    const { ahead, text } = await feed(locale, '2025-11-20', 40);
    expect(text.split('\r\n').every((l) => new TextEncoder().encode(l).length <= 75)).toBe(true); // folded lines
    const comp = new ICAL.Component(ICAL.parse(text));
    expect(comp.name).toBe('vcalendar');
    const events = comp.getAllSubcomponents('vevent').map((v) => new ICAL.Event(v));
    expect(events.map((e) => e.startDate.toString())).toEqual(ahead.days.map((d) => d.date));
    expect(events.every((e) => e.startDate.isDate)).toBe(true);
    const monthEnd = events.find((e) => e.startDate.toString() === '2025-11-28')!;
    expect(monthEnd.summary).toBe(locale === 'zh' ? '月末' : 'Month-end');
    expect(monthEnd.description).toMatch(locale === 'zh' ? /以来的月末（共 \d+ 次），SOFR 与区间上限之差/ : /^Over the \d+ month-ends since/);
    const yearEnd = events.find((e) => e.startDate.toString() === '2025-12-31')!;
    expect(yearEnd.summary).toBe(locale === 'zh' ? '年末' : 'Year-end');
    expect(new Set(events.map((e) => e.uid)).size).toBe(events.length);
  });

  it('is the same text for the same data (stamped with the edition, not the clock)', async () => {
    const a = (await feed('en', '2025-11-20', 40)).text;
    await new Promise((r) => setTimeout(r, 1100));
    expect((await feed('en', '2025-11-20', 40)).text).toBe(a);
    expect(a).toContain('DTSTAMP:20251120T000000Z');
  });
});
