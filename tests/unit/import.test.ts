// The offline importer on excerpts of ../shared/data (tests/fixtures/import/, same layout): each
// file is cut from the shared file keeping whole array elements / whole rows and the envelope,
// so every file kind is read in its real wire format by the live update's parsers.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { SeriesId } from '../../src/catalog/series.ts';
import { SHARED_DATA_PLAN, attributionFor, importGroup, type ImportedSeries } from '../../src/snapshot/import.ts';
import { ManifestSchema, SNAPSHOT_FORMAT } from '../../src/snapshot/manifest.ts';
import { parseDtsPage } from '../../src/sources/fiscaldata.ts';
import { parseFredCsv } from '../../src/sources/fred.ts';
import { parseRefRates, parseRepoOperations } from '../../src/sources/nyfed.ts';
import { OFR_FSI_SERIES, parseOfrFsi } from '../../src/sources/ofr.ts';

const NOW = '2026-11-28T09:00:00.000Z';
const TODAY = '2026-11-28';
const dir = new URL('../fixtures/import/', import.meta.url);
const read = (path: string) => ({ origin: `fixtures/import/${path}`, text: readFileSync(new URL(path, dir), 'utf8') });
const group = (key: string) => {
  const g = SHARED_DATA_PLAN.find((x) => x.key === key);
  if (!g) throw new Error(`no plan group ${key}`);
  return g;
};
const importKey = (key: string, today = TODAY) => importGroup(group(key), group(key).files.map(read), today, NOW);
/** The series of the named plan groups, by id (imported inside each test, so one broken kind fails alone). */
const imp = (...keys: string[]): Map<string, ImportedSeries> => new Map(keys.flatMap((k) => importKey(k)).map((s) => [s.meta.id, s]));
const value = (s: ImportedSeries | undefined, date: string) => s?.obs.find((o) => o.date === date)?.value;
const plain = (obs: readonly { date: string; value: number }[]) => obs.map(({ date, value }) => ({ date, value }));

describe('import plan on excerpts of the shared data', () => {
  it('fills every series the plan lists, with a valid manifest entry', () => {
    const imported = imp(...SHARED_DATA_PLAN.map((g) => g.key));
    const ids = SHARED_DATA_PLAN.flatMap((g) => g.series);
    expect(new Set(imported.keys())).toEqual(new Set(ids));
    const manifest = { format: SNAPSHOT_FORMAT, series: [...imported.values()].map((s) => s.meta), revisions: [] };
    expect(ManifestSchema.safeParse(manifest).success).toBe(true);
  });

  it('reads FRED csv files (including the ALFRED-vintage IOER and WTREGEN) through parseFredCsv', () => {
    const imported = imp('fred:WTREGEN', 'fred:IOER');
    const text = read('fred/WTREGEN.csv').text;
    expect(imported.get('WTREGEN')?.obs).toEqual(plain(parseFredCsv(text, 'WTREGEN', 'x')));
    expect(value(imported.get('WTREGEN'), '2025-10-29')).toBe(957990);
    expect(value(imported.get('IOER'), '2020-03-16')).toBe(0.1);
    expect(imported.get('IOER')?.meta.provenance.via).toMatch(/ALFRED .*vintage 2024-09-24.*repo-market-model@1adc1ed5/);
    expect(imported.get('WTREGEN')?.meta.provenance.via).toMatch(/vintage 2026-09-12.*repo-market-model@45332770/);
  });

  it('reads the SOFR percentiles from the type=rate answer and the volume from the type=volume answer', () => {
    const imported = imp('nyfed:sofr:rate', 'nyfed:sofr:volume', 'nyfed:bgcr:rate', 'nyfed:tgcr:rate');
    const rate = read('nyfed/sofr.json').text;
    const live = parseRefRates(rate, 'sofr', { p1: 'SOFR_P1', p25: 'SOFR_P25', p75: 'SOFR_P75', p99: 'SOFR_P99' }, 'x');
    expect(imported.get('SOFR_P99')?.obs).toEqual(plain(live.get('SOFR_P99')!));
    const on = (id: SeriesId) => value(imported.get(id), '2025-10-31');
    expect([on('SOFR_P1'), on('SOFR_P25'), on('SOFR_P75'), on('SOFR_P99')]).toEqual([4.05, 4.15, 4.29, 4.35]);
    expect(on('SOFR_VOLUME')).toBe(3211);
    expect(on('BGCR')).toBe(4.15);
    expect(on('TGCR')).toBe(4.15);
    // 2019-05-31 has "NA" percentiles (footnote 2): no percentile that day, but the volume is given.
    expect(value(imported.get('SOFR_P99'), '2019-05-31')).toBeUndefined();
    expect(value(imported.get('SOFR_VOLUME'), '2019-05-31')).toBeTypeOf('number');
    expect(imported.get('SOFR_VOLUME')?.meta.provenance.originalUrl).toBe(
      'https://markets.newyorkfed.org/api/rates/secured/sofr/search.json?startDate=2018-04-03&endDate=2026-09-05&type=volume',
    );
  });

  it('sums repo operations per day by collateral through parseRepoOperations, 2020 and 2025 files joined', () => {
    const imported = imp('nyfed:repo');
    const total = imported.get('SRF_TOTAL');
    expect(value(total, '2025-10-31')).toBe(50.35); // 20.35 (08:15) + 30.00 (13:30)
    expect(value(imported.get('SRF_MBS'), '2025-10-31')).toBe(20.95);
    expect(value(imported.get('SRF_AGENCY'), '2025-10-31')).toBe(0);
    expect(value(total, '2020-03-12')).toBe(276.5); // temporary OMOs, all terms
    const live2025 = parseRepoOperations(read('nyfed/repo-operations-2025.json').text, 'x').get('SRF_TOTAL')!;
    expect(total?.obs.filter((o) => o.date >= '2025-01-01')).toEqual(plain(live2025));
    expect(total?.meta).toMatchObject({ first: '2020-03-12', last: '2025-11-05' });
    expect(total?.meta.provenance.via).toMatch(/startDate=2020-01-01.*startDate=2025-01-01.*@4be4908e/);
  });

  it('reads the daily TGA from the FiscalData answers of every account-type era through parseDtsPage', () => {
    const imported = imp('fiscaldata:dts-tga');
    const tga = imported.get('TGA_CLOSE');
    expect(value(tga, '2021-09-30')).toBe(215.16); // Federal Reserve Account, close_today_bal
    expect(value(tga, '2022-04-15')).toBe(578.473); // Treasury General Account (TGA), close_today_bal
    expect(value(tga, '2022-04-18')).toBe(841.253); // "… Closing Balance" row, open_today_bal
    expect(value(tga, '2025-10-30')).toBe(1000.632);
    const era = read('fiscaldata/operating-cash-balance-2022-tga-closing-balance.json').text;
    expect(tga?.obs.filter((o) => o.date >= '2022-04-18' && o.date <= '2022-12-31')).toEqual(plain(parseDtsPage(era, 'x').obs));
    expect(tga?.meta).toMatchObject({ first: '2018-01-02', last: '2026-10-06', unit: 'usd_bn' });
  });
});

describe('Bitcoin provenance', () => {
  it('names the splice date and both sources in the manifest of both series', () => {
    const [btc] = importKey('binance:BTCUSDT');
    expect(btc?.meta.provenance.via).toContain('used up to the day before 2025-11-21, FRED CBBTCUSD (Coinbase, USD) from then on');
    for (const id of ['BTCUSDT', 'CBBTCUSD'] as const) {
      expect(attributionFor(id)).toContain('Binance BTC/USDT daily closes (00:00 UTC) up to the day before 2025-11-21, FRED CBBTCUSD (Coinbase BTC-USD, 5 PM PST) from 2025-11-21');
    }
    expect(attributionFor('SP500')).not.toContain('splice');
  });

  it('keeps the Binance history only up to its end (the day before the splice), and reads Coinbase from its FRED download', () => {
    const [binance] = importKey('binance:BTCUSDT');
    // The shared copy runs on past the splice (2025-11-21…23 in the excerpt): not part of the series.
    expect(read('market/BTC.csv').text).toContain('2025-11-23,');
    expect(binance?.obs.at(-1)).toEqual({ date: '2025-11-20', value: 86637.23 });
    expect(binance?.meta.last).toBe('2025-11-20');
    const [coinbase] = importKey('fred:CBBTCUSD');
    expect(coinbase?.obs.map((o) => o.date)).toContain('2025-11-21');
    expect(coinbase?.obs.find((o) => o.date === '2025-11-21')?.value).toBe(84826);
  });
});

describe('import errors', () => {
  it('passes the live parser\'s error through, naming the series and the file', () => {
    const broken = read('nyfed/bgcr.json').text.replace('"percentRate"', '"rate"');
    expect(() => importGroup(group('nyfed:bgcr:rate'), [{ origin: 'bgcr.json', text: broken }], TODAY, NOW))
      .toThrow(/^BGCR: .*\(bgcr\.json\)$/);
  });

  it('refuses two files that give the same date', () => {
    const f = read('nyfed/repo-operations-2025.json');
    expect(() => importGroup(group('nyfed:repo'), [f, { ...f, origin: 'copy.json' }], TODAY, NOW))
      .toThrow('SRF_TOTAL: 2025-10-30 appears in both fixtures/import/nyfed/repo-operations-2025.json and copy.json; the files overlap');
  });

  it('refuses data dated after the import date, naming the file and line', () => {
    expect(() => importKey('fiscaldata:dts-tga', '2025-10-30'))
      .toThrow('TGA_CLOSE: date 2025-10-31 is in the future (today is 2025-10-30) (fixtures/import/fiscaldata/operating-cash-balance-2025-tga-closing-balance.json:3)');
  });
});

describe('funding-stress inputs (sixth pass of the shared data)', () => {
  it('reads the H.4.1 lending series and swaps through parseFredCsv (BTFP is H41RESPPALDKNWW)', () => {
    const imported = imp('fred:WLCFLPCL', 'fred:H41RESPPALDKNWW', 'fred:WLCFOCEL', 'fred:WLCFLL', 'fred:SWPT');
    expect(value(imported.get('WLCFLPCL'), '2023-03-15')).toBe(152853);
    expect(value(imported.get('H41RESPPALDKNWW'), '2023-03-22')).toBe(53669);
    expect(value(imported.get('WLCFOCEL'), '2023-03-22')).toBe(179800);
    expect(value(imported.get('WLCFLL'), '2023-03-22')).toBe(354191);
    expect(value(imported.get('SWPT'), '2020-04-01')).toBe(348544);
    expect(imported.get('WLCFLL')?.obs).toEqual(plain(parseFredCsv(read('fred/WLCFLL.csv').text, 'WLCFLL', 'x')));
    expect(imported.get('H41RESPPALDKNWW')?.meta.provenance.via).toMatch(/Loong-kid\/industry-dashboard@1bc54721.*H8_report@8a823888.*ends 2026-05-06/);
    expect(imported.get('WLCFLPCL')?.meta.provenance.originalUrl).toBe('https://fred.stlouisfed.org/graph/fredgraph.csv?id=WLCFLPCL');
  });

  it('joins DGS2 and T10Y2Y with their verified extension rows from fred/ext/, in date order', () => {
    const imported = imp('fred:DGS2', 'fred:T10Y2Y');
    expect(group('fred:DGS2').files).toEqual(['fred/DGS2.csv', 'fred/ext/DGS2.ext.csv']);
    const dgs2 = imported.get('DGS2');
    const both = [...parseFredCsv(read('fred/DGS2.csv').text, 'DGS2', 'x'), ...parseFredCsv(read('fred/ext/DGS2.ext.csv').text, 'DGS2', 'x')];
    expect(dgs2?.obs).toEqual(plain(both));
    expect(dgs2?.meta).toMatchObject({ first: '2026-05-15', last: '2026-06-01' });
    expect(value(dgs2, '2026-05-22')).toBe(4.13);
    expect(value(imported.get('T10Y2Y'), '2026-05-26')).toBe(0.49);
    expect(dgs2?.meta.provenance.via).toMatch(/seho4080.*Jellydidy\/macro-watch@2ef008d2/);
  });

  it('keeps a blank 90-day AA financial CP rate missing (2020-03-18), never zero', () => {
    const cp = imp('fred:RIFSPPFAAD90NB').get('RIFSPPFAAD90NB');
    expect(cp?.obs.map((o) => o.date)).toEqual(['2020-03-13', '2020-03-16', '2020-03-17', '2020-03-19', '2020-03-20']);
    expect(value(cp, '2020-03-18')).toBeUndefined();
    expect(value(cp, '2020-03-19')).toBe(0.58);
  });

  it('reads the stress indexes: STLFSI4 and NFCI from FRED, the OFR FSI and its categories from OFR\'s CSV', () => {
    const imported = imp('fred:STLFSI4', 'fred:NFCI', 'ofr:fsi');
    expect(value(imported.get('STLFSI4'), '2023-03-17')).toBe(1.1243);
    expect(value(imported.get('NFCI'), '2023-03-17')).toBe(-0.17);
    expect(value(imported.get('OFR_FSI'), '2023-03-15')).toBe(2.425909074066165);
    const live = parseOfrFsi(read('ofr/fsi.csv').text, OFR_FSI_SERIES, 'x');
    for (const id of Object.values(OFR_FSI_SERIES)) expect(imported.get(id)?.obs, id).toEqual(plain(live.get(id)!));
    const fsi = imported.get('OFR_FSI')?.meta;
    expect(fsi?.provenance).toMatchObject({ source: 'ofr', originalUrl: 'https://www.financialresearch.gov/financial-stress-index/data/fsi.csv', license: 'public' });
    expect(fsi?.provenance.via).toMatch(/itcantbe\/gold-silver-global-risk@38533c48.*heliar-k\/market-base@7c01e04d/);
    expect(fsi?.provenance.attribution).not.toContain('FRED');
  });

  it('cites the Reserve Bank owner and FRED for the citation-required series', () => {
    expect(attributionFor('NFCI')).toBe('Federal Reserve Bank of Chicago, Chicago Fed National Financial Conditions Index (NFCI) [NFCI], retrieved from FRED, ' +
      'Federal Reserve Bank of St. Louis; https://fred.stlouisfed.org/series/NFCI. © Federal Reserve Bank of Chicago. ' +
      'FRED status "Copyrighted: Citation Required": republished with the owner and FRED cited.');
    expect(attributionFor('STLFSI4')).toContain('© Federal Reserve Bank of St. Louis.');
    expect(attributionFor('WLCFLPCL')).not.toContain('©');
  });
});
