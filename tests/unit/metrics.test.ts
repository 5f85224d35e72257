import { beforeAll, describe, expect, it } from 'vitest';
import { computeFigures, toBp } from '../../src/metrics/figures.ts';
import { isSeriesStale } from '../../src/metrics/freshness.ts';
import { indexAtOrBefore, lastNKnown, latestAt, valueOn } from '../../src/metrics/lookup.ts';
import { rateRangeWindow } from '../../src/metrics/windows.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { cutAt, FIXTURE_CUT, fixtureSnapshot, memorySnapshot, seriesEndingAt, withoutSeries } from '../helpers.ts';

const obs = (...pairs: [string, number][]) => pairs.map(([date, value]) => ({ date, value }));

describe('lookup', () => {
  const s = obs(['2025-10-29', 1], ['2025-10-30', 2], ['2025-10-31', 3], ['2025-11-03', 4]);
  it('finds the last observation on or before a date, never after', () => {
    expect(indexAtOrBefore(s, '2025-10-28')).toBe(-1);
    expect(indexAtOrBefore(s, '2025-10-29')).toBe(0);
    expect(latestAt(s, '2025-11-02')).toEqual({ date: '2025-10-31', value: 3 });
    expect(latestAt(s, '2030-01-01')?.date).toBe('2025-11-03');
    expect(latestAt([], '2025-11-02')).toBeUndefined();
    expect(valueOn(s, '2025-11-01')).toBeUndefined();
    expect(lastNKnown(s, '2025-10-31', 2).map((o) => o.value)).toEqual([2, 3]);
  });
  it('converts percentage points to basis points without float noise', () => {
    expect(toBp(4.22 - 4.0)).toBe(22);
    expect(toBp(4.22 - 3.9)).toBe(32);
  });
});

describe('figures on real data (frozen fixture snapshot)', () => {
  let snap: Snapshot;
  beforeAll(async () => {
    snap = await fixtureSnapshot();
  });

  it('reproduces the late-October 2025 squeeze', () => {
    // SOFR of Friday 10-31 is published on Monday 11-03, so that edition shows it.
    expect(computeFigures(snap, '2025-10-31')['sofr.latest']).toMatchObject({ value: 4.04, date: '2025-10-30' });
    const f = computeFigures(snap, '2025-11-03');
    expect(f['sofr.latest']).toMatchObject({ value: 4.22, date: '2025-10-31', kind: 'pct', stale: false });
    expect(f['rangeTop.latest']).toMatchObject({ value: 4.0, date: '2025-11-03' });
    expect(f['rangeBottom.latest']?.value).toBe(3.75);
    expect(f['sofrTop.latest']).toMatchObject({ value: 22, date: '2025-10-31', kind: 'bp' });
    expect(f['sofrIorb.latest']).toMatchObject({ value: 32, date: '2025-10-31' });
    expect(f['effr.latest']?.value).toBe(3.86);
    expect(f['rrp.latest']).toMatchObject({ value: 23.792, date: '2025-11-03', kind: 'usd_bn' });
    expect(f['tga.latest']).toMatchObject({ value: 926.328, date: '2025-10-31' });
    expect(f['tgaWeekly.latest']).toMatchObject({ value: 957.99, date: '2025-10-29' });
    expect(f['reserves.latest']).toMatchObject({ value: 2848.021, date: '2025-10-29' });
    expect(f['sofr.chg1d']).toMatchObject({ value: 18, kind: 'bp' }); // 4.04 -> 4.22
  });

  it('reproduces the September 2019 repo spike, against IOER before IORB existed', () => {
    const f = computeFigures(snap, '2019-09-18');
    expect(f['sofr.latest']?.value).toBe(5.25);
    expect(f['sofrTop.latest']?.value).toBe(300);
    expect(f['sofrIorb.latest']).toMatchObject({ value: 315, date: '2019-09-17' }); // 5.25 − IOER 2.10
    expect(f['tga.latest']).toMatchObject({ value: 307.731, date: '2019-09-17' });
  });

  it('gives null, not an error, for a figure whose series has no data yet', () => {
    // IORB starts 2021-07-29; without IOER (and without the daily TGA) 2019 has neither.
    const f = computeFigures(withoutSeries(snap, 'IOER', 'TGA_CLOSE'), '2019-09-18');
    expect(f['sofr.latest']?.value).toBe(5.25);
    expect(f['sofrIorb.latest']).toBeNull();
    expect(f['tga.latest']).toBeNull();
  });

  it('never looks ahead: figures at D equal figures from a snapshot cut at D', () => {
    for (const asOf of ['2019-09-17', '2023-03-13', '2025-10-30', '2025-11-05', FIXTURE_CUT]) {
      const full = computeFigures(snap, asOf);
      expect(full).toEqual(computeFigures(cutAt(snap, asOf), asOf));
      for (const [key, f] of Object.entries(full)) {
        const date = f?.date;
        if (date) expect(date <= asOf, `${key} at ${asOf} dated ${date}`).toBe(true);
      }
    }
  });

  it('flags a figure whose series has stopped updating', () => {
    // The fixture with the target range's last print on 2025-09-12, ten weeks before the cut.
    const behind = seriesEndingAt(snap, 'DFEDTARU', '2025-09-12');
    const f = computeFigures(behind, FIXTURE_CUT);
    expect(f['sofr.latest']?.stale).toBe(false);
    expect(f['rangeTop.latest']).toMatchObject({ date: '2025-09-12', stale: true });
    expect(isSeriesStale(behind, 'DFEDTARU', FIXTURE_CUT)).toBe(true);
    expect(isSeriesStale(snap, 'DFEDTARU', FIXTURE_CUT)).toBe(false);
    expect(isSeriesStale(behind, 'SOFR', FIXTURE_CUT)).toBe(false);
  });
});

describe('rateRangeWindow', () => {
  it('joins each SOFR day with the same-day range and IORB', () => {
    const snap = memorySnapshot({
      SOFR: [['2025-10-30', 4.04], ['2025-10-31', 4.22], ['2025-11-03', 4.13]],
      DFEDTARU: [['2025-10-30', 4.0], ['2025-10-31', 4.0]],
      DFEDTARL: [['2025-10-30', 3.75], ['2025-10-31', 3.75]],
      IORB: [['2025-10-31', 3.9]],
    });
    const rows = rateRangeWindow(snap, '2025-11-03', 5);
    expect(rows.map((r) => [r.date.toISOString().slice(0, 10), r.sofr, r.upper, r.lower, r.iorb])).toEqual([
      ['2025-10-30', 4.04, 4.0, 3.75, undefined],
      ['2025-10-31', 4.22, 4.0, 3.75, 3.9],
    ]);
  });
});
