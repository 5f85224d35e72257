import { beforeAll, describe, expect, it } from 'vitest';
import { computeEdition, computeTimeline, addMonths } from '../../src/metrics/timeline.ts';
import { RollingCorrelation, WindowMax, WindowRank } from '../../src/metrics/rolling.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { cutAt, fixtureSnapshot, withoutSeries } from '../helpers.ts';

// Real data cut at a fixed date (tests/fixtures/snapshot), so new data cannot move these values.
let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

/** Repo-operation series: the facility pillar reads them. */
const REPO = ['SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'];

describe('the note, recomputed (edition of 2025-11-05)', () => {
  it('finds the squeeze of 2025-10-31 in the past month', () => {
    const f = computeEdition(snap, '2025-11-05').figures;
    expect(f['sofrTop.max1m']).toMatchObject({ value: 22, date: '2025-10-31' });
    expect(f['sofrIorb.max1m']).toMatchObject({ value: 32, date: '2025-10-31' });
    expect(f['sofr.atSpreadPeak']).toMatchObject({ value: 4.22, date: '2025-10-31' });
  });

  it('puts ON RRP at a sliver of its 2022 peak', () => {
    const f = computeEdition(snap, '2025-11-05').figures;
    expect(f['rrp.peak']).toMatchObject({ value: 2553.716, date: '2022-12-30', stale: false });
    expect(f['rrp.shareOfPeak']?.value).toBeCloseTo(12.814 / 2553.716, 6);
    expect(f['rrp.daysNearZero']?.value).toBe(3); // 11-03, 11-04, 11-05 under $50bn
  });

  it('sizes the TGA rebuild against reserves + ON RRP', () => {
    // H.4.1 of Wednesday 11-05 is public on Thursday 11-06, with the DTS of 11-05.
    const f = computeEdition(snap, '2025-11-06').figures;
    expect(f['tga.latest']?.value).toBe(942.7);
    const tgaThen = snap.series.get('WTREGEN')!.filter((o) => o.date <= '2025-08-05').at(-1)!;
    const resThen = snap.series.get('WRESBAL')!.filter((o) => o.date <= '2025-08-05').at(-1)!;
    const rrpThen = snap.series.get('RRPONTSYD')!.filter((o) => o.date <= '2025-08-05').at(-1)!;
    const expected = (940979 - tgaThen.value) / 1000 / (resThen.value / 1000 + rrpThen.value);
    expect(f['fiscal.drain3m']?.value).toBeCloseTo(expected, 9);
    expect(f['fiscal.drain3m']!.value).toBeGreaterThan(0.1);
  });

  it('measures Bitcoin 18.6% below its 52-week high on 2025-11-04', () => {
    // On the Binance closes (BTCUSDT); a Coinbase series, where the fixture has one, is preferred and priced differently.
    const binance = withoutSeries(snap, 'CBBTCUSD');
    // The 11-04 close (midnight UTC, after the 18:00 New York cut-off) is first in the 11-05 edition.
    expect(computeEdition(binance, '2025-11-04').figures['btc.drawdown']?.date).toBe('2025-11-03');
    expect(computeEdition(binance, '2025-11-05').figures['btc.drawdown']?.value).toBeCloseTo((101497.22 / 124658.54 - 1) * 100, 6);
  });

  it('reads stress where the note does', () => {
    // 10-31: the SRF's $50.35bn the same afternoon; SOFR shown is 10-30's.
    const oct31 = Object.fromEntries(computeEdition(snap, '2025-10-31').signals.map((s) => [s.pillar, s]));
    expect(oct31.facility).toMatchObject({ level: 2, rule: 'facility.large' });
    expect(oct31.overall?.level).toBe(2);
    // 11-03 shows the month-end print of 10-31 (+22 bp): higher than 98% of the month-ends before
    // it, so red even for a month-end, with the SRF drawn the same day: stressed, through repo.
    const nov3 = Object.fromEntries(computeEdition(snap, '2025-11-03').signals.map((s) => [s.pillar, s]));
    expect(nov3.funding).toMatchObject({ level: 2, rule: 'funding.spike' });
    expect(nov3.overall).toMatchObject({ level: 2, channel: 'repo' });
    // 11-04 shows it held into 11-03: red.
    const nov4 = Object.fromEntries(computeEdition(snap, '2025-11-04').signals.map((s) => [s.pillar, s]));
    expect(nov4.funding).toMatchObject({ level: 2, rule: 'funding.heldAboveTop' });
    expect(nov4.fiscal).toMatchObject({ level: 2, rule: 'fiscal.drainLarge' });
    expect(nov4.buffers).toMatchObject({ level: 2, rule: 'buffers.thin' });
    expect(nov4.overall?.level).toBe(2);
    const nov5 = Object.fromEntries(computeEdition(snap, '2025-11-05').signals.map((s) => [s.pillar, s]));
    expect(nov5.risk).toMatchObject({ level: 1, rule: 'risk.btc' });
  });

  it('has no facility reading without repo operations: the Fed balance sheet is not a facility', () => {
    const none = computeEdition(withoutSeries(snap, ...REPO), '2025-10-31').signals.find((s) => s.pillar === 'facility');
    expect(none).toMatchObject({ level: null, rule: 'facility.noData' });
  });

  it('reads calm where funding was calm, whatever equities or the Treasury did', () => {
    const at = (d: string) => Object.fromEntries(computeEdition(snap, d).signals.map((s) => [s.pillar, s]));
    // Mid-2018: ON RRP empty and reserves falling under QT, but repo traded below IOER.
    expect(at('2018-06-15')).toMatchObject({ buffers: { level: 2, rule: 'buffers.thin' }, overall: { level: 0 } });
    // QE's largest settlement week (+$115bn in Fed assets, H.4.1 of 2021-02-17) is not emergency lending.
    expect(at('2021-02-18')).toMatchObject({ lender: { level: 0, rule: 'lender.calm' }, overall: { level: 0 } });
    // 2022: the Nasdaq more than 10% off its high while reserves and ON RRP were abundant.
    expect(at('2022-06-16')).toMatchObject({ risk: { level: 2, rule: 'risk.nasdaqDeep' }, overall: { level: 0 } });
    // 2023-03-16: the week of the bank failures, four editions after the BTFP was announced
    // (and with +$303bn of Fed lending in the H.4.1): stressed, through bank funding.
    expect(at('2023-03-16')).toMatchObject({ lender: { level: 2, rule: 'lender.emergency' }, overall: { level: 2, channel: 'bank' } });
    // The month-end of July 2019: SOFR 5 bp above the range, lower than 4 in 10 of the month-ends
    // before it (2019-04-30 had reached +26): routine for the day, so calm. The same 5 bp on an
    // ordinary day, higher than nearly all of them, would have read amber.
    expect(at('2019-08-01')).toMatchObject({ funding: { level: 0, rule: 'funding.calm' }, overall: { level: 0 } });
    expect(computeEdition(snap, '2019-08-01').figures).toMatchObject({
      'sofrTop.latest': { value: 5, date: '2019-07-31' }, 'sofr.dayType': { value: 2 }, 'sofrTop.dayRank': { value: 60 }, 'sofrTop.dayMax': { value: 26, date: '2019-04-30' },
    });
  });

  it('reads the Sept 2019 spike as red funding', () => {
    const s = computeEdition(snap, '2019-09-18').signals.find((x) => x.pillar === 'funding');
    expect(s).toMatchObject({ level: 2, rule: 'funding.spike' });
  });
});

describe('one pass over all dates', () => {
  it('gives the same figures as computing each date on its own, and never looks ahead', () => {
    const dates = snap.series.get('SOFR')!.map((o) => o.date);
    const timeline = computeTimeline(snap, dates);
    expect(timeline.size).toBe(dates.length);
    for (const d of ['2018-04-02', '2019-09-17', '2020-03-17', '2021-07-29', '2023-03-13', '2025-10-31', '2025-11-05', dates.at(-1)!]) {
      const one = timeline.get(d)!;
      expect(one).toEqual(computeEdition(snap, d));
      expect(one).toEqual(computeEdition(cutAt(snap, d), d)); // data after d changes nothing
      for (const [key, f] of Object.entries(one.figures)) if (f) expect(f.date <= d, `${key} at ${d}`).toBe(true);
    }
  });
});

describe('rolling structures', () => {
  const obs = [3, 1, 4, 1, 5, 9, 2, 6].map((value, i) => ({ date: `2025-01-${String(i + 1).padStart(2, '0')}`, value }));

  it('WindowMax agrees with a scan', () => {
    const w = new WindowMax();
    obs.forEach((o, i) => {
      w.push(o);
      const from = obs[Math.max(0, i - 2)]!.date;
      const naive = Math.max(...obs.slice(Math.max(0, i - 2), i + 1).map((x) => x.value));
      expect(w.maxSince(from)?.value).toBe(naive);
    });
  });

  it('WindowRank agrees with a scan', () => {
    const r = new WindowRank();
    obs.forEach((o, i) => {
      r.push(o);
      const win = obs.slice(Math.max(0, i - 3), i + 1).map((x) => x.value);
      const naive = Math.round((win.filter((v) => v <= o.value).length / win.length) * 1000) / 10;
      expect(r.rank(o.value, obs[Math.max(0, i - 3)]!.date, 1)).toBe(naive);
    });
  });

  it('RollingCorrelation agrees with the textbook formula', () => {
    const xs = [1, 2, 3, 4, 5, 6];
    const ys = [2, 1, 4, 3, 6, 5];
    const c = new RollingCorrelation(4);
    xs.forEach((x, i) => { c.push(x, ys[i]!); });
    const [x, y] = [xs.slice(2), ys.slice(2)];
    const mean = (a: number[]) => a.reduce((s, v) => s + v, 0) / a.length;
    const mx = mean(x);
    const my = mean(y);
    const cov = x.reduce((s, v, i) => s + (v - mx) * (y[i]! - my), 0);
    const sd = (a: number[], m: number) => Math.sqrt(a.reduce((s, v) => s + (v - m) ** 2, 0));
    expect(c.value()).toBeCloseTo(cov / (sd(x, mx) * sd(y, my)), 12);
  });

  it('addMonths clamps to the end of shorter months', () => {
    expect(addMonths('2025-03-31', -1)).toBe('2025-02-28');
    expect(addMonths('2024-03-31', -1)).toBe('2024-02-29');
    expect(addMonths('2025-11-05', -3)).toBe('2025-08-05');
  });
});
