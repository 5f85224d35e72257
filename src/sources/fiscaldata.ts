import { z } from 'zod';
import { isIsoDate } from '../snapshot/observation.ts';
import type { SourceObservation } from './csv.ts';
import { DataError } from './errors.ts';
import { checkBody, parseJson, redact, schemaError, type SourceJob } from './job.ts';

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
  meta: z.object({ 'total-pages': z.number().int().nonnegative() }),
});

/**
 * The TGA closing balance was reported three ways: as "Federal Reserve Account" (close) until
 * 2021-09-30, as "Treasury General Account (TGA)" (close) until 2022-04-15, and since
 * 2022-04-18 as the row "… Closing Balance", whose value sits in open_today_bal.
 */
const ERAS: Readonly<Record<string, 'open_today_bal' | 'close_today_bal'>> = {
  'Treasury General Account (TGA) Closing Balance': 'open_today_bal',
  'Treasury General Account (TGA)': 'close_today_bal',
  'Federal Reserve Account': 'close_today_bal',
};

const SERIES = 'TGA_CLOSE';

/** One page of operating_cash_balance rows -> TGA closing balance per day, in $bn. */
export function parseDtsPage(text: string, url: string): { obs: SourceObservation[]; totalPages: number } {
  const parsed = Page.safeParse(parseJson(text, SERIES, url));
  if (!parsed.success) throw schemaError(SERIES, url, parsed.error.issues[0]);
  const byDate = new Map<string, SourceObservation>();
  parsed.data.data.forEach((row, index) => {
    const field = ERAS[row.account_type];
    if (!field) return;
    const raw = row[field];
    const where = `data[${index}] (${row.record_date}, ${row.account_type})`;
    if (!isIsoDate(row.record_date)) throw new DataError(SERIES, redact(url), undefined, `${where}: record_date is not a date`);
    if (raw === null) throw new DataError(SERIES, redact(url), undefined, `${where}: ${field} is null`);
    const mn = Number(raw);
    if (!/^-?\d/.test(raw) || !Number.isFinite(mn)) throw new DataError(SERIES, redact(url), undefined, `${where}: "${raw}" is not a number`);
    const obs = { date: row.record_date, value: mn / 1000, line: index + 1 }; // $mn -> $bn
    const prev = byDate.get(row.record_date);
    if (prev && prev.value !== obs.value) {
      throw new DataError(SERIES, redact(url), undefined, `${where}: two different TGA balances for one day (${prev.value} and ${obs.value} $bn)`);
    }
    byDate.set(row.record_date, obs);
  });
  const obs = [...byDate.values()].sort((a, b) => (a.date < b.date ? -1 : 1));
  return { obs, totalPages: parsed.data.meta['total-pages'] };
}

export interface FiscalDataConfig {
  readonly baseUrl: string;
}

const PAGE_SIZE = 10_000;

export function dtsTgaJob(cfg: FiscalDataConfig): SourceJob {
  return {
    key: 'fiscaldata:dts-tga',
    source: 'fiscaldata',
    series: [SERIES],
    async run({ start, end }, get) {
      // No account_type filter in the query: its values contain parentheses, which the API's
      // `in:(…)` syntax cannot carry. All rows of the window are fetched and filtered here.
      const base = `${cfg.baseUrl}/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance` +
        `?filter=record_date:gte:${start},record_date:lte:${end}` +
        '&fields=record_date,account_type,open_today_bal,close_today_bal&sort=record_date' +
        `&page%5Bsize%5D=${PAGE_SIZE}&format=json`;
      const all: SourceObservation[] = [];
      for (let page = 1, pages = 1; page <= pages; page++) {
        const url = `${base}&page%5Bnumber%5D=${page}`;
        const { obs, totalPages } = parseDtsPage(checkBody(await get(url), 'json', SERIES, url), url);
        all.push(...obs);
        pages = totalPages;
      }
      return new Map([[SERIES, all]]);
    },
  };
}
