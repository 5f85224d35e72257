// The one typed list of every series the monitor knows. No fetch code here:
// sources/ decide how to get a series, this file says what it is.

import type { Text } from '../core/locale.ts';

/** Units as the source publishes them; metrics convert once (e.g. $mn -> $bn). */
export type Unit = 'percent' | 'usd_mn' | 'usd_bn' | 'index' | 'usd' | 'usdt';

/**
 * daily: business days only (holidays absent);
 * calendar-daily: a value for every calendar day (step series such as the target range);
 * weekly: one value a week, dated by the source (Wednesday level or week-ending average).
 */
export type Frequency = 'daily' | 'calendar-daily' | 'weekly';

export type SourceId = 'fred' | 'nyfed' | 'fiscaldata' | 'binance' | 'ofr';

export interface Publication {
  /** Business days between the observation date and its publication (0: the same day). */
  readonly lag: number;
  /** Time of day of publication, New York time, HH:MM. */
  readonly time: string;
  /** The publisher's stated schedule, in words (shown in the methodology). */
  readonly schedule: Text;
}

// Publication schedules, as the publishers state them.
const AT = (lag: number, time: string, zh: string, en: string): Publication => ({ lag, time, schedule: { zh, en } });
const PUB = {
  nyfedRates: AT(1, '08:00', '纽约联储于下一营业日约 8:00（纽约时间）公布前一营业日的利率',
    'New York Fed, about 8:00 a.m. ET on the next business day, for the previous business day'),
  effr: AT(1, '09:00', '纽约联储于下一营业日约 9:00（纽约时间）公布', 'New York Fed, about 9:00 a.m. ET on the next business day'),
  policy: AT(0, '00:00', '美联储政策利率，生效日之前已由 FOMC 声明或执行说明公布',
    'Policy rates: announced in the FOMC statement or implementation note before they take effect'),
  rrp: AT(0, '13:15', '纽约联储在当日操作结束后（约 13:15，纽约时间）公布结果', 'New York Fed, operation results the same day, about 1:15 p.m. ET'),
  repoOps: AT(0, '14:00', '纽约联储在当日下午操作结束后（约 14:00，纽约时间）公布结果',
    'New York Fed, results after the afternoon operation closes, about 2:00 p.m. ET the same day'),
  h41: AT(1, '16:30', '美联储 H.4.1 每周四 16:30（纽约时间）公布周三数据', 'Federal Reserve H.4.1, Thursdays at 4:30 p.m. ET, for Wednesday'),
  dts: AT(1, '16:00', '财政部《每日国库报表》于下一营业日约 16:00（纽约时间）公布',
    'Treasury Daily Treasury Statement, about 4:00 p.m. ET on the next business day'),
  fredMarket: AT(1, '08:00', '收盘价由 FRED 于下一营业日公布', 'Closing levels, posted by FRED on the next business day'),
  crypto: AT(0, '20:00', '日收盘为 UTC 午夜（纽约时间 19:00–20:00），晚于截稿时间',
    'Daily close at midnight UTC (7–8 p.m. ET), after the edition cut-off'),
  // H.15 Treasury yields (and FRED's spread computed from them) are posted the next business day,
  // late afternoon.
  h15: AT(1, '16:15', '美联储 H.15 于下一营业日约 16:15（纽约时间）公布前一营业日的收益率',
    'Federal Reserve H.15, about 4:15 p.m. ET on the next business day, for the previous business day'),
  commercialPaper: AT(1, '09:45', '美联储商业票据利率于下一营业日约 9:45（纽约时间）公布；成交过少的日子不公布',
    'Federal Reserve commercial paper rates, about 9:45 a.m. ET on the next business day; not published on days with too few trades'),
  // A Friday value comes out the next Thursday (FRED posts it mid-morning): four business days.
  stlfsi: AT(4, '10:00', '圣路易斯联储每周四上午公布截至上周五的指数', 'St. Louis Fed, Thursday mornings, for the week ending the previous Friday'),
  // Wednesday 8:30 a.m. ET for the week ending the previous Friday; Thursday after a holiday
  // early in the week, which a business-day lag also gives.
  nfci: AT(3, '08:30', '芝加哥联储每周三 8:30（纽约时间）公布截至上周五的指数（周初逢假日则改为周四）',
    'Chicago Fed, Wednesdays at 8:30 a.m. ET, for the week ending the previous Friday (Thursday after an early-week holiday)'),
  ofrFsi: AT(2, '10:00', '金融研究办公室每个营业日公布，数据截至两个营业日之前',
    'Office of Financial Research, each business day, with data through two business days earlier'),
} as const satisfies Record<string, Publication>;

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
   * When an observation dated D becomes public: `lag` business days after D, at `time` New York
   * time, per the publisher's own schedule (`schedule` says which). Editions use only what was
   * public by their cut-off, and staleness is judged against this schedule.
   */
  readonly publication: Publication;
  /** Last date of a discontinued series: it ends there and is never "stale" (IOER). */
  readonly endsOn?: string;
  /**
   * Largest believable change between two consecutive observations: absolute in the series'
   * unit, or relative (0.25 = 25%). A larger step in fetched data waits for confirmation.
   */
  readonly jump: { readonly abs: number } | { readonly rel: number };
  /** First date worth fetching when the snapshot has no data yet. */
  readonly historyStart: string;
}

const FRB: Text = { zh: '美联储理事会', en: 'Board of Governors of the Federal Reserve System' };
const NYFED: Text = { zh: '纽约联储', en: 'Federal Reserve Bank of New York' };
const TREASURY: Text = {
  zh: '美国财政部财政服务局《每日国库报表》',
  en: 'U.S. Department of the Treasury, Bureau of the Fiscal Service, Daily Treasury Statement',
};

const STLFED: Text = { zh: '圣路易斯联储', en: 'Federal Reserve Bank of St. Louis' };
const CHIFED: Text = { zh: '芝加哥联储', en: 'Federal Reserve Bank of Chicago' };
const OFR: Text = { zh: '美国财政部金融研究办公室（OFR）', en: 'Office of Financial Research, U.S. Department of the Treasury' };
// Reserve Bank series that FRED marks "Copyrighted: Citation Required": republishing is allowed
// with the owner and FRED cited, so they count as public here, with this notice beside them.
const citationRequired = (owner: string) =>
  `© ${owner}. FRED status "Copyrighted: Citation Required": republished with the owner and FRED cited.`;

const fredUrl = (id: string) => `https://fred.stlouisfed.org/series/${id}`;

/** A policy or money-market rate in percent. `source` is where the live update fetches it. */
function rate<I extends string>(
  id: I, title: Text, publisher: Text, frequency: Frequency, historyStart: string, publication: Publication, source: SourceId = 'fred',
) {
  return {
    id, title, unit: 'percent', frequency, source, publisher,
    url: source === 'fred' ? fredUrl(id) : `https://www.newyorkfed.org/markets/reference-rates/${id.split('_')[0]?.toLowerCase()}`,
    license: 'public', bounds: [-1, 25], publication, jump: { abs: 3 }, historyStart,
  } as const satisfies SeriesDef;
}

/**
 * A copyrighted market price: stored to compute drawdowns, rebased indices and correlations,
 * never published as a level. Defaults: daily on FRED, ±25% plausible daily move.
 */
function price<I extends string>(id: I, title: Text, publisher: Text, notice: string, over: Partial<SeriesDef> & Pick<SeriesDef, 'unit'>) {
  return {
    id, title, publisher, notice, frequency: 'daily', source: 'fred', url: fredUrl(id), license: 'copyrighted',
    bounds: [1, 10_000_000], publication: PUB.fredMarket, jump: { rel: 0.25 }, historyStart: '2016-01-01', ...over,
  } as const satisfies SeriesDef;
}

/** An H.4.1 balance-sheet item in $ millions, Wednesday level or week average. */
function weekly<I extends string>(id: I, title: Text, bounds: readonly [number, number]) {
  return {
    id, title, unit: 'usd_mn', frequency: 'weekly', source: 'fred', publisher: FRB, url: fredUrl(id),
    license: 'public', bounds, publication: PUB.h41, jump: { abs: 1_500_000 }, historyStart: '2002-12-18',
  } as const satisfies SeriesDef;
}

/** An H.4.1 lending or swap line in $ millions (Wednesday level), held from 2018 as imported. */
function lending<I extends string>(id: I, title: Text, bounds: readonly [number, number], historyStart = '2018-01-03') {
  return { ...weekly(id, title, bounds), jump: { abs: 500_000 }, historyStart } as const satisfies SeriesDef;
}

/** A financial stress index (standardised, zero = normal), public with its owner's notice where FRED requires one. */
function stressIndex<I extends string>(
  id: I, title: Text, publisher: Text, over: Pick<SeriesDef, 'frequency' | 'source' | 'url' | 'bounds' | 'jump' | 'publication' | 'historyStart'> & Partial<SeriesDef>,
) {
  return { id, title, publisher, unit: 'index', license: 'public', ...over } as const satisfies SeriesDef;
}

const OFR_FSI_URL = 'https://www.financialresearch.gov/financial-stress-index/';

export const SERIES = [
  rate('SOFR', { zh: '有担保隔夜融资利率（SOFR）', en: 'Secured Overnight Financing Rate (SOFR)' }, NYFED, 'daily', '2018-04-02', PUB.nyfedRates),
  // The tails of the SOFR distribution move far more than the median (the 99th percentile
  // was several points above the median in Sept 2019), so their plausible step is wider.
  ...(['1', '25', '75', '99'] as const).map((p) => ({
    ...rate(`SOFR_P${p}`, { zh: `SOFR 第 ${p} 百分位`, en: `SOFR, ${p}${p === '1' ? 'st' : 'th'} percentile` }, NYFED, 'daily', '2018-04-02', PUB.nyfedRates, 'nyfed'),
    jump: { abs: 10 },
  })),
  {
    id: 'SOFR_VOLUME',
    title: { zh: 'SOFR 成交量', en: 'SOFR volume' },
    unit: 'usd_bn', frequency: 'daily', source: 'nyfed', publisher: NYFED, url: 'https://www.newyorkfed.org/markets/reference-rates/sofr',
    license: 'public', bounds: [0, 10_000], publication: PUB.nyfedRates, jump: { rel: 0.5 }, historyStart: '2018-04-02',
  },
  rate('BGCR', { zh: '广义一般抵押品回购利率（BGCR）', en: 'Broad General Collateral Rate (BGCR)' }, NYFED, 'daily', '2018-04-02', PUB.nyfedRates, 'nyfed'),
  rate('TGCR', { zh: '三方一般抵押品回购利率（TGCR）', en: 'Tri-Party General Collateral Rate (TGCR)' }, NYFED, 'daily', '2018-04-02', PUB.nyfedRates, 'nyfed'),
  rate('EFFR', { zh: '有效联邦基金利率（EFFR）', en: 'Effective Federal Funds Rate (EFFR)' }, NYFED, 'daily', '2016-03-01', PUB.effr),
  rate('IORB', { zh: '准备金余额利率（IORB）', en: 'Interest Rate on Reserve Balances (IORB)' }, FRB, 'calendar-daily', '2021-07-29', PUB.policy),
  {
    ...rate('IOER', { zh: '超额准备金利率（IOER，2021-07-28 停用）', en: 'Interest Rate on Excess Reserves (IOER, discontinued 2021-07-28)' }, FRB, 'calendar-daily', '2008-10-09', PUB.policy),
    // Discontinued when IORB replaced it: never "stale", it simply ends.
    endsOn: '2021-07-28',
  },
  rate('DFEDTARU', { zh: '联邦基金目标区间上限', en: 'Federal funds target range, upper limit' }, FRB, 'calendar-daily', '2008-12-16', PUB.policy),
  rate('DFEDTARL', { zh: '联邦基金目标区间下限', en: 'Federal funds target range, lower limit' }, FRB, 'calendar-daily', '2008-12-16', PUB.policy),
  rate('RRPONTSYAWARD', { zh: '隔夜逆回购利率', en: 'ON RRP award rate' }, NYFED, 'daily', '2013-09-23', PUB.policy),
  {
    id: 'RRPONTSYD',
    title: { zh: '隔夜逆回购（ON RRP）余额', en: 'Overnight reverse repo (ON RRP) balance' },
    unit: 'usd_bn', frequency: 'daily', source: 'fred', publisher: NYFED, url: fredUrl('RRPONTSYD'),
    license: 'public', bounds: [0, 5000], publication: PUB.rrp, jump: { abs: 1000 }, historyStart: '2013-09-23',
  },
  ...([
    // Fed repo operations: the Standing Repo Facility since 2021-07-29, temporary OMOs before.
    // The title names no facility: it shows on editions of every year (the indicator page explains
    // the temporary operations of 2019–21 and the Standing Repo Facility since 2021-07-28).
    ['SRF_TOTAL', { zh: '美联储回购操作使用量', en: 'Fed repo operations take-up' }],
    ['SRF_TREASURY', { zh: '回购操作使用量：国债抵押', en: 'Repo operations take-up, Treasury collateral' }],
    ['SRF_AGENCY', { zh: '回购操作使用量：机构债抵押', en: 'Repo operations take-up, agency collateral' }],
    ['SRF_MBS', { zh: '回购操作使用量：MBS 抵押', en: 'Repo operations take-up, mortgage-backed collateral' }],
  ] as const).map(([id, title]): SeriesDef & { id: typeof id } => ({
    id, title, unit: 'usd_bn', frequency: 'daily', source: 'nyfed', publisher: NYFED,
    url: 'https://www.newyorkfed.org/markets/desk-operations/repo',
    license: 'public', bounds: [0, 2000], publication: PUB.repoOps, jump: { abs: 1000 }, historyStart: '2019-09-16',
  })),
  weekly('WRESBAL', { zh: '银行准备金余额（周三）', en: 'Reserve balances with Federal Reserve Banks (Wednesday)' }, [0, 10_000_000]),
  weekly('WALCL', { zh: '美联储总资产（周三）', en: 'Federal Reserve total assets (Wednesday)' }, [100_000, 20_000_000]),
  weekly('WTREGEN', { zh: '财政部一般账户（TGA，周均）', en: 'Treasury General Account (TGA), weekly average' }, [0, 5_000_000]),
  {
    id: 'TGA_CLOSE',
    title: { zh: '财政部一般账户（TGA）日终余额', en: 'Treasury General Account (TGA) closing balance' },
    unit: 'usd_bn', frequency: 'daily', source: 'fiscaldata', publisher: TREASURY,
    url: 'https://fiscaldata.treasury.gov/datasets/daily-treasury-statement/operating-cash-balance',
    license: 'public', bounds: [0, 5000], publication: PUB.dts, jump: { abs: 500 }, historyStart: '2005-10-03',
  },
  price('SP500', { zh: '标普 500 指数', en: 'S&P 500' }, { zh: '标普道琼斯指数公司', en: 'S&P Dow Jones Indices LLC' },
    'Copyright © 2016, S&P Dow Jones Indices LLC. All rights reserved.', { unit: 'index', bounds: [100, 100_000] }),
  price('NASDAQCOM', { zh: '纳斯达克综合指数', en: 'Nasdaq Composite' }, { zh: '纳斯达克公司', en: 'Nasdaq, Inc.' },
    'Copyright © 2016, NASDAQ OMX Group, Inc.', { unit: 'index', bounds: [50, 200_000] }),
  price('CBBTCUSD', { zh: '比特币（Coinbase，美元）', en: 'Bitcoin (Coinbase, USD)' }, { zh: 'Coinbase', en: 'Coinbase' },
    'Copyright, 2018, Coinbase. Shown only as derived figures.', { unit: 'usd', frequency: 'calendar-daily', jump: { rel: 0.5 }, publication: PUB.crypto }),
  price('BTCUSDT', { zh: '比特币（BTC/USDT 日收盘）', en: 'Bitcoin (BTC/USDT daily close)' }, { zh: 'Binance 现货市场', en: 'Binance spot market' },
    'Market data © Binance; shown only as derived figures.', {
      unit: 'usdt', frequency: 'calendar-daily', jump: { rel: 0.5 }, source: 'binance', publication: PUB.crypto,
      url: 'https://www.binance.com/en/trade/BTC_USDT', historyStart: '2017-08-17',
      // The Binance history serves Bitcoin figures only before BTC_SPLICE (the day before it is
      // its last); Coinbase (CBBTCUSD, refreshed daily) carries them on. No job refreshes it.
      endsOn: '2025-11-20',
    }),
  // Fed lending (H.4.1, Wednesday level): the lender-of-last-resort channel.
  lending('WLCFLPCL', { zh: '美联储贴现窗口一级信贷（周三）', en: 'Fed discount window: primary credit (Wednesday)' }, [0, 2_000_000]),
  {
    ...lending('H41RESPPALDKNWW', { zh: '银行定期融资计划（BTFP）贷款（周三）', en: 'Bank Term Funding Program (BTFP) loans (Wednesday)' }, [0, 2_000_000]),
    // The program's balance reached zero in March 2025; FRED's series ends with 2026-05-06.
    endsOn: '2026-05-06',
  },
  lending('WLCFOCEL', { zh: '美联储其他信贷展期（周三）', en: 'Fed other credit extensions (Wednesday)' }, [0, 2_000_000]),
  lending('WLCFLL', { zh: '美联储流动性与信贷便利：贷款合计（周三）', en: 'Fed liquidity and credit facilities: total loans (Wednesday)' }, [0, 5_000_000]),
  lending('SWPT', { zh: '央行流动性互换（周三）', en: 'Central bank liquidity swaps (Wednesday)' }, [0, 2_000_000], '2002-12-18'),
  // Market rates for the dash-for-cash channel (Board H.15 and commercial paper releases).
  rate('DGS2', { zh: '2 年期美国国债收益率', en: '2-year Treasury yield' }, FRB, 'daily', '2000-01-03', PUB.h15),
  rate('DTB3', { zh: '3 个月期国库券利率（二级市场）', en: '3-month Treasury bill rate (secondary market)' }, FRB, 'daily', '2000-01-03', PUB.h15),
  {
    // FRED's own difference of the 10-year and 2-year yields (H.15); it goes negative when the curve inverts.
    ...rate('T10Y2Y', { zh: '10 年期减 2 年期国债收益率利差', en: '10-year minus 2-year Treasury yield spread' }, STLFED, 'daily', '2000-01-03', PUB.h15),
    bounds: [-5, 5],
    notice: citationRequired('Federal Reserve Bank of St. Louis'),
  },
  rate('RIFSPPFAAD90NB', { zh: '90 天期 AA 级金融商业票据利率', en: '90-day AA financial commercial paper rate' }, FRB, 'daily', '2000-01-03', PUB.commercialPaper),
  // Official stress indexes, shown beside the verdict.
  stressIndex('STLFSI4', { zh: '圣路易斯联储金融压力指数（STLFSI4）', en: 'St. Louis Fed Financial Stress Index (STLFSI4)' }, STLFED, {
    frequency: 'weekly', source: 'fred', url: fredUrl('STLFSI4'), bounds: [-10, 30], jump: { abs: 5 },
    publication: PUB.stlfsi, historyStart: '2018-01-05', notice: citationRequired('Federal Reserve Bank of St. Louis'),
  }),
  stressIndex('NFCI', { zh: '芝加哥联储全国金融状况指数（NFCI）', en: 'Chicago Fed National Financial Conditions Index (NFCI)' }, CHIFED, {
    frequency: 'weekly', source: 'fred', url: fredUrl('NFCI'), bounds: [-5, 10], jump: { abs: 2 },
    publication: PUB.nfci, historyStart: '2017-09-08', notice: citationRequired('Federal Reserve Bank of Chicago'),
  }),
  ...([
    ['OFR_FSI', { zh: 'OFR 金融压力指数', en: 'OFR Financial Stress Index' }],
    ['OFR_FSI_CREDIT', { zh: 'OFR 金融压力指数（信用分项）', en: 'OFR Financial Stress Index: credit' }],
    ['OFR_FSI_EQUITY', { zh: 'OFR 金融压力指数（股票估值分项）', en: 'OFR Financial Stress Index: equity valuation' }],
    ['OFR_FSI_SAFE_ASSETS', { zh: 'OFR 金融压力指数（避险资产分项）', en: 'OFR Financial Stress Index: safe assets' }],
    ['OFR_FSI_FUNDING', { zh: 'OFR 金融压力指数（融资分项）', en: 'OFR Financial Stress Index: funding' }],
    ['OFR_FSI_VOLATILITY', { zh: 'OFR 金融压力指数（波动率分项）', en: 'OFR Financial Stress Index: volatility' }],
  ] as const).map(([id, title]) => stressIndex(id, title, OFR, {
    // The headline is the sum of its five categories: it peaked near 30 in 2008, a category near 15.
    frequency: 'daily', source: 'ofr', url: OFR_FSI_URL, bounds: id === 'OFR_FSI' ? [-10, 60] : [-10, 40], jump: { abs: 10 },
    publication: PUB.ofrFsi, historyStart: '2000-01-03',
  })),
] as const satisfies readonly SeriesDef[];

export type SeriesId = (typeof SERIES)[number]['id'];

/**
 * Bitcoin figures join two daily series at one fixed date. Before it: Binance BTC/USDT closes
 * (00:00 UTC), the only history the project holds, with no refresh job. From it: FRED's
 * CBBTCUSD (Coinbase BTC-USD, as of 5 PM PST, i.e. about an hour later), which `npm run update`
 * refreshes. The date is the first day the Binance copy lacks, so editions already published
 * keep their numbers when Coinbase's longer history arrives. USDT traded within a few tenths
 * of a percent of USD over the windows this joins, small against the drawdown thresholds.
 */
export const BTC_SPLICE = { date: '2025-11-21', before: 'BTCUSDT', from: 'CBBTCUSD' } as const;

/** The splice, as provenance text for both Bitcoin series. */
export const btcSpliceNote = () =>
  `Bitcoin figures splice two series: Binance BTC/USDT daily closes (00:00 UTC) up to the day before ${BTC_SPLICE.date}, ` +
  `FRED CBBTCUSD (Coinbase BTC-USD, 5 PM PST) from ${BTC_SPLICE.date}.`;

const BY_ID: ReadonlyMap<string, SeriesDef> = new Map(SERIES.map((s) => [s.id, s]));

export function isSeriesId(id: string): id is SeriesId {
  return BY_ID.has(id);
}

export function seriesDef(id: SeriesId): SeriesDef {
  const def = BY_ID.get(id);
  if (!def) throw new Error(`catalog: unknown series "${id}"`);
  return def;
}

/**
 * Which rate the Fed paid on reserves over a window of dates: IOER until the day before IORB's
 * first day (the catalog's IORB historyStart), IORB from it, both for a window across the switch.
 */
export type ReserveRate = 'ioer' | 'iorb' | 'both';
export function reserveRateOver(from: string, to: string): ReserveRate {
  const iorbFrom = seriesDef('IORB').historyStart;
  return to < iorbFrom ? 'ioer' : from < iorbFrom ? 'both' : 'iorb';
}
