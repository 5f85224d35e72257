import { describe, expect, it } from 'vitest';
import { seriesDef } from '../../src/catalog/series.ts';
import { validateObservations } from '../../src/snapshot/validate.ts';

const sofr = seriesDef('SOFR');
const ctx = { origin: 'SOFR.csv', today: '2025-11-05' };
const rows = (...pairs: [string, number, number][]) => pairs.map(([date, value, line]) => ({ date, value, line }));

describe('validateObservations', () => {
  it('accepts ordered, plausible, past observations', () => {
    expect(() => validateObservations(sofr, rows(['2025-10-30', 4.04, 2], ['2025-10-31', 4.22, 3]), ctx)).not.toThrow();
  });

  it('rejects a duplicate date and names the line', () => {
    expect(() => validateObservations(sofr, rows(['2025-10-31', 4.22, 2], ['2025-10-31', 4.22, 3]), ctx))
      .toThrow('SOFR: duplicate date 2025-10-31 (SOFR.csv:3)');
  });

  it('rejects a date that is not YYYY-MM-DD, or not a real day, before anything else', () => {
    expect(() => validateObservations(sofr, rows(['10/31/2025', 4.22, 2]), ctx)).toThrow('SOFR: date "10/31/2025" is not a YYYY-MM-DD date (SOFR.csv:2)');
    expect(() => validateObservations(sofr, rows(['2025-10-30', 4.04, 2], ['2025-02-30', 4.22, 3]), ctx)).toThrow('SOFR: date "2025-02-30" is not a YYYY-MM-DD date (SOFR.csv:3)');
  });

  it('rejects dates out of order', () => {
    expect(() => validateObservations(sofr, rows(['2025-10-31', 4.22, 2], ['2025-10-30', 4.04, 3]), ctx))
      .toThrow('SOFR: date 2025-10-30 is out of order (after 2025-10-31) (SOFR.csv:3)');
  });

  it('rejects a future date', () => {
    expect(() => validateObservations(sofr, rows(['2025-11-06', 4.0, 7]), ctx))
      .toThrow('SOFR: date 2025-11-06 is in the future (today is 2025-11-05) (SOFR.csv:7)');
  });

  it('rejects an absurd value (a percent rate of 422)', () => {
    expect(() => validateObservations(sofr, rows(['2025-10-31', 422, 4]), ctx))
      .toThrow(/SOFR: value 422 on 2025-10-31 is outside the plausible range -1…25 \(percent\).*\(SOFR\.csv:4\)/);
  });

  it('rejects a series with no values at all', () => {
    expect(() => validateObservations(sofr, [], ctx)).toThrow('SOFR: no observations with a value (SOFR.csv)');
  });
});
