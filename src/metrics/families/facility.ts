import { SRF_START } from '../../catalog/events.ts';
import { between } from '../derived.ts';
import { defineFamily } from '../family.ts';
import { latestAt, latestKnown } from '../lookup.ts';
import { RunningMax } from '../rolling.ts';

/**
 * The Fed's repo take-up, split by facility: the Standing Repo Facility (from SRF_START, catalog/events.ts) and
 * the temporary open market operations before it. Records compare one facility's days only.
 */
export const facility = defineFamily({
  id: 'facility',
  doc: 'Fed repo take-up in $bn, one facility at a time.',
  bases: {
    srf: { kind: 'usd_bn', series: ['SRF_TOTAL'], derive: (s) => between(s('SRF_TOTAL'), SRF_START), pages: ['SRF_TOTAL'],
      doc: `Standing Repo Facility take-up: days from ${SRF_START} only` },
    srfMbs: { kind: 'usd_bn', series: ['SRF_MBS'], derive: (s) => between(s('SRF_MBS'), SRF_START), pages: ['SRF_MBS'],
      doc: 'SRF take-up against mortgage-backed collateral' },
    omo: { kind: 'usd_bn', series: ['SRF_TOTAL'], derive: (s) => between(s('SRF_TOTAL'), '0000-01-01', SRF_START), until: SRF_START,
      doc: `take-up at the temporary open market repo operations before the SRF; offered only to editions dated before ${SRF_START}` },
  },
  metrics: {
    'srf.record': { kind: 'usd_bn', doc: 'highest SRF-era day in the data so far' },
    'srf.isRecord': { kind: 'flag', doc: '1 when the latest day set it' },
    'srf.mbsShare': { kind: 'share', doc: 'share of the latest day\'s take-up against MBS' },
    'srf.recordSince': { kind: 'count', doc: 'dated by the first SRF-era day in the data, valued by the number of days the record compares: write "highest since {{ srf.recordSince | date }}", because the snapshot may begin after the facility did' },
    'omo.max': { kind: 'usd_bn', doc: 'the same as `srf.record` for the temporary operations; never mixed into the SRF record' },
    'omo.maxSince': { kind: 'count', doc: 'the same as `srf.recordSince` for the temporary operations' },
    'omo.today': { kind: 'usd_bn', doc: 'take-up at the temporary operations on the edition\'s own day, only when they were held that day (they stopped at the end of 2020, so no day after it is "behind")' },
  },
  start: (run) => {
    // Each record remembers the first day of its data, because "highest" only holds over the
    // span the snapshot covers.
    const srfRecord = new RunningMax();
    const omoMax = new RunningMax();
    const srf = run.base('srf').obs;
    const mbs = run.base('srfMbs').obs;
    run.feed(srf, (o) => srfRecord.push(o));
    run.feed(run.base('omo').obs, (o) => omoMax.push(o));
    return (ed) => {
      const last = latestKnown(srf, ed.asOf);
      if (last) {
        const top = srfRecord.top;
        if (top) ed.put('srf.record', top.value, top.date, ['SRF_TOTAL']);
        ed.put('srf.recordSince', srfRecord.count, srfRecord.first!.date, ['SRF_TOTAL']);
        ed.put('srf.isRecord', last.date === top?.date ? 1 : 0, last.date, ['SRF_TOTAL']);
        const m = latestAt(mbs, last.date);
        if (m?.date === last.date && last.value > 0) ed.put('srf.mbsShare', m.value / last.value, last.date, ['SRF_TOTAL', 'SRF_MBS']);
      }
      // The day's own operations, published that afternoon; a day without one has no figure, never a stale one.
      const omoLast = latestKnown(run.base('omo').obs, ed.asOf);
      if (omoLast?.date === ed.asOf && ed.asOf < SRF_START) ed.put('omo.today', omoLast.value, omoLast.date, ['SRF_TOTAL'], false);
      const omoTop = omoMax.top;
      if (omoTop) {
        // Once the SRF era has begun the temporary operations are closed history, not a stale series.
        const closed = ed.asOf >= SRF_START ? false : undefined;
        ed.put('omo.max', omoTop.value, omoTop.date, ['SRF_TOTAL'], closed);
        ed.put('omo.maxSince', omoMax.count, omoMax.first!.date, ['SRF_TOTAL'], closed);
      }
    };
  },
});
