import { spreadSeries } from '../derived.ts';
import { defineFamily } from '../family.ts';
import { indexKnownBy } from '../lookup.ts';
import { addMonths } from '../measures.ts';

/**
 * How far apart repo trades were priced: the width of SOFR's distribution, 99th minus 1st
 * percentile. In a squeeze the top of the distribution lifts while the bottom stays near the
 * ON RRP rate, so the width rises before the median does.
 */
export const dispersion = defineFamily({
  id: 'dispersion',
  doc: 'The spread of rates inside the SOFR market, in bp.',
  bases: {
    sofrWidth: { kind: 'bp', series: ['SOFR_P99', 'SOFR_P1'], derive: (s) => spreadSeries(s('SOFR_P99'), s('SOFR_P1')),
      doc: 'SOFR 99th − 1st percentile: how far apart the day\'s repo trades were priced' },
  },
  metrics: {
    'sofrWidth.avg1m': { kind: 'bp', doc: 'average width over the past month\'s prints, dated by the latest (what "wider than usual" compares with)' },
  },
  start: (run) => {
    const width = run.base('sofrWidth').obs;
    return (ed) => {
      const i = indexKnownBy(width, ed.asOf);
      const last = width[i];
      if (!last) return;
      const from = addMonths(last.date, -1);
      let sum = 0;
      let n = 0;
      for (let j = i; j >= 0 && (width[j]?.date ?? '') > from; j--, n++) sum += width[j]!.value;
      // A month is about 21 prints; fewer means the data begins inside the month.
      if (n >= 15) ed.put('sofrWidth.avg1m', Math.round((sum / n) * 100) / 100, last.date, ['SOFR_P99', 'SOFR_P1']);
    };
  },
});
