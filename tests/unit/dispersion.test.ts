import { beforeAll, describe, expect, it } from 'vitest';
import { computeEdition, metricCatalog } from '../../src/metrics/timeline.ts';
import { fillReport } from '../../src/report/fill.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';

// The dispersion family (SOFR 99th − 1st percentile) on real data, through a template.

let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

const TEMPLATE = `:::when{has="sofrWidth.latest,sofrWidth.avg1m"}
SOFR's 1st–99th percentile width was {{ sofrWidth.latest | bpAbs }} on {{ sofrWidth.latest | date }}, {{ sofrWidth.chg1m | bp }} on the month, against a one-month average of {{ sofrWidth.avg1m | bpAbs }}.
:::`;

describe('SOFR distribution width', () => {
  it('fills a template on the edition of 2025-11-03 (SOFR of 2025-10-31: 4.35% − 4.05%)', () => {
    const { asOf, figures } = computeEdition(snap, '2025-11-03');
    const { html, used } = fillReport(TEMPLATE, {
      file: 't.md', locale: 'en', asOf, figures, kinds: metricCatalog(snap), sourceOf: () => 'NY Fed', blocks: { chart: {}, table: {} },
    });
    const text = html.replace(/<[^>]+>/g, '');
    // 2025-09-30 (the month before): 4.38% − 4.14% = 24 bp.
    expect(text).toContain('width was 30 bp on Oct 31, 2025, +6 bp on the month');
    expect(used).toEqual(['sofrWidth.latest', 'sofrWidth.chg1m', 'sofrWidth.avg1m']);
    // The average over the prints after 2025-09-30 up to 2025-10-31, from the fixture's own series.
    const p = (id: string) => new Map((snap.series.get(id) ?? []).filter((o) => o.date > '2025-09-30' && o.date <= '2025-10-31').map((o) => [o.date, o.value]));
    const [p99, p1] = [p('SOFR_P99'), p('SOFR_P1')];
    const widths = [...p99].filter(([d]) => p1.has(d)).map(([d, v]) => (v - p1.get(d)!) * 100);
    expect(widths.length).toBeGreaterThan(15);
    expect(figures['sofrWidth.avg1m']?.value).toBeCloseTo(widths.reduce((a, b) => a + b, 0) / widths.length, 1);
    expect(figures['sofrWidth.avg1m']?.date).toBe('2025-10-31');
  });
});
