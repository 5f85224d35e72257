// The funding-stress series' catalog entries: when each observation becomes public (the first
// edition that may use it) and which licence it carries. Dates are real release days.
import { describe, expect, it } from 'vitest';
import { seriesDef, type SeriesId } from '../../src/catalog/series.ts';
import { BusinessCalendar, knownDate } from '../../src/metrics/publication.ts';
import { isPublicSeries } from '../../src/site/downloads.ts';
import { fixtureSnapshot } from '../helpers.ts';

// Weekdays of March 2020 and March 2023; no market holiday falls in these weeks.
const weekdays = (from: string, to: string) => {
  const out: string[] = [];
  for (let d = new Date(`${from}T00:00:00Z`); d <= new Date(`${to}T00:00:00Z`); d.setUTCDate(d.getUTCDate() + 1)) {
    if (d.getUTCDay() % 6 !== 0) out.push(d.toISOString().slice(0, 10));
  }
  return out;
};
const cal = new BusinessCalendar([...weekdays('2020-03-02', '2020-04-03'), ...weekdays('2023-03-01', '2023-03-31')]);
const known = (id: SeriesId, date: string) => knownDate(seriesDef(id), date, cal);

describe('publication schedules of the funding-stress inputs', () => {
  it('H.4.1 lending: the Wednesday level is out Thursday 4:30 p.m., so Thursday\'s edition has it', () => {
    expect(known('H41RESPPALDKNWW', '2023-03-15')).toBe('2023-03-16');
    expect(known('WLCFLPCL', '2020-03-18')).toBe('2020-03-19');
  });

  it('H.15 yields and the CP rate: the next business day', () => {
    expect(known('DGS2', '2023-03-13')).toBe('2023-03-14');
    expect(known('T10Y2Y', '2020-03-20')).toBe('2020-03-23');
    expect(known('RIFSPPFAAD90NB', '2020-03-17')).toBe('2020-03-18');
  });

  it('weekly indexes: NFCI on Wednesday, STLFSI4 on Thursday, for the week ending the Friday before', () => {
    expect(known('NFCI', '2020-03-20')).toBe('2020-03-25');
    expect(known('STLFSI4', '2020-03-20')).toBe('2020-03-26');
    expect(known('STLFSI4', '2023-03-17')).toBe('2023-03-23');
  });

  it('OFR FSI: two business days after the day it measures', () => {
    expect(known('OFR_FSI', '2020-03-18')).toBe('2020-03-20');
    expect(known('OFR_FSI_FUNDING', '2023-03-10')).toBe('2023-03-14');
  });
});

describe('licences', () => {
  it('every new series is public and downloadable; Reserve Bank indexes carry their citation notice', async () => {
    const snap = await fixtureSnapshot();
    const ids: SeriesId[] = ['WLCFLPCL', 'H41RESPPALDKNWW', 'WLCFOCEL', 'WLCFLL', 'SWPT', 'DGS2', 'DTB3', 'T10Y2Y', 'RIFSPPFAAD90NB', 'STLFSI4', 'NFCI', 'OFR_FSI', 'OFR_FSI_FUNDING'];
    for (const id of ids) expect(isPublicSeries(snap, id), id).toBe(true);
    for (const id of ['STLFSI4', 'NFCI', 'T10Y2Y'] as const) expect(seriesDef(id).notice, id).toMatch(/^© Federal Reserve Bank of .*Citation Required/);
    for (const id of ['WLCFLPCL', 'DGS2', 'RIFSPPFAAD90NB', 'OFR_FSI'] as const) expect(seriesDef(id).notice, id).toBeUndefined();
    expect(isPublicSeries(snap, 'SP500')).toBe(false);
  });
});
