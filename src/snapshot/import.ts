import { BTC_SPLICE, btcSpliceNote, seriesDef, type SeriesId } from '../catalog/series.ts';
import { parseTwoColumnCsv, type SourceObservation } from '../core/csv.ts';
import { parseDtsPage } from '../sources/fiscaldata.ts';
import { parseFredCsv } from '../sources/fred.ts';
import { parseRefRates, parseRepoOperations } from '../sources/nyfed.ts';
import { OFR_FSI_PATH, OFR_FSI_SERIES, parseOfrFsi } from '../sources/ofr.ts';
import type { Provenance, SeriesMeta } from './manifest.ts';
import type { Observation } from '../core/observation.ts';
import { extentOf } from './snapshot.ts';
import { validateObservations } from './validate.ts';

// Imports an offline data folder (../shared/data) into the snapshot. Every file goes through the
// parser the live update uses for the same source, so a recorded response and a live one can
// never be read two different ways.

type Parsed = ReadonlyMap<SeriesId, readonly SourceObservation[]>;
type RateField = 'rate' | 'p1' | 'p25' | 'p75' | 'p99' | 'volume';

/**
 * The only place this module calls src/sources. If a parser's signature changes, only this
 * adapter changes. Each function takes one file's text and the path it came from.
 */
export const LIVE_PARSERS = {
  fredCsv: (id: SeriesId) => (text: string, origin: string): Parsed => new Map([[id, parseFredCsv(text, id, origin)]]),
  nyfedRates: (rateType: 'sofr' | 'bgcr' | 'tgcr', fields: Partial<Record<RateField, SeriesId>>) =>
    (text: string, origin: string): Parsed => parseRefRates(text, rateType, fields, origin),
  nyfedRepo: () => (text: string, origin: string): Parsed => parseRepoOperations(text, origin),
  fiscalDataDts: () => (text: string, origin: string): Parsed => new Map([['TGA_CLOSE', parseDtsPage(text, origin).obs]]),
  ofrFsi: () => (text: string, origin: string): Parsed => parseOfrFsi(text, OFR_FSI_SERIES, origin),
} as const;

/** Files of one request kind that yield the same series, and how they reached the folder. */
export interface ImportGroup {
  readonly key: string;
  readonly series: readonly SeriesId[];
  /** Paths inside the data folder, read in order and joined by date. */
  readonly files: readonly string[];
  readonly parse: (text: string, origin: string) => Parsed;
  /** The official endpoint or request the numbers come from. */
  readonly originalUrl: string;
  /** The mirror and commit the copy came through, and what it holds (shown as provenance). */
  readonly via: string;
}

const FRED_CSV = (id: string) => `https://fred.stlouisfed.org/graph/fredgraph.csv?id=${id}`;
const COT = 'FRED download copied from the public mirror sphynxkatt0-arch/cot-report@2780e04b (data/';
const RMM = 'eleonorabjornberg/repo-market-model';

/** One FRED series: its file, then any verified extension rows after it (`fred/ext/`). */
const fred = (id: SeriesId, via: string, files: readonly string[] = [`fred/${id}.csv`]): ImportGroup => ({
  key: `fred:${id}`, series: [id], files, parse: LIVE_PARSERS.fredCsv(id), originalUrl: FRED_CSV(id), via,
});

// Sixth pass of ../shared/data (funding-stress inputs); its README gives every check.
const H41_JSON = 'FRED values rebuilt in FRED\'s CSV layout (whole $ millions, no other change) from the FRED cache in the public ' +
  'repository Loong-kid/industry-dashboard@1bc54721 (data/_liquidity/fed_h41.json, fetched 2026-10-08), 2018-01-03 on; ' +
  'equal on all 100 Wednesdays 2021-04-28…2023-03-22 to the Board\'s own H.4.1 Data Download file (FilippoCaramatti/H8_report@8a823888)';
const SEHO = 'FRED download copied from the public repository seho4080/simple_economic_analysis@019a52e8 (data/raw/fred/';
const JELLY = 'then verified extension rows from the FRED copy in Jellydidy/macro-watch@2ef008d2 (data/fred/';
const MATT = 'rows of one FRED vintage (mid-September 2026) copied from the public repository mattmattheisen/deterministic-recession-monitor@2e31aa12 (data/raw/';

const NYFED = 'https://markets.newyorkfed.org';
const nyfedRates = (
  rate: 'sofr' | 'bgcr' | 'tgcr', type: 'rate' | 'volume', file: string, fields: Partial<Record<RateField, SeriesId>>,
  end: string, recorded: string,
): ImportGroup => ({
  key: `nyfed:${rate}:${type}`,
  series: Object.values(fields),
  files: [`nyfed/${file}`],
  parse: LIVE_PARSERS.nyfedRates(rate, fields),
  originalUrl: `${NYFED}/api/rates/secured/${rate}/search.json?startDate=2018-04-03&endDate=${end}&type=${type}`,
  via: `whole NY Fed API response recorded ${recorded}, copied byte for byte (sha256 checked against its manifest) from ${RMM}`,
});

const DTS = 'https://api.fiscaldata.treasury.gov/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance';
const DTS_FILES = [
  '2018-federal-reserve-account', '2019-federal-reserve-account', '2020-federal-reserve-account',
  '2021-federal-reserve-account', '2021-tga', '2022-tga', '2022-tga-closing-balance', '2023-tga-closing-balance',
  '2024-tga-closing-balance', '2025-tga-closing-balance', '2026-tga-closing-balance', '2026-tga',
].map((f) => `fiscaldata/operating-cash-balance-${f}.json`);

/** The layout of ../shared/data (see its README for how each file was copied and checked). */
export const SHARED_DATA_PLAN: readonly ImportGroup[] = [
  fred('SOFR', `${COT}SOFR.csv)`),
  fred('EFFR', `${COT}EFFR.csv)`),
  fred('IORB', `${COT}IORB.csv)`),
  fred('IOER', `ALFRED download of IOER, vintage 2024-09-24, copied from the public repository ${RMM}@1adc1ed5 (tests/fixtures/snapshots/alfred-ioer/IOER_2024-09-24.csv)`),
  fred('DFEDTARU', 'FRED download copied from the public mirror slowqqwin-beep/liquidity-monitor@1f152c7b (data/历史数据/DFEDTARU.csv)'),
  fred('DFEDTARL', 'FRED download copied from the public mirror slowqqwin-beep/liquidity-monitor@4876ed19 (data/DFEDTARL.csv)'),
  fred('RRPONTSYD', `${COT}RRPONTSYD.csv, to 2026-08-28), then ALFRED vintage 2026-09-15 from ${RMM}@efacc073 (2026-08-31…2026-09-15)`),
  fred('WRESBAL', `${COT}WRESBAL.csv, to 2026-08-26), then ALFRED vintage 2026-09-12 from ${RMM}@45332770 (2026-09-02, 2026-09-09)`),
  fred('WALCL', 'FRED download copied from the public mirror sivamsapingali/Codex_Macro-Monitor@8d636dd5 (data/WALCL.csv)'),
  fred('WTREGEN', `ALFRED download of WTREGEN, vintage 2026-09-12, copied from the public repository ${RMM}@45332770 (tests/fixtures/snapshots/alfred-wtregen/WTREGEN_2026-09-12.csv)`),
  fred('SP500', 'FRED API data written by the public relay cyby2000/fred-relay@009b42eb (data/SP500.csv)'),
  fred('NASDAQCOM', 'FRED API data written by the public relay cyby2000/fred-relay@009b42eb (data/NASDAQCOM.csv, from 2020-02-07 only)'),
  fred('CBBTCUSD', 'FRED download copied from the public repository Mgadol/xau-data@56c5b5ea (CBBTCUSD.csv; its 2019-01-01…2025-05-05 rows ' +
    'agree with three other FRED copies; the last observation may be FRED\'s provisional value)', ['market/CBBTCUSD.csv']),
  fred('WLCFLPCL', H41_JSON),
  fred('H41RESPPALDKNWW', `${H41_JSON}; the series ends 2026-05-06`),
  fred('WLCFOCEL', H41_JSON),
  fred('WLCFLL', H41_JSON),
  fred('SWPT', 'FRED API values rebuilt in FRED\'s CSV layout from the public repository heliar-k/market-base@7c01e04d ' +
    '(data/fred/liquidity/liquidity.csv, column SWPT); equal on all 100 Wednesdays 2021-04-28…2023-03-22 to the Board\'s H.4.1 Data Download file'),
  fred('DGS2', `${SEHO}DGS2.csv, to 2026-05-22), ${JELLY}DGS2.csv, 2026-05-26…2026-08-20), which equals the first copy on every shared date`,
    ['fred/DGS2.csv', 'fred/ext/DGS2.ext.csv']),
  fred('T10Y2Y', `${SEHO}T10Y2Y.csv, to 2026-05-26), ${JELLY}T10Y2Y.csv, 2026-05-27…2026-08-21), which equals the first copy on every shared date`,
    ['fred/T10Y2Y.csv', 'fred/ext/T10Y2Y.ext.csv']),
  fred('DTB3', 'FRED download copied from the public repository billsnowzx/USRecessionOdds@d77e18b0 (data/raw/DTB3.csv, to 2026-03-26)'),
  fred('RIFSPPFAAD90NB', 'FRED download copied from the public repository AugustVBNielsenUNCUCPH/ECON370.FINAL.PROJECT.AUGUST-NIELSEN.RAW.DATA@9f243dcc ' +
    '(RIFSPPFAAD90NB.csv, to 2025-10-22); days without enough trades to publish a rate are empty there and missing here'),
  fred('STLFSI4', `${MATT}STLFSI4.csv, 2018-01-05…2026-09-04); the index is re-estimated weekly, so older vintages differ slightly`),
  fred('NFCI', `${MATT}NFCI.csv, 2017-09-08…2026-09-04); revised weekly like STLFSI4`),
  {
    key: 'ofr:fsi',
    series: Object.values(OFR_FSI_SERIES),
    files: ['ofr/fsi.csv'],
    parse: LIVE_PARSERS.ofrFsi(),
    originalUrl: `https://www.financialresearch.gov${OFR_FSI_PATH}`,
    via: 'OFR\'s own download: to 2025-09-11 byte for byte the copy in the public repository itcantbe/gold-silver-global-risk@38533c48 ' +
      '(data/fsi.csv), then 2025-09-12…2026-08-19 from heliar-k/market-base@7c01e04d (data/ofr/fsi.csv, with its pandas "0.0" written back as OFR\'s "0")',
  },
  nyfedRates('sofr', 'rate', 'sofr.json', { p1: 'SOFR_P1', p25: 'SOFR_P25', p75: 'SOFR_P75', p99: 'SOFR_P99' }, '2026-09-05',
    `2026-09-06 19:57 UTC, @0121e993 (funding_inputs/nyfed-sofr-rate/20260906T195746Z_3a5e22446415.json)`),
  nyfedRates('sofr', 'volume', 'sofr-volume.json', { volume: 'SOFR_VOLUME' }, '2026-09-05',
    `2026-09-06 19:57 UTC, @0121e993 (funding_inputs/nyfed-sofr-volume/20260906T195746Z_242476de8f3b.json)`),
  nyfedRates('bgcr', 'rate', 'bgcr.json', { rate: 'BGCR' }, '2026-09-05',
    `2026-09-12 13:55 UTC, @6dcffa8d (funding_inputs/nyfed_bgcr/20260912T135552Z_b1cd7969ac8f.json)`),
  nyfedRates('tgcr', 'rate', 'tgcr.json', { rate: 'TGCR' }, '2026-09-05',
    `2026-09-12 13:55 UTC, @6dcffa8d (funding_inputs/nyfed_tgcr/20260912T135551Z_cdaf52e9638c.json)`),
  {
    key: 'nyfed:repo',
    series: ['SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'],
    files: ['nyfed/repo-operations-2020.json', 'nyfed/repo-operations-2025.json'],
    parse: LIVE_PARSERS.nyfedRepo(),
    originalUrl: `${NYFED}/api/rp/results/search.json`,
    via: 'two whole NY Fed API responses, ?startDate=2020-01-01&endDate=2020-12-31 (temporary open market operations) ' +
      'and ?startDate=2025-01-01&endDate=2025-12-31 (Standing Repo Facility), recorded 2026-10-08 20:51 UTC, copied byte for byte ' +
      `(sha256 checked) from ${RMM}@4be4908e (repo_ops_inputs/nyfed_repo_ops/); accepted amounts summed per operation date ` +
      'over all Repo operations of the day; 2021–2024 not in the copy',
  },
  {
    key: 'fiscaldata:dts-tga',
    series: ['TGA_CLOSE'],
    files: DTS_FILES,
    parse: LIVE_PARSERS.fiscalDataDts(),
    originalUrl: DTS,
    via: '12 whole FiscalData API responses, one per calendar year and account type ' +
      '(?fields=record_date,account_type,open_today_bal,close_today_bal&filter=record_date:gte:YYYY-01-01,record_date:lte:YYYY-12-31,' +
      'account_type:eq:<account>&sort=record_date&page[size]=10000; "Federal Reserve Account" 2018–2021-09-30, ' +
      '"Treasury General Account (TGA)" 2021-10-01…2022-04-15, "… Closing Balance" from 2022-04-18), recorded 2026-10-08 02:32 UTC, ' +
      `copied byte for byte (sha256 checked) from ${RMM} (dts_inputs/treasury_dts_tga/, commits 4755587c, 57ca7b19, 3e0269ef, f51878eb, d9c09d19)`,
  },
  {
    // No live source parses Binance candles: the shape is a plain two-column file.
    key: 'binance:BTCUSDT',
    series: ['BTCUSDT'],
    files: ['market/BTC.csv'],
    parse: (text, origin) => new Map([['BTCUSDT', parseTwoColumnCsv(text, { series: 'BTCUSDT', origin, dateColumns: ['date'], valueColumn: 'btc' })]]),
    originalUrl: 'https://api.binance.com/api/v3/klines?symbol=BTCUSDT&interval=1d',
    via: 'public copy lihaidong43/fed-liquity-monitor@9fa5c8c6 (data/BTC.csv: Binance daily candles, close, from 2017-08-17); ' +
      `used up to the day before ${BTC_SPLICE.date}, FRED CBBTCUSD (Coinbase, USD) from then on; the series ends there, so the copy's later rows are left out`,
  },
];

/** Attribution line in the FRED citation style (or the publisher's own notice). */
export function attributionFor(id: SeriesId): string {
  const def = seriesDef(id);
  const base = `${def.publisher.en}, ${def.title.en}`;
  const fred = def.source === 'fred' ? ` [${id}], retrieved from FRED, Federal Reserve Bank of St. Louis; ${def.url}` : `; ${def.url}`;
  const splice = id === BTC_SPLICE.before || id === BTC_SPLICE.from ? ` ${btcSpliceNote()}` : '';
  return def.notice ? `${base}${fred}. ${def.notice}${splice}` : `${base}${fred}.${splice}`;
}

export interface ImportedSeries {
  readonly meta: SeriesMeta;
  readonly obs: readonly Observation[];
}

/** One file's text, with the path it was read from (for error messages). */
export interface ImportFileText {
  readonly origin: string;
  readonly text: string;
}

/**
 * Parses one group's files with the live parsers, joins them by date and validates each series.
 * Pure: the caller reads the files. `retrieved` is the import date (nothing may be dated after
 * it), `now` the ISO timestamp recorded as the last success. A date that two files both give is
 * an error, so overlapping copies cannot silently shadow each other.
 */
export function importGroup(group: ImportGroup, files: readonly ImportFileText[], retrieved: string, now: string): ImportedSeries[] {
  const joined = new Map<SeriesId, (SourceObservation & { origin: string })[]>(group.series.map((id) => [id, []]));
  for (const { text, origin } of files) {
    for (const [id, parsed] of group.parse(text, origin)) {
      const into = joined.get(id);
      if (!into) throw new Error(`import: ${group.key} gave series ${id}, which the plan does not list`);
      // A copy may run on past a series' end (its role, not its source, ended): those rows are not part of it.
      const endsOn = seriesDef(id).endsOn;
      const obs = endsOn === undefined ? parsed : parsed.filter((o) => o.date <= endsOn);
      // Checked per file first, so a bad value is reported with its own file and line.
      if (obs.length > 0) validateObservations(seriesDef(id), obs, { origin, today: retrieved });
      into.push(...obs.map((o) => ({ ...o, origin })));
    }
  }
  return group.series.map((id) => {
    const all = (joined.get(id) ?? []).sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));
    const origin = files.length === 1 ? (files[0]?.origin ?? group.key) : `${group.key} (${files.length} files)`;
    all.forEach((o, i) => {
      const prev = all[i - 1];
      if (prev?.date === o.date) {
        throw new Error(`${id}: ${o.date} appears in both ${prev.origin} and ${o.origin}; the files overlap`);
      }
    });
    validateObservations(seriesDef(id), all, { origin, today: retrieved });
    const obs = all.map(({ date, value }) => ({ date, value }));
    const def = seriesDef(id);
    const provenance: Provenance = {
      source: def.source, originalUrl: group.originalUrl, via: group.via, retrieved,
      attribution: attributionFor(id), license: def.license,
    };
    return { obs, meta: buildMeta(id, obs, provenance, now) };
  });
}

/** A fresh manifest entry for a series that has just been imported or fetched successfully. */
export function buildMeta(id: SeriesId, obs: readonly Observation[], provenance: Provenance, now: string): SeriesMeta {
  const def = seriesDef(id);
  return {
    id,
    file: `series/${id}.csv`,
    unit: def.unit,
    frequency: def.frequency,
    ...extentOf(obs),
    status: 'ok',
    lastSuccess: now,
    staleReason: null,
    provenance,
  };
}
