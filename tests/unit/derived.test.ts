import { describe, expect, it } from 'vitest';
import { netLiquiditySeries, scaled, spliced, splicedAt, spreadSeries } from '../../src/metrics/derived.ts';
import { deriveAssets } from '../../src/metrics/families/risk.ts';
import { memorySnapshot } from '../helpers.ts';
import { drawdownSeries } from '../../src/metrics/indicator.ts';

const obs = (...pairs: [string, number][]) => pairs.map(([date, value]) => ({ date, value }));

describe('derived series', () => {
  it('spreads in bp only on days both series have', () => {
    const sofr = obs(['2025-10-30', 4.04], ['2025-10-31', 4.22], ['2025-11-03', 4.13]);
    const top = obs(['2025-10-30', 4.0], ['2025-10-31', 4.0]);
    expect(spreadSeries(sofr, top)).toEqual(obs(['2025-10-30', 4], ['2025-10-31', 22]).map((o) => ({ ...o, known: o.date })));
  });

  it('net liquidity on Fed balance-sheet Wednesdays, with the last ON RRP on or before', () => {
    // Real 2025-10-29 values: WALCL 6,587,034 $mn, WTREGEN 957,990 $mn (in $bn by then), ON RRP 19.504 $bn.
    const walcl = obs(['2025-10-29', 6587.034]);
    const tga = obs(['2025-10-29', 957.99]);
    const rrp = obs(['2025-10-28', 14.096], ['2025-10-29', 19.504], ['2025-10-30', 19.166]);
    const [net] = netLiquiditySeries(walcl, tga, rrp);
    expect(net?.date).toBe('2025-10-29');
    expect(net?.value).toBeCloseTo(5609.54, 6);
  });

  it('splices IOER into IORB where IORB starts, and one price series onto another at a fixed date', () => {
    expect(spliced(obs(['2021-07-27', 0.15], ['2021-07-29', 0.15]), obs(['2021-07-29', 0.15], ['2021-07-30', 0.15])).map((o) => o.date))
      .toEqual(['2021-07-27', '2021-07-29', '2021-07-30']);
    expect(splicedAt(obs(['2025-11-19', 1], ['2025-11-20', 2], ['2025-11-21', 3]), obs(['2025-11-20', 20], ['2025-11-21', 30]), '2025-11-21'))
      .toEqual(obs(['2025-11-19', 1], ['2025-11-20', 2], ['2025-11-21', 30]));
    expect(scaled(obs(['2025-10-29', 2848021]), 1 / 1000)).toEqual(obs(['2025-10-29', 2848.021]));
  });

  it('prices Bitcoin from Binance before 2025-11-21 and from Coinbase (FRED CBBTCUSD) from then on', () => {
    const binance = [['2025-11-19', 91554.96], ['2025-11-20', 92423.81]] as [string, number][];
    const onlyBinance = deriveAssets(memorySnapshot({ BTCUSDT: binance })).find((a) => a.key === 'btc');
    const plain = (o: readonly { date: string; value: number }[] | undefined) => o?.map(({ date, value }) => ({ date, value }));
    expect(onlyBinance?.seriesAt('2025-11-20')).toEqual(['BTCUSDT']);
    expect(plain(onlyBinance?.obs)).toEqual(obs(...binance));
    // Coinbase values before the splice are not used, so published editions keep their numbers.
    const both = memorySnapshot({ BTCUSDT: binance, CBBTCUSD: [['2025-11-20', 1], ['2025-11-21', 2]] });
    const btc = deriveAssets(both).find((a) => a.key === 'btc');
    // Named by the date of the figure: Binance before the splice, Coinbase (then Binance) from it.
    expect(btc?.seriesAt('2025-11-20')).toEqual(['BTCUSDT']);
    expect(btc?.seriesAt('2025-11-21')).toEqual(['CBBTCUSD', 'BTCUSDT']);
    expect(plain(btc?.obs)).toEqual(obs(...binance, ['2025-11-21', 2]));
  });

  it('drawdowns only where the data cover the whole 52 weeks', () => {
    const prices = [...Array(500)].map((_, i) => ({
      date: new Date(Date.UTC(2024, 0, 1) + i * 86_400_000).toISOString().slice(0, 10),
      value: i === 100 ? 200 : 100,
    }));
    const dd = drawdownSeries(prices);
    expect(dd[0]?.date).toBe('2024-12-31'); // first day with a full window behind it
    expect(dd[0]?.value).toBe(-50); // 100 vs the 200 high of day 100
    expect(dd.at(-1)?.value).toBe(0); // the spike has left the window
  });
});
