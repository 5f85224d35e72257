import { spliced, spreadSeries } from '../derived.ts';
import { defineFamily, type Inputs } from '../family.ts';

const iorb = (s: Inputs) => spliced(s('IOER'), s('IORB'));

/** Spreads in bp between two rates, each on the days both were published. */
export const spreads = defineFamily({
  id: 'spreads',
  doc: 'Spreads in bp, on days both rates have a print; they also get `min2d` (the lower of the last two prints).',
  bases: {
    sofrTop: { kind: 'bp', series: ['SOFR', 'DFEDTARU'], derive: (s) => spreadSeries(s('SOFR'), s('DFEDTARU')), doc: 'SOFR − top of range' },
    // Same-date comparisons with the range (issue 19): on a rate-move day the latest EFFR is the
    // previous day's, so it is read against the range in force that day, never the new one.
    effrTop: { kind: 'bp', series: ['EFFR', 'DFEDTARU'], derive: (s) => spreadSeries(s('EFFR'), s('DFEDTARU')), doc: 'EFFR − top of range, same date' },
    sofrBottom: { kind: 'bp', series: ['SOFR', 'DFEDTARL'], derive: (s) => spreadSeries(s('SOFR'), s('DFEDTARL')), doc: 'SOFR − bottom of range, same date' },
    sofrIorb: { kind: 'bp', series: ['SOFR', 'IORB'], derive: (s) => spreadSeries(s('SOFR'), iorb(s)), doc: 'SOFR − IORB' },
    sofrP99Top: { kind: 'bp', series: ['SOFR_P99', 'DFEDTARU'], derive: (s) => spreadSeries(s('SOFR_P99'), s('DFEDTARU')), doc: 'SOFR 99th percentile − top of range' },
    tgcrRrp: { kind: 'bp', series: ['TGCR', 'RRPONTSYAWARD'], derive: (s) => spreadSeries(s('TGCR'), s('RRPONTSYAWARD')), doc: 'TGCR − ON RRP rate' },
    effrIorb: { kind: 'bp', series: ['EFFR', 'IORB'], derive: (s) => spreadSeries(s('EFFR'), iorb(s)), doc: 'EFFR − IORB' },
    bgcrSofr: { kind: 'bp', series: ['BGCR', 'SOFR'], derive: (s) => spreadSeries(s('BGCR'), s('SOFR')), doc: 'BGCR − SOFR' },
    sofrIqr: { kind: 'bp', series: ['SOFR_P75', 'SOFR_P25'], derive: (s) => spreadSeries(s('SOFR_P75'), s('SOFR_P25')), doc: 'SOFR 75th − 25th percentile' },
  },
  metrics: {},
});
