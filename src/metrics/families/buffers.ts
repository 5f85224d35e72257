import type { Observation } from '../../core/observation.ts';
import { defineFamily, level } from '../family.ts';
import { indexKnownBy, lastNKnown, latestKnown } from '../lookup.ts';
import { addMonths } from '../measures.ts';
import { NEAR_ZERO_RRP_BN } from '../signals.ts';

const NEAR_ZERO_WINDOW = 60;

/** The cash that absorbs a drain: the ON RRP balance and bank reserves, in $bn. */
export const buffers = defineFamily({
  id: 'buffers',
  doc: 'Balances in $bn; changes in $bn.',
  bases: {
    rrp: level('RRPONTSYD', 'ON RRP balance'),
    reserves: level('WRESBAL', 'reserve balances (Wednesday)'),
  },
  metrics: {
    'rrp.peak': { kind: 'usd_bn', doc: 'highest ON RRP balance in the data so far, with its date' },
    'rrp.shareOfPeak': { kind: 'share', doc: 'the latest balance as a share of that peak' },
    'rrp.daysNearZero': { kind: 'count', doc: 'business days in a row below $50bn' },
    'rrp.nearZero60': { kind: 'count', doc: 'days below $50bn among the last 60 prints (a month-end above the line does not reset it)' },
    'reserves.lowSince': { kind: 'usd_bn', doc: 'the last earlier date reserves stood at or below today\'s level, with that day\'s level; only when it is over six months back' },
  },
  start: (run) => {
    const rrp = run.base('rrp').obs;
    const reserves = run.base('reserves').obs;
    // ON RRP: all-time peak and the current streak of days below the near-zero threshold.
    let peak: Observation | undefined;
    let streak = 0;
    run.feed(rrp, (o) => {
      if (!peak || o.value > peak.value) peak = o;
      streak = o.value < NEAR_ZERO_RRP_BN ? streak + 1 : 0;
    });
    return (ed) => {
      const last = latestKnown(rrp, ed.asOf);
      if (last && peak) {
        ed.put('rrp.peak', peak.value, peak.date, ['RRPONTSYD']);
        ed.put('rrp.shareOfPeak', last.value / peak.value, last.date, ['RRPONTSYD']);
        ed.put('rrp.daysNearZero', streak, last.date, ['RRPONTSYD']);
        // A streak resets on one day above the line (a month-end); the count over 60 days does not.
        const recent = lastNKnown(rrp, ed.asOf, NEAR_ZERO_WINDOW);
        if (recent.length === NEAR_ZERO_WINDOW) {
          ed.put('rrp.nearZero60', recent.filter((o) => o.value < NEAR_ZERO_RRP_BN).length, last.date, ['RRPONTSYD']);
        }
      }
      // Reserves: the last earlier date they stood at or below today's level ("lowest since …").
      const ri = indexKnownBy(reserves, ed.asOf);
      const now = reserves[ri];
      if (now) {
        let j = ri - 1;
        while (j >= 0 && (reserves[j] as Observation).value > now.value) j--;
        const since = reserves[j];
        // "Lowest since" a week or a month ago says nothing: only when it reaches back half a year.
        if (since && since.date < addMonths(now.date, -6)) ed.put('reserves.lowSince', since.value, since.date, ['WRESBAL']);
      }
    };
  },
});
