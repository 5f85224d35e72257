// Real SRF take-up days (tests/fixtures/recorded/nyfed, $bn) merged as an update would.
import { describe, expect, it } from 'vitest';
import { mergeObservations } from '../../src/update/merge.ts';

const held = [
  { date: '2025-12-26', value: 17.251 }, { date: '2025-12-29', value: 25.95 },
  { date: '2025-12-30', value: 3 }, { date: '2025-12-31', value: 74.6 },
];
const AT = '2025-12-31T21:00:00.000Z';

describe('mergeObservations: rows a source withdraws', () => {
  it('keeps a held row missing from the answer inside the window, and lists it', () => {
    const fetched = held.filter((o) => o.date !== '2025-12-30');
    const m = mergeObservations('SRF_TOTAL', held, fetched, AT, { start: '2025-12-17', end: '2025-12-31' });
    expect(m.obs).toEqual(held);
    expect(m.withdrawn).toEqual([{ series: 'SRF_TOTAL', date: '2025-12-30', value: 3, recorded: AT }]);
    expect([m.added, m.revisions, m.changed]).toEqual([0, [], []]);
  });

  it('counts only the window asked for, both ends included', () => {
    const m = mergeObservations('SRF_TOTAL', held, [], AT, { start: '2025-12-29', end: '2025-12-30' });
    expect(m.withdrawn.map((w) => w.date)).toEqual(['2025-12-29', '2025-12-30']);
    expect(m.obs).toEqual(held);
  });

  it('a revised row is a revision, not a withdrawal', () => {
    const fetched = held.map((o) => (o.date === '2025-12-31' ? { ...o, value: 149.2 } : o));
    const m = mergeObservations('SRF_TOTAL', held, fetched, AT, { start: '2025-12-17', end: '2025-12-31' });
    expect(m.withdrawn).toEqual([]);
    expect(m.revisions).toEqual([{ series: 'SRF_TOTAL', date: '2025-12-31', old: 74.6, new: 149.2, recorded: AT }]);
  });
});
