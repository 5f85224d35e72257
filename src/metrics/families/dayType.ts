import type { SeriesId } from '../../catalog/series.ts';
import type { Observation } from '../../core/observation.ts';
import { DayTypeHistory, dayTypeOf, type DayType } from '../dayType.ts';
import { defineFamily, type Obs } from '../family.ts';
import { indexKnownBy } from '../lookup.ts';

// Normal for this day: the latest SOFR spread, 99th-percentile spread and SRF take-up, each
// placed among the earlier prints of the same kind of day (metrics/dayType.ts). Point-in-time:
// a print is ranked against prints dated before it, all of which were public before it was.

const JUDGED = {
  sofrTop: ['SOFR', 'DFEDTARU'],
  sofrP99Top: ['SOFR_P99', 'DFEDTARU'],
  srf: ['SRF_TOTAL'],
} as const satisfies Record<string, readonly SeriesId[]>;
type Judged = keyof typeof JUDGED;

interface Verdict {
  readonly date: string;
  readonly type: DayType;
  readonly rank: number;
  readonly count: number;
  readonly max?: { value: number; date: string };
  readonly since?: string;
}

export const dayType = defineFamily({
  id: 'dayType',
  doc: 'Each print against earlier prints of the same kind of day (ordinary, mid-month settlement, month-end, quarter-end, year-end).',
  bases: {},
  metrics: {
    'sofr.dayType': { kind: 'count', doc: 'kind of day of the latest SOFR print: 0 ordinary, 1 mid-month settlement (the 15th or the next business day), 2 month-end, 3 quarter-end, 4 year-end' },
    'sofrTop.dayRank': { kind: 'rank', doc: 'percent of earlier prints of the same kind of day with SOFR − top of range below the latest' },
    'sofrTop.dayCount': { kind: 'count', doc: 'earlier prints of that kind of day, dated by the first of them ("since …")' },
    'sofrTop.dayMax': { kind: 'bp', doc: 'the highest of those earlier prints, with its date' },
    'sofrP99Top.dayRank': { kind: 'rank', doc: 'the same for the 99th percentile − top of range' },
    'sofrP99Top.dayCount': { kind: 'count', doc: 'earlier prints of that kind of day for the 99th percentile' },
    'sofrP99Top.dayMax': { kind: 'bp', doc: 'the highest of them, with its date' },
    'srf.dayRank': { kind: 'rank', doc: 'percent of earlier SRF-era days of the same kind with less take-up than the latest' },
    'srf.dayCount': { kind: 'count', doc: 'earlier SRF-era days of that kind' },
  },
  start: (run) => {
    const verdicts = new Map<Judged, Map<number, Verdict>>();
    for (const key of Object.keys(JUDGED) as Judged[]) {
      const history = new DayTypeHistory();
      const byIndex = new Map<number, Verdict>();
      verdicts.set(key, byIndex);
      run.feed(run.base(key).obs, (o: Observation, i) => {
        const type = dayTypeOf(o.date, run.calendar);
        byIndex.set(i, { date: o.date, type, ...history.judge(type, o.value) });
        history.add(type, o.value, o.date);
      });
    }
    const latest = (key: Judged, asOf: string): Verdict | undefined => {
      const obs: Obs = run.base(key).obs;
      return verdicts.get(key)!.get(indexKnownBy(obs, asOf));
    };
    return (ed) => {
      const sofr = latest('sofrTop', ed.asOf);
      if (sofr) ed.put('sofr.dayType', sofr.type, sofr.date, ['SOFR']);
      const put = (key: 'sofrTop' | 'sofrP99Top', v: Verdict | undefined) => {
        if (!v) return;
        const series = JUDGED[key];
        ed.put(`${key}.dayRank`, v.rank, v.date, series);
        ed.put(`${key}.dayCount`, v.count, v.since ?? v.date, series);
        if (v.max) ed.put(`${key}.dayMax`, v.max.value, v.max.date, series);
      };
      put('sofrTop', sofr);
      put('sofrP99Top', latest('sofrP99Top', ed.asOf));
      const srf = latest('srf', ed.asOf);
      if (srf) {
        ed.put('srf.dayRank', srf.rank, srf.date, ['SRF_TOTAL']);
        ed.put('srf.dayCount', srf.count, srf.since ?? srf.date, ['SRF_TOTAL']);
      }
    };
  },
});
