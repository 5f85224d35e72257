import { beforeAll, describe, expect, it } from 'vitest';
import { addDays } from '../../src/core/dates.ts';
import { editionCalendar, publicationOf } from '../../src/metrics/publication.ts';
import { agreementText, officialIndexes } from '../../src/site/official-indexes.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';

// Real data cut at a fixed date (tests/fixtures/snapshot), so new data cannot move these values.
let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

describe('official indexes beside the verdict', () => {
  it('shows each index as published by the cut-off, weekly ones with their own older date', () => {
    const r = officialIndexes(snap, '2020-03-18', 2);
    expect(r.readings.map((x) => [x.id, x.value, x.date, x.stress])).toEqual([
      ['OFR_FSI', 8.99, '2020-03-16', true],
      ['OFR_FSI_FUNDING', -0.036, '2020-03-16', false],
      ['STLFSI4', 1.3539, '2020-03-06', true],
      ['NFCI', 0.038, '2020-03-13', true],
    ]);
    // March 2020 was the highest reading of the five years before it.
    expect(r.readings.find((x) => x.id === 'OFR_FSI')?.rank5y).toBe(1);
    expect(r.agreement).toBe('agree-stress');
  });
  it('ranks each reading among those public in the five years before (every 5th edition, against a plain count)', () => {
    const pub = publicationOf(snap).snapshot;
    const dates = editionCalendar(snap).filter((_, i) => i % 5 === 0);
    let checked = 0;
    for (const asOf of dates) {
      for (const r of officialIndexes(snap, asOf, 0).readings) {
        const from = addDays(asOf, -365 * 5);
        const window = (pub.series.get(r.id) ?? []).filter((o) => o.date >= from && (o.known as string) <= asOf);
        expect(r.rank5y, `${r.id} ${asOf}`).toBe(window.filter((o) => o.value <= r.value).length / window.length);
        checked++;
      }
    }
    expect(checked).toBeGreaterThan(500);
  });

  it('says why when the indexes read stress and we do not', () => {
    const r = officialIndexes(snap, '2020-03-18', 0);
    expect(r.agreement).toBe('indexes-stress');
    expect(agreementText(r.agreement, 'en')).toContain('broad market stress');
    expect(agreementText(r.agreement, 'zh')).toContain('广义市场压力');
  });
  it('lets the majority of the three headline indexes decide (September 2019: all below zero)', () => {
    expect(officialIndexes(snap, '2019-09-18', 0).agreement).toBe('agree-calm');
    expect(officialIndexes(snap, '2019-09-18', 2).agreement).toBe('ours-stress');
    // March 2023: only the OFR index above zero, so the indexes read calm.
    const svb = officialIndexes(snap, '2023-03-15', 0);
    expect(svb.readings.filter((x) => x.stress).map((x) => x.id)).toEqual(['OFR_FSI']);
    expect(svb.agreement).toBe('agree-calm');
  });
  it('has no comparison without our verdict', () => {
    expect(officialIndexes(snap, '2025-11-21', null).agreement).toBe('unknown');
  });
});
