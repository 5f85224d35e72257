// The one typed list of every series the monitor knows. No fetch code here:
// sources/ decide how to get a series, this file says what it is.

export type Locale = 'zh' | 'en';
export type Text = Readonly<Record<Locale, string>>;

/** Units as the source publishes them; metrics convert once (e.g. $mn -> $bn). */
export type Unit = 'percent' | 'usd_mn' | 'usd_bn' | 'index' | 'usdt';

/**
 * daily: business days only (holidays absent);
 * calendar-daily: a value for every calendar day (step series such as the target range);
 * weekly: one value a week, dated by the source (Wednesday level or week-ending average).
 */
export type Frequency = 'daily' | 'calendar-daily' | 'weekly';

export type SourceId = 'fred' | 'nyfed' | 'fiscaldata' | 'binance';

/** public: may be republished with attribution; copyrighted: derived figures and charts only. */
export type License = 'public' | 'copyrighted';

export interface SeriesDef {
  readonly id: string;
  readonly title: Text;
  readonly unit: Unit;
  readonly frequency: Frequency;
  readonly source: SourceId;
  /** Who publishes the numbers (shown as "Source: …"). */
  readonly publisher: Text;
  /** Human-readable page for the series. */
  readonly url: string;
  readonly license: License;
  /** Owner's notice, required for copyrighted series wherever a derived figure or chart appears. */
  readonly notice?: string;
  /** Plausible range in the source's unit; a value outside it is rejected as suspicious. */
  readonly bounds: readonly [number, number];
  /**
   * How old (calendar days) the latest observation may be at an as-of date before the
   * figure counts as stale. Covers weekends, holidays and publication lags.
   */
  readonly maxAgeDays: number;
}

const FRB: Text = { zh: '美联储理事会', en: 'Board of Governors of the Federal Reserve System' };
const NYFED: Text = { zh: '纽约联储', en: 'Federal Reserve Bank of New York' };
const TREASURY: Text = {
  zh: '美国财政部财政服务局《每日国库报表》',
  en: 'U.S. Department of the Treasury, Bureau of the Fiscal Service, Daily Treasury Statement',
};

const fredUrl = (id: string) => `https://fred.stlouisfed.org/series/${id}`;

export const SERIES = [
  {
    id: 'SOFR',
    title: { zh: '有担保隔夜融资利率（SOFR）', en: 'Secured Overnight Financing Rate (SOFR)' },
    unit: 'percent', frequency: 'daily', source: 'fred', publisher: NYFED, url: fredUrl('SOFR'),
    license: 'public', bounds: [-1, 25], maxAgeDays: 5,
  },
  {
    id: 'EFFR',
    title: { zh: '有效联邦基金利率（EFFR）', en: 'Effective Federal Funds Rate (EFFR)' },
    unit: 'percent', frequency: 'daily', source: 'fred', publisher: NYFED, url: fredUrl('EFFR'),
    license: 'public', bounds: [-1, 25], maxAgeDays: 5,
  },
  {
    id: 'IORB',
    title: { zh: '准备金余额利率（IORB）', en: 'Interest Rate on Reserve Balances (IORB)' },
    unit: 'percent', frequency: 'calendar-daily', source: 'fred', publisher: FRB, url: fredUrl('IORB'),
    license: 'public', bounds: [-1, 25], maxAgeDays: 5,
  },
  {
    id: 'DFEDTARU',
    title: { zh: '联邦基金目标区间上限', en: 'Federal funds target range, upper limit' },
    unit: 'percent', frequency: 'calendar-daily', source: 'fred', publisher: FRB, url: fredUrl('DFEDTARU'),
    license: 'public', bounds: [0, 25], maxAgeDays: 5,
  },
  {
    id: 'DFEDTARL',
    title: { zh: '联邦基金目标区间下限', en: 'Federal funds target range, lower limit' },
    unit: 'percent', frequency: 'calendar-daily', source: 'fred', publisher: FRB, url: fredUrl('DFEDTARL'),
    license: 'public', bounds: [0, 25], maxAgeDays: 5,
  },
  {
    id: 'RRPONTSYD',
    title: { zh: '隔夜逆回购（ON RRP）余额', en: 'Overnight reverse repo (ON RRP) balance' },
    unit: 'usd_bn', frequency: 'daily', source: 'fred', publisher: NYFED, url: fredUrl('RRPONTSYD'),
    license: 'public', bounds: [0, 5000], maxAgeDays: 5,
  },
  {
    id: 'WRESBAL',
    title: { zh: '银行准备金余额（周三）', en: 'Reserve balances with Federal Reserve Banks (Wednesday)' },
    unit: 'usd_mn', frequency: 'weekly', source: 'fred', publisher: FRB, url: fredUrl('WRESBAL'),
    license: 'public', bounds: [0, 10_000_000], maxAgeDays: 10,
  },
  {
    id: 'WALCL',
    title: { zh: '美联储总资产（周三）', en: 'Federal Reserve total assets (Wednesday)' },
    unit: 'usd_mn', frequency: 'weekly', source: 'fred', publisher: FRB, url: fredUrl('WALCL'),
    license: 'public', bounds: [100_000, 20_000_000], maxAgeDays: 10,
  },
  {
    id: 'WTREGEN',
    title: { zh: '财政部一般账户（TGA，周均）', en: 'Treasury General Account (TGA), weekly average' },
    unit: 'usd_mn', frequency: 'weekly', source: 'fred', publisher: FRB, url: fredUrl('WTREGEN'),
    license: 'public', bounds: [0, 5_000_000], maxAgeDays: 10,
  },
  {
    id: 'TGA_CLOSE',
    title: { zh: '财政部一般账户（TGA）日终余额', en: 'Treasury General Account (TGA) closing balance' },
    unit: 'usd_bn', frequency: 'daily', source: 'fiscaldata', publisher: TREASURY,
    url: 'https://fiscaldata.treasury.gov/datasets/daily-treasury-statement/operating-cash-balance',
    license: 'public', bounds: [0, 5000], maxAgeDays: 5,
  },
  {
    id: 'SP500',
    title: { zh: '标普 500 指数', en: 'S&P 500' },
    unit: 'index', frequency: 'daily', source: 'fred',
    publisher: { zh: '标普道琼斯指数公司', en: 'S&P Dow Jones Indices LLC' }, url: fredUrl('SP500'),
    license: 'copyrighted', bounds: [100, 100_000], maxAgeDays: 5,
    notice: 'Copyright © 2016, S&P Dow Jones Indices LLC. All rights reserved.',
  },
  {
    id: 'NASDAQCOM',
    title: { zh: '纳斯达克综合指数', en: 'Nasdaq Composite' },
    unit: 'index', frequency: 'daily', source: 'fred',
    publisher: { zh: '纳斯达克公司', en: 'Nasdaq, Inc.' }, url: fredUrl('NASDAQCOM'),
    license: 'copyrighted', bounds: [50, 200_000], maxAgeDays: 5,
    notice: 'Copyright © 2016, NASDAQ OMX Group, Inc.',
  },
  {
    id: 'BTCUSDT',
    title: { zh: '比特币（BTC/USDT 日收盘）', en: 'Bitcoin (BTC/USDT daily close)' },
    unit: 'usdt', frequency: 'calendar-daily', source: 'binance',
    publisher: { zh: 'Binance 现货市场', en: 'Binance spot market' },
    url: 'https://www.binance.com/en/trade/BTC_USDT',
    license: 'copyrighted', bounds: [1, 10_000_000], maxAgeDays: 4,
    notice: 'Market data © Binance; shown only as derived figures.',
  },
] as const satisfies readonly SeriesDef[];

export type SeriesId = (typeof SERIES)[number]['id'];

const BY_ID: ReadonlyMap<string, SeriesDef> = new Map(SERIES.map((s) => [s.id, s]));

export function isSeriesId(id: string): id is SeriesId {
  return BY_ID.has(id);
}

export function seriesDef(id: SeriesId): SeriesDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`catalog: unknown series "${id}"`);
  return def;
}
