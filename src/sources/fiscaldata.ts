import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';
import type { SourceObservation } from '../core/csv.ts';
import { DataError } from '../core/errors.ts';
import { checkBody, parseJson, redact, schemaError, type RequestLimits, type SourceJob } from './job.ts';

// One page of the cash balance: ~150 bytes a row as recorded (a year's rows are 37 KB), so a
// full page of DTS_PAGE_SIZE rows is ~1.5 MB.
const PAGE_LIMITS: RequestLimits = { maxBytes: 16 * 1024 * 1024 };

// U.S. Treasury FiscalData: Daily Treasury Statement, Table I (operating cash balance).

const nullable = z.string().transform((s) => (s === 'null' || s === '' ? null : s));
const Row = z.object({
  record_date: z.string(),
  account_type: z.string(),
  open_today_bal: nullable,
  close_today_bal: nullable,
});
const Page = z.object({
  data: z.array(Row),
  meta: z.object({
    'total-pages': z.number().int().nonnegative(),
    dataFormats: z.record(z.string(), z.string()).optional(),
  }),
});

type BalanceField = 'open_today_bal' | 'close_today_bal';

/**
 * The TGA closing balance was reported three ways, each under its own account_type: as
 * "Federal Reserve Account" (close_today_bal) until 2021-09-30, as "Treasury General Account
 * (TGA)" (close_today_bal) until 2022-04-15, and since 2022-04-18 as the row "… Closing
 * Balance", whose value sits in open_today_bal (close_today_bal is "null").
 */
export const DTS_ERAS: readonly { account: string; field: BalanceField; from: string; to: string }[] = [
  { account: 'Federal Reserve Account', field: 'close_today_bal', from: '0000-01-01', to: '2021-09-30' },
  { account: 'Treasury General Account (TGA)', field: 'close_today_bal', from: '2021-10-01', to: '2022-04-15' },
  { account: 'Treasury General Account (TGA) Closing Balance', field: 'open_today_bal', from: '2022-04-18', to: '9999-12-31' },
];
const FIELD_OF: ReadonlyMap<string, BalanceField> = new Map(DTS_ERAS.map((e) => [e.account, e.field]));

const SERIES = 'TGA_CLOSE';
const MILLIONS = '$1,000,000';

/**
 * One page of operating_cash_balance rows -> TGA closing balance per day, in $bn. Values are
 * strings in $ millions; rows of other account types are ignored. totalPages is 0 for an
 * empty answer.
 */
export function parseDtsPage(text: string, url: string): { obs: SourceObservation[]; totalPages: number } {
  const parsed = Page.safeParse(parseJson(text, SERIES, url));
  if (!parsed.success) throw schemaError(SERIES, url, parsed.error.issues[0]);
  const origin = redact(url);
  const formats = parsed.data.meta.dataFormats ?? {};
  for (const field of ['open_today_bal', 'close_today_bal'] as const) {
    if (formats[field] !== undefined && formats[field] !== MILLIONS) {
      throw new DataError(SERIES, origin, undefined, `meta.dataFormats.${field} is "${formats[field]}", not "${MILLIONS}": the unit changed`);
    }
  }
  const byDate = new Map<string, SourceObservation>();
  parsed.data.data.forEach((row, index) => {
    const field = FIELD_OF.get(row.account_type);
    if (!field) return;
    const raw = row[field];
    const where = `data[${index}] (${row.record_date}, ${row.account_type})`;
    if (!isIsoDate(row.record_date)) throw new DataError(SERIES, origin, undefined, `${where}: record_date is not a YYYY-MM-DD date`);
    if (raw === null) throw new DataError(SERIES, origin, undefined, `${where}: ${field} is null`);
    if (!/^-?\d+(\.\d+)?$/.test(raw)) throw new DataError(SERIES, origin, undefined, `${where}: "${raw}" is not a number`);
    const obs = { date: row.record_date, value: Number(raw) / 1000, line: index + 1 }; // $mn -> $bn
    const prev = byDate.get(row.record_date);
    if (prev && prev.value !== obs.value) {
      throw new DataError(SERIES, origin, undefined, `${where}: two different TGA balances for one day (${prev.value} and ${obs.value} $bn)`);
    }
    byDate.set(row.record_date, obs);
  });
  const obs = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { obs, totalPages: parsed.data.meta['total-pages'] };
}

export interface FiscalDataConfig {
  readonly baseUrl: string;
  /** Rows per page; the recorded requests ask 10,000 (a year is ~250 rows). Smaller only in tests of paging. */
  readonly pageSize?: number;
}

export const DTS_PAGE_SIZE = 10_000;
const PATH = '/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance';

/**
 * The request for one account type and window, built like the recorded ones: the same
 * parameters in the same order, form-encoded (`%2C`, `%3A`, `+`, `%28`, `%5B`); page 1 carries
 * no page[number].
 */
export function dtsUrl(baseUrl: string, account: string, start: string, end: string, page = 1, pageSize = DTS_PAGE_SIZE): string {
  const q = new URLSearchParams({
    fields: 'record_date,account_type,open_today_bal,close_today_bal',
    filter: `record_date:gte:${start},record_date:lte:${end},account_type:eq:${account}`,
    sort: 'record_date',
    'page[size]': String(pageSize),
  });
  if (page > 1) q.set('page[number]', String(page));
  return `${baseUrl}${PATH}?${q}`;
}

/** One request per account-type era that overlaps the window, each paged through meta.total-pages. */
export function dtsTgaJob(cfg: FiscalDataConfig): SourceJob {
  return {
    key: 'fiscaldata:dts-tga',
    source: 'fiscaldata',
    series: [SERIES],
    async run({ start, end }, get) {
      const all: SourceObservation[] = [];
      for (const era of DTS_ERAS.filter((e) => start <= e.to && end >= e.from)) {
        for (let page = 1, pages = 1; page <= pages; page++) {
          const url = dtsUrl(cfg.baseUrl, era.account, start, end, page, cfg.pageSize);
          const { obs, totalPages } = parseDtsPage(checkBody(await get(url, PAGE_LIMITS), 'json', SERIES, url), url);
          all.push(...obs);
          pages = totalPages;
        }
      }
      all.sort((a, b) => (a.date < b.date ? -1 : 1));
      return new Map([[SERIES, all]]);
    },
  };
}
