import { describe, expect, it } from 'vitest';
import { parseDtsPage } from '../../src/sources/fiscaldata.ts';
import { parseFredJson } from '../../src/sources/fred.ts';
import { checkBody, redact } from '../../src/sources/job.ts';
import { parseRefRates, parseRepoOperations } from '../../src/sources/nyfed.ts';
import { fixtureText } from '../helpers.ts';

const values = (obs: readonly { date: string; value: number }[] | undefined) => obs?.map((o) => [o.date, o.value]);

describe('NY Fed reference rates', () => {
  const text = fixtureText('nyfed/sofr-search.json');
  const fields = { rate: 'SOFR', p1: 'SOFR_P1', p99: 'SOFR_P99', volume: 'SOFR_VOLUME' } as const;

  it('sorts newest-first rows ascending, keeps the revised row, reads both percentile spellings', () => {
    const out = parseRefRates(text, 'sofr', fields, 'u');
    expect(values(out.get('SOFR'))).toEqual([['2025-10-30', 4.04], ['2025-10-31', 4.22], ['2025-11-03', 4.13]]);
    expect(values(out.get('SOFR_P1'))?.[0]).toEqual(['2025-10-30', 3.95]);
    expect(values(out.get('SOFR_VOLUME'))).toEqual([['2025-10-30', 2875], ['2025-10-31', 2940], ['2025-11-03', 2911]]);
  });

  it('rejects two unrevised rows for one date', () => {
    const dup = text.replace('"revisionIndicator":"Y"', '"revisionIndicator":""');
    expect(() => parseRefRates(dup, 'sofr', fields, 'u')).toThrow(/duplicate date 2025-10-31 and neither row is marked revised/);
  });

  it('names the missing field when a column is renamed', () => {
    expect(() => parseRefRates(text.replaceAll('volumeInBillions', 'volume'), 'sofr', fields, 'u'))
      .toThrow(/SOFR_VOLUME: refRates\[\d\] \(.*\) has no volume field/);
  });
});

describe('NY Fed repo operations', () => {
  it('sums both daily windows by collateral in $bn, skipping small-value tests and reverse repos', () => {
    const out = parseRepoOperations(fixtureText('nyfed/repo-search.json'), 'u');
    expect(values(out.get('SRF_TOTAL'))).toEqual([['2025-10-30', 0], ['2025-10-31', 50.35]]);
    expect(values(out.get('SRF_TREASURY'))).toEqual([['2025-10-30', 0], ['2025-10-31', 30]]);
    expect(values(out.get('SRF_AGENCY'))).toEqual([['2025-10-30', 0], ['2025-10-31', 0.15]]);
    expect(values(out.get('SRF_MBS'))).toEqual([['2025-10-30', 0], ['2025-10-31', 20.2]]);
  });

  it('rejects a collateral split that does not add up to the total', () => {
    const bad = fixtureText('nyfed/repo-search.json').replace('"totalAmtAccepted":20000000000', '"totalAmtAccepted":21000000000');
    expect(() => parseRepoOperations(bad, 'u')).toThrow(/collateral amounts add to 20000000000, total says 21000000000/);
  });
});

describe('FiscalData DTS operating cash balance', () => {
  it('reads the TGA closing balance in each of its three formats, in $bn', () => {
    const { obs, totalPages } = parseDtsPage(fixtureText('fiscaldata/dts-eras.json'), 'u');
    expect(totalPages).toBe(1);
    expect(values(obs)).toEqual([
      ['2021-09-30', 215.08], ['2022-04-14', 939.395], ['2025-10-30', 1000.632], ['2025-10-31', 926.328],
    ]);
  });

  it('treats the string "null" in the value field as an error, not zero', () => {
    const bad = fixtureText('fiscaldata/dts-eras.json').replace('"open_today_bal":"926328"', '"open_today_bal":"null"');
    expect(() => parseDtsPage(bad, 'u')).toThrow(/TGA_CLOSE: data\[4\] \(2025-10-31, Treasury General Account \(TGA\) Closing Balance\): open_today_bal is null/);
  });
});

describe('FRED API', () => {
  it('reads string values and skips "."', () => {
    expect(values(parseFredJson(fixtureText('fred/SOFR-api.json'), 'SOFR', 'u')))
      .toEqual([['2025-10-30', 4.04], ['2025-10-31', 4.22], ['2025-11-03', 4.13]]);
  });
  it('never prints the API key', () => {
    expect(redact('https://x/fred/series/observations?series_id=SOFR&api_key=abcd1234&file_type=json'))
      .toBe('https://x/fred/series/observations?series_id=SOFR&api_key=***&file_type=json');
  });
});

describe('checkBody', () => {
  it('spots HTML served as data even without an HTML content-type', () => {
    expect(() => checkBody({ text: '<html>oops</html>\n', contentType: 'text/csv' }, 'csv', 'SOFR', 'u'))
      .toThrow(/SOFR: got an HTML page \(text\/csv\) instead of CSV/);
  });
});
