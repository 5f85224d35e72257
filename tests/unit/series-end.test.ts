// Series that end by design (IOER, replaced by IORB; the Binance Bitcoin history, replaced by
// Coinbase at the splice): an end date in the catalog, never called stale after it, no row
// accepted past it, and the Bitcoin rule still able to fire on fresh Coinbase data.
import { describe, expect, it } from 'vitest';
import { BTC_SPLICE, SERIES, seriesDef, type SeriesDef } from '../../src/catalog/series.ts';
import { isSeriesStale } from '../../src/metrics/freshness.ts';
import { computeTimeline } from '../../src/metrics/timeline.ts';
import { addDays } from '../../src/core/dates.ts';
import { validateObservations } from '../../src/snapshot/validate.ts';
import { staleNotice } from '../../src/site/staleness.ts';
import { statusRows } from '../../src/site/status.ts';
import { Snapshot } from '../../src/snapshot/snapshot.ts';
import { catchError, fixtureSnapshot, memorySnapshot } from '../helpers.ts';

/** Calendar days from `from`, `n` of them, each with its value. */
const daily = (from: string, n: number, value: (i: number) => number): [string, number][] =>
  [...Array(n)].map((_, i) => [addDays(from, i), value(i)]);

describe('series that end', () => {
  it('the Binance history ends the day before the splice, IOER the day before IORB starts', () => {
    expect(seriesDef('BTCUSDT').endsOn).toBe(addDays(BTC_SPLICE.date, -1));
    expect(seriesDef('IOER').endsOn).toBe(addDays(seriesDef('IORB').historyStart, -1));
    // Every series without a live source has an end: nothing else would ever refresh it.
    for (const def of (SERIES as readonly SeriesDef[]).filter((d) => d.source === 'binance')) expect(def.endsOn, def.id).toBeDefined();
  });

  it('is never stale after its end, while a series that should go on is', () => {
    const snap = memorySnapshot({
      SOFR: daily('2025-10-01', 120, () => 4),
      BTCUSDT: daily('2025-10-01', 51, () => 100_000), // to 2025-11-20
      CBBTCUSD: daily('2025-10-01', 40, () => 100_000), // stops 2025-11-09
    });
    expect(isSeriesStale(snap, 'BTCUSDT', '2026-01-20')).toBe(false);
    expect(isSeriesStale(snap, 'CBBTCUSD', '2026-01-20')).toBe(true);
  });

  it('refuses a row after the end, naming the series and the date', () => {
    const rows = [{ date: '2021-07-28', value: 0.15, line: 1 }, { date: '2021-07-29', value: 0.15, line: 2 }];
    expect(catchError(() => validateObservations(seriesDef('IOER'), rows, { origin: 'fredgraph.csv' })).message)
      .toBe('IOER: date 2021-07-29 is after the series ended on 2021-07-28 (catalog: endsOn); a source extending an ended series is an error, not new data (fredgraph.csv:2)');
  });

  it('lets the Bitcoin rule fire on fresh Coinbase data after the splice', () => {
    // A year at 100k on Binance to the splice, then Coinbase falling 30% over a month.
    const binance = daily(addDays(BTC_SPLICE.date, -400), 400, () => 100_000);
    const coinbase = daily(BTC_SPLICE.date, 60, (i) => 100_000 * (1 - Math.min(i, 30) / 100));
    const asOf = addDays(BTC_SPLICE.date, 45);
    const snap = memorySnapshot({ BTCUSDT: binance, CBBTCUSD: coinbase, SOFR: daily(addDays(BTC_SPLICE.date, -400), 460, () => 4) });
    const m = computeTimeline(snap, [asOf]).get(asOf)!;
    const btc = m.figures['btc.drawdown'];
    expect(btc).toMatchObject({ stale: false, series: ['CBBTCUSD', 'BTCUSDT'] });
    expect(btc!.value).toBeCloseTo(-30, 5);
    expect(m.signals.find((s) => s.pillar === 'risk')).toMatchObject({ level: 2, rule: 'risk.btcDeep' });
  });

  it('shows as ended on the data status page, and a refused refresh of it stays there, not in the banner', async () => {
    const snap = await fixtureSnapshot();
    const row = (id: string, s = snap) => statusRows(s, '2025-11-20', 'en').find((r) => r.id === id);
    expect(row('IOER')?.state).toBe('ended');
    expect(row('BTCUSDT')?.state).toBe('ok'); // its last day
    expect(statusRows(snap, '2025-11-24', 'en').find((r) => r.id === 'BTCUSDT')?.state).toBe('ended');
    expect(row('SOFR')?.state).toBe('ok');
    // Before its end, IOER is a live series like any other.
    expect(statusRows(snap, '2021-07-01', 'en').find((r) => r.id === 'IOER')?.state).toBe('ok');
    // A source that tried to extend IOER: the refusal shows on /data/, the reader's banner is unaffected.
    const refused = new Snapshot({ ...snap, manifest: { ...snap.manifest, series: snap.manifest.series.map((m) => (m.id === 'IOER' ? { ...m, status: 'stale' as const, staleReason: 'IOER: date 2021-07-29 is after the series ended' } : m)) } });
    expect(row('IOER', refused)?.state).toBe('failed');
    const m = computeTimeline(refused, ['2025-11-20']).get('2025-11-20')!;
    expect(staleNotice(refused, m, true).series.map((x) => x.id)).not.toContain('IOER');
  });
});
