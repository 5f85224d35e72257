import { defineFamily, level } from '../family.ts';
import { lastNKnown, latestAt, latestKnown } from '../lookup.ts';
import { addMonths } from '../measures.ts';

/** The Treasury's cash (TGA) and how much of the buffers its build-up drained. */
export const fiscal = defineFamily({
  id: 'fiscal',
  doc: 'The Treasury General Account in $bn, and its drain on the buffers.',
  bases: {
    tga: level('TGA_CLOSE', 'TGA daily closing balance (Daily Treasury Statement)'),
    tgaWeekly: level('WTREGEN', 'TGA weekly average (H.4.1)'),
  },
  metrics: {
    'tga.high3m': { kind: 'usd_bn', doc: 'highest daily TGA close of the past three months, with its date' },
    'tga.low3m': { kind: 'usd_bn', doc: 'lowest daily TGA close of the past three months, with its date' },
    'fiscal.drain3m': { kind: 'share', doc: 'three-month TGA change ÷ (reserves + ON RRP) at the start' },
    'fiscal.netDrain3m': { kind: 'share', doc: 'the same, net of the change in Fed total assets over those weeks (QE adds reserves, QT drains them)' },
  },
  start: (run) => {
    const daily = run.base('tga').obs;
    const weekly = run.base('tgaWeekly').obs;
    const reserves = run.base('reserves').obs;
    const rrp = run.base('rrp').obs;
    const fed = run.base('fedAssets').obs;
    return (ed) => {
      // The daily TGA's highest and lowest close of the past three months, each with its date.
      const last = latestKnown(daily, ed.asOf);
      if (last) {
        const from = addMonths(last.date, -3);
        const window = lastNKnown(daily, ed.asOf, 80).filter((o) => o.date >= from);
        const hi = window.reduce((a, b) => (b.value > a.value ? b : a), last);
        const lo = window.reduce((a, b) => (b.value < a.value ? b : a), last);
        ed.put('tga.high3m', hi.value, hi.date, ['TGA_CLOSE']);
        ed.put('tga.low3m', lo.value, lo.date, ['TGA_CLOSE']);
      }

      const now = latestKnown(weekly, ed.asOf);
      if (!now) return;
      const start = addMonths(now.date, -3);
      const then = latestAt(weekly, start);
      const res = latestAt(reserves, start);
      const rr = latestAt(rrp, start);
      if (!then || !res || !rr) return;
      const buffers = res.value + rr.value;
      ed.put('fiscal.drain3m', (now.value - then.value) / buffers, now.date, ['WTREGEN', 'WRESBAL', 'RRPONTSYD']);
      // Net of the Fed's own balance-sheet change over the same weeks: QE adds reserves, QT drains them.
      const fNow = latestAt(fed, now.date);
      const fThen = latestAt(fed, start);
      if (fNow?.date === now.date && fThen) {
        ed.put('fiscal.netDrain3m', (now.value - then.value - (fNow.value - fThen.value)) / buffers, now.date,
          ['WTREGEN', 'WALCL', 'WRESBAL', 'RRPONTSYD']);
      }
    };
  },
});
