// Repo take-up records are kept per facility: the Standing Repo Facility's over SRF-era days only
// (from 2021-07-28), dated by the first such day in the data; 2020's temporary operations apart.
// Values are real (NY Fed operation results, $bn, summed per day).
import { describe, expect, it } from 'vitest';
import { SRF_START } from '../../src/catalog/events.ts';
import { computeEdition, computeTimeline } from '../../src/metrics/timeline.ts';
import { memorySnapshot } from '../helpers.ts';

const snap = memorySnapshot({
  SRF_TOTAL: [
    ['2020-01-02', 0], ['2020-03-12', 276.5], ['2020-03-17', 197.75], ['2020-12-31', 0],
    ['2025-01-02', 0.004], ['2025-10-30', 0], ['2025-10-31', 50.35], ['2025-11-03', 22], ['2025-12-31', 74.6],
  ],
  SRF_MBS: [['2025-10-31', 20.95], ['2025-11-03', 0]],
});
const figures = (asOf: string) => computeEdition(snap, asOf).figures;

describe('SRF-era take-up record', () => {
  it('starts at the SRF', () => expect(SRF_START).toBe('2021-07-28'));

  it('compares SRF-era days only, and says from which day the data run', () => {
    const f = figures('2025-10-31');
    expect(f['srf.record']).toMatchObject({ value: 50.35, date: '2025-10-31', kind: 'usd_bn' }); // not 2020's 276.5
    expect(f['srf.isRecord']?.value).toBe(1);
    expect(f['srf.recordSince']).toMatchObject({ value: 3, date: '2025-01-02', kind: 'count' });
    expect(f['srf.mbsShare']?.value).toBeCloseTo(20.95 / 50.35, 12);
  });

  it('keeps the record date after a lower day, and a later high replaces it', () => {
    const t = computeTimeline(snap, ['2025-11-03', '2025-12-31']);
    expect(t.get('2025-11-03')?.figures['srf.record']).toMatchObject({ value: 50.35, date: '2025-10-31' });
    expect(t.get('2025-11-03')?.figures['srf.isRecord']?.value).toBe(0);
    expect(t.get('2025-12-31')?.figures['srf.record']).toMatchObject({ value: 74.6, date: '2025-12-31' });
  });

  it('gives 2020 its own figures as temporary operations, with no SRF figures', () => {
    const f = figures('2020-03-17');
    expect(f['srf.latest']).toBeNull();
    expect(f['srf.record']).toBeNull();
    expect(f['omo.latest']).toMatchObject({ value: 197.75, date: '2020-03-17' });
    expect(f['omo.max']).toMatchObject({ value: 276.5, date: '2020-03-12' });
    expect(f['omo.maxSince']).toMatchObject({ value: 3, date: '2020-01-02' });
  });

  it('treats the temporary operations as closed history in the SRF era', () => {
    const f = figures('2025-10-31');
    expect(f['omo.latest']).toBeNull();
    expect(f['omo.max']).toMatchObject({ value: 276.5, date: '2020-03-12', stale: false });
  });

  it('never looks ahead: before the first SRF-era day there is no SRF record', () => {
    expect(figures('2024-12-31')['srf.record']).toBeNull();
    expect(figures('2024-12-31')['srf.recordSince']).toBeNull();
  });
});
