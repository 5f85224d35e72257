import { spliced } from '../derived.ts';
import { defineFamily, level } from '../family.ts';
import { latestAt, latestKnown } from '../lookup.ts';

/** Money-market and policy rates as published (percent), and the SOFR market's volume. */
export const rates = defineFamily({
  id: 'rates',
  doc: 'Rates in percent as published; changes in bp.',
  bases: {
    sofr: level('SOFR', 'SOFR'),
    sofrP1: level('SOFR_P1', 'SOFR 1st percentile'),
    sofrP25: level('SOFR_P25', 'SOFR 25th percentile'),
    sofrP75: level('SOFR_P75', 'SOFR 75th percentile'),
    sofrP99: level('SOFR_P99', 'SOFR 99th percentile'),
    sofrVolume: level('SOFR_VOLUME', 'SOFR volume'),
    effr: level('EFFR', 'EFFR'),
    iorb: { ...level('IORB', 'IORB (IOER before 2021-07-29)'), derive: (s) => spliced(s('IOER'), s('IORB')), pages: ['IORB', 'IOER'] },
    rangeTop: level('DFEDTARU', 'top of the federal funds target range'),
    rangeBottom: level('DFEDTARL', 'bottom of the target range'),
    bgcr: level('BGCR', 'BGCR'),
    tgcr: level('TGCR', 'TGCR'),
    rrpRate: level('RRPONTSYAWARD', 'ON RRP award rate'),
  },
  metrics: {
    'sofr.atSpreadPeak': { kind: 'pct', doc: 'SOFR on the day `sofrTop.max1m` happened' },
    'sofr.monthEnd': { kind: 'flag', doc: '1 when the latest SOFR print is a month-end one (the next business day is in another month)' },
  },
  start: (run) => {
    const sofr = run.base('sofr').obs;
    return (ed) => {
      // Whether the latest SOFR print is a month-end one (the next business day is in another month).
      const last = latestKnown(sofr, ed.asOf);
      if (last) ed.put('sofr.monthEnd', run.calendar.next(last.date).slice(0, 7) !== last.date.slice(0, 7) ? 1 : 0, last.date, ['SOFR']);
      // SOFR on the day its spread to the range top peaked in the past month.
      const peak = ed.figure('sofrTop.max1m');
      const atPeak = peak ? latestAt(sofr, peak.date) : undefined;
      if (peak && atPeak?.date === peak.date) ed.put('sofr.atSpreadPeak', atPeak.value, peak.date, ['SOFR']);
    };
  },
});
