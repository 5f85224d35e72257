import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseFredCsv } from '../../src/sources/fred.ts';
import { DataError } from '../../src/core/errors.ts';
import { catchError } from '../helpers.ts';

const fixture = (name: string) => readFileSync(new URL(`../fixtures/fred/${name}`, import.meta.url), 'utf8');

describe('parseFredCsv', () => {
  it('reads the current observation_date header with real SOFR values', () => {
    const obs = parseFredCsv(fixture('SOFR.csv'), 'SOFR', 'SOFR.csv');
    expect(obs.map(({ date, value }) => [date, value])).toEqual([
      ['2025-10-27', 4.27], ['2025-10-28', 4.31], ['2025-10-29', 4.27],
      ['2025-10-30', 4.04], ['2025-10-31', 4.22], ['2025-11-03', 4.13],
    ]);
    expect(obs[4]?.line).toBe(6);
  });

  it('accepts the pre-2024 DATE header, a BOM and CRLF line ends', () => {
    const obs = parseFredCsv(fixture('RRPONTSYD-legacy-header-crlf-bom.csv'), 'RRPONTSYD', 'x.csv');
    expect(obs.map((o) => o.value)).toEqual([19.166, 51.802, 23.792]);
  });

  it('skips missing values written as an empty field or a dot', () => {
    const obs = parseFredCsv(fixture('WTREGEN-missing.csv'), 'WTREGEN', 'x.csv');
    expect(obs.map((o) => o.date)).toEqual(['2025-10-22', '2025-10-29']);
  });

  it('keeps a real zero', () => {
    expect(parseFredCsv('observation_date,RRPONTSYD\n2021-03-01,0.000\n', 'RRPONTSYD', 'x')[0]?.value).toBe(0);
  });

  it('names series, source and line for a non-numeric value', () => {
    const err = catchError(() => parseFredCsv(fixture('SOFR-bad-number.csv'), 'SOFR', 'https://fred.example/SOFR.csv'));
    expect(err).toBeInstanceOf(DataError);
    expect(err.message).toBe('SOFR: "n/a" is not a number (https://fred.example/SOFR.csv:3)');
  });

  it('rejects an HTML error page served as data', () => {
    const page = '<!DOCTYPE html>\n<html><head><title>Maintenance</title></head><body>Service unavailable</body></html>\n';
    expect(() => parseFredCsv(page, 'SOFR', 'u')).toThrow(/SOFR: unexpected header "<!DOCTYPE html>".*error page \(u:1\)/);
  });

  it('rejects a renamed value column', () => {
    expect(() => parseFredCsv(fixture('SOFR-renamed-column.csv'), 'SOFR', 'u')).toThrow(/expected "observation_date,SOFR"/);
  });

  it('rejects an empty body, bad dates, extra fields and blank lines inside the data', () => {
    expect(() => parseFredCsv('', 'SOFR', 'u')).toThrow(/SOFR: empty response body/);
    expect(() => parseFredCsv('observation_date,SOFR\n2025-02-30,4\n', 'SOFR', 'u')).toThrow(/"2025-02-30" is not a YYYY-MM-DD date \(u:2\)/);
    expect(() => parseFredCsv('observation_date,SOFR\n2025-10-31,4.22,x\n', 'SOFR', 'u')).toThrow(/expected 2 fields, found 3: "2025-10-31,4.22,x" \(u:2\)/);
    expect(() => parseFredCsv('observation_date,SOFR\n2025-10-30,4.04\n\n2025-10-31,4.22\n', 'SOFR', 'u')).toThrow(/blank line inside the data \(u:3\)/);
  });
});
