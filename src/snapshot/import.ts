import { seriesDef, type SeriesId } from '../catalog/series.ts';
import { parseTwoColumnCsv } from '../sources/csv.ts';
import type { Provenance, SeriesMeta } from './manifest.ts';
import type { Observation } from './observation.ts';
import { extentOf } from './snapshot.ts';
import { validateObservations } from './validate.ts';

/** Where one series sits in an offline data folder, and how it reached that folder. */
export interface ImportEntry {
  readonly id: SeriesId;
  /** Path inside the data folder. */
  readonly path: string;
  readonly dateColumns: readonly string[];
  readonly valueColumn: string;
  /** The official download the numbers come from. */
  readonly originalUrl: string;
  /** How the copy was obtained (mirror and commit), for provenance. */
  readonly via: string;
}

const fredEntry = (id: SeriesId, via: string): ImportEntry => ({
  id,
  path: `fred/${id}.csv`,
  dateColumns: ['observation_date', 'DATE'],
  valueColumn: id,
  originalUrl: `https://fred.stlouisfed.org/graph/fredgraph.csv?id=${id}`,
  via,
});

const cot = 'public FRED-download mirror sphynxkatt0-arch/cot-report@2780e04b';
const fredRelay = 'public FRED-API mirror cyby2000/fred-relay@009b42eb';

/** The layout of ../shared/data (see its README for how each file was copied and checked). */
export const SHARED_DATA_PLAN: readonly ImportEntry[] = [
  fredEntry('SOFR', cot),
  fredEntry('EFFR', cot),
  fredEntry('IORB', cot),
  fredEntry('DFEDTARU', 'public FRED-download mirror slowqqwin-beep/liquidity-monitor@1f152c7b'),
  fredEntry('DFEDTARL', 'public FRED-download mirror slowqqwin-beep/liquidity-monitor@4876ed19'),
  fredEntry('RRPONTSYD', cot),
  fredEntry('WRESBAL', cot),
  fredEntry('WALCL', 'public FRED-download mirror sivamsapingali/Codex_Macro-Monitor@8d636dd5'),
  fredEntry('WTREGEN', 'public FRED-download mirror lihaidong43/fed-liquity-monitor@9fa5c8c6'),
  fredEntry('SP500', fredRelay),
  { ...fredEntry('NASDAQCOM', fredRelay), via: `${fredRelay} (from 2020-02-07 only)` },
  {
    id: 'TGA_CLOSE',
    path: 'treasury/tga_daily_excerpt.csv',
    dateColumns: ['date'],
    valueColumn: 'tga_close',
    originalUrl:
      'https://api.fiscaldata.treasury.gov/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance',
    via: 'DTS closing balance column of the public panel Alexiszcv/SOFR3 panel_daily.csv@6476f46f (excerpt 2025-04-29…2026-01-08)',
  },
  {
    id: 'BTCUSDT',
    path: 'market/BTC.csv',
    dateColumns: ['date'],
    valueColumn: 'btc',
    originalUrl: 'https://api.binance.com/api/v3/klines?symbol=BTCUSDT&interval=1d',
    via: 'public copy lihaidong43/fed-liquity-monitor@9fa5c8c6 (Binance daily candles, close)',
  },
];

/** Attribution line in the FRED citation style (or the publisher's own notice). */
export function attributionFor(id: SeriesId): string {
  const def = seriesDef(id);
  const base = `${def.publisher.en}, ${def.title.en}`;
  const fred = def.source === 'fred' ? ` [${id}], retrieved from FRED, Federal Reserve Bank of St. Louis; ${def.url}` : `; ${def.url}`;
  return def.notice ? `${base}${fred}. ${def.notice}` : `${base}${fred}.`;
}

export interface ImportedSeries {
  readonly meta: SeriesMeta;
  readonly obs: readonly Observation[];
}

/**
 * Parses and validates one file's text into a snapshot series. Pure: the caller reads the
 * file. `retrieved` is the import date, `now` the ISO timestamp recorded as the last success.
 */
export function importSeries(entry: ImportEntry, text: string, origin: string, retrieved: string, now: string): ImportedSeries {
  const def = seriesDef(entry.id);
  const parsed = parseTwoColumnCsv(text, {
    series: entry.id, origin, dateColumns: entry.dateColumns, valueColumn: entry.valueColumn,
  });
  validateObservations(def, parsed, { origin, today: retrieved });
  const obs = parsed.map(({ date, value }) => ({ date, value }));
  const provenance = {
    source: def.source, originalUrl: entry.originalUrl, via: entry.via, retrieved,
    attribution: attributionFor(entry.id), license: def.license,
  };
  return { obs, meta: buildMeta(entry.id, obs, provenance, now) };
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
