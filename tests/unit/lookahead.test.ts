import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FOMC_MEETINGS } from '../../src/catalog/fomc.ts';
import { isMarketDay, lastMarketDayOf, marketHolidays } from '../../src/catalog/marketCalendar.ts';
import { addDays } from '../../src/core/dates.ts';
import { calendarKinds, lookAhead, typicalMoves } from '../../src/metrics/lookahead.ts';
import { FIXTURE_CUT, fixtureSnapshot } from '../helpers.ts';

/** A fixture series read straight from its CSV, so the check does not reuse the code under test. */
const rows = (id: string) => readFileSync(`tests/fixtures/snapshot/series/${id}.csv`, 'utf8').trim().split('\n').slice(1)
  .map((l) => { const [date, value] = l.split(','); return { date: date as string, value: Number(value) }; });

describe('the market calendar', () => {
  it('closes on exactly the weekdays on which SOFR has no print, 2018 to the fixture cut', () => {
    const sofr = new Set(rows('SOFR').map((r) => r.date));
    const first = rows('SOFR')[0]!.date;
    const mismatches: string[] = [];
    for (let d = first; d <= FIXTURE_CUT; d = addDays(d, 1)) {
      const wd = new Date(`${d}T00:00:00Z`).getUTCDay();
      if (wd !== 0 && wd !== 6 && isMarketDay(d) !== sofr.has(d) && d < rows('SOFR').at(-1)!.date) mismatches.push(d);
    }
    expect(mismatches).toEqual([]);
  });

  it('observes Saturday holidays on Friday except New Year and Veterans Day, and Sunday ones on Monday', () => {
    expect(marketHolidays(2020).has('2020-07-03')).toBe(true); // 4 July on a Saturday
    expect(marketHolidays(2021).has('2021-12-31')).toBe(false); // New Year 2022 on a Saturday: the year-end trades
    expect(marketHolidays(2023).has('2023-11-10')).toBe(false); // Veterans Day on a Saturday
    expect(marketHolidays(2022).has('2022-12-26')).toBe(true); // Christmas on a Sunday
    expect(marketHolidays(2024).has('2024-03-29')).toBe(true); // Good Friday
    expect(marketHolidays(2021).has('2021-06-18')).toBe(false); // Juneteenth only from 2022
  });

  it('finds the last market day of a month', () => {
    expect(lastMarketDayOf('2025-10')).toBe('2025-10-31');
    expect(lastMarketDayOf('2025-11')).toBe('2025-11-28');
    expect(lastMarketDayOf('2024-03')).toBe('2024-03-28'); // March 29, 2024 was Good Friday
  });
});

describe('the FOMC calendar', () => {
  it('holds the meeting behind every change of the target range since 2018', () => {
    const top = rows('DFEDTARU');
    const meetings = new Set(FOMC_MEETINGS.map((m) => m.date));
    for (let i = 1; i < top.length; i++) {
      if (top[i]!.value === top[i - 1]!.value || top[i]!.date < '2018-01-01') continue;
      const before = [1, 2, 3, 4].map((k) => addDays(top[i]!.date, -k));
      expect(before.some((d) => meetings.has(d)), top[i]!.date).toBe(true);
    }
  });
});

describe('the look ahead', () => {
  it('lists the turns, mid-month and tax days and the meetings of the next ten market days', () => {
    const ahead = lookAhead('2025-10-21');
    expect(ahead.from).toBe('2025-10-22');
    expect(ahead.to).toBe('2025-11-04');
    expect(ahead.days).toEqual([
      { date: '2025-10-29', kinds: ['fomc'] },
      { date: '2025-10-31', kinds: ['monthEnd'] },
    ]);
  });

  it('says when the edition\'s own day is a turn, whose SOFR prints after it (reader pass 4: 2018-12-31, 2022-06-30)', () => {
    const yearEnd = lookAhead('2018-12-31');
    expect(yearEnd.today).toEqual(['yearEnd']);
    expect(yearEnd.from).toBe('2019-01-02'); // its SOFR prints then: New Year's Day closed
    expect(lookAhead('2022-06-30').today).toEqual(['quarterEnd']);
    expect(lookAhead('2025-10-21').today).toEqual([]);
  });

  it('knows the quarter- and year-end, and the December tax date', () => {
    expect(calendarKinds('2025-12-31')).toEqual(['yearEnd']);
    expect(calendarKinds('2025-09-30')).toEqual(['quarterEnd']);
    expect(calendarKinds('2025-12-15')).toEqual(['midMonth', 'taxDate']);
    expect(calendarKinds('2025-11-17')).toEqual(['midMonth']); // the 15th was a Saturday
    expect(calendarKinds('2025-11-14')).toEqual([]);
  });

  it('names a meeting only once its year\'s schedule was public', () => {
    const meetingsIn = (asOf: string, n: number) => lookAhead(asOf, n).days.filter((d) => d.kinds.includes('fomc')).map((d) => d.date);
    expect(meetingsIn('2017-11-30', 45)).toEqual([]); // the 2018 schedule counts as public from Dec 1, 2017
    expect(meetingsIn('2017-12-01', 45)).toEqual(['2018-01-31']);
    expect(lookAhead('2026-12-20').fomcUnknown).toBe(true);
    expect(lookAhead('2025-12-01').fomcUnknown).toBe(false);
  });
});

describe('typical moves', () => {
  it('measure each kind of day by its median change over the previous market day, from data before the edition', async () => {
    const snap = await fixtureSnapshot();
    const inputs = { sofr: snap.series.get('SOFR')!, rangeTop: snap.series.get('DFEDTARU')!, tga: snap.series.get('TGA_CLOSE')! };
    const moves = typicalMoves(inputs, '2025-11-04');
    const quarter = moves.find((m) => m.kind === 'quarterEnd')!;
    // Recomputed by hand from the fixture CSVs: every quarter-end of the three years before.
    const sofr = new Map(rows('SOFR').map((r) => [r.date, r.value]));
    const top = new Map(rows('DFEDTARU').map((r) => [r.date, r.value]));
    const spread = (d: string) => Math.round((sofr.get(d)! - top.get(d)!) * 100);
    const ends = ['2022-12', '2023-03', '2023-06', '2023-09', '2023-12', '2024-03', '2024-06', '2024-09', '2024-12', '2025-03', '2025-06', '2025-09']
      .map(lastMarketDayOf).filter((d) => d >= '2022-11-04' && !d.endsWith('-12-31') && !d.startsWith('2022-12') && !d.startsWith('2023-12') && !d.startsWith('2024-12'));
    const diffs = ends.map((d) => { let p = addDays(d, -1); while (!sofr.has(p)) p = addDays(p, -1); return spread(d) - spread(p); }).sort((a, b) => a - b);
    const mid = diffs.length >> 1;
    expect(quarter.count).toBe(diffs.length);
    expect(quarter.sofrBp).toBe(diffs.length % 2 ? diffs[mid] : (diffs[mid - 1]! + diffs[mid]!) / 2);
    expect(quarter.since).toBe(ends[0]);
    // A later print never counts: the edition of 2025-11-04 does not see that day's move.
    const monthEnds = (asOf: string) => typicalMoves(inputs, asOf, 10).find((m) => m.kind === 'monthEnd')!.count;
    expect(monthEnds('2025-10-31')).toBe(monthEnds('2025-11-03') - 1);
    expect(moves.find((m) => m.kind === 'taxDate')!.tgaBn).not.toBeNull();
  });
});
