import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { DOCUMENTED_MEASURES, metricListMarkdown, replaceMetricList } from '../../src/metrics/doc.ts';
import { STANDARD_MEASURES } from '../../src/metrics/family.ts';
import { editionCalendar } from '../../src/metrics/publication.ts';
import { BASE_KEYS, deriveBases, METRIC_KINDS, SERIES_BASE } from '../../src/metrics/registry.ts';
import { computeTimeline, type EditionMetrics } from '../../src/metrics/timeline.ts';
import { TemplateError } from '../../src/report/errors.ts';
import { fillReport } from '../../src/report/fill.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { catchError, fixtureSnapshot } from '../helpers.ts';

// The metric families against what they declare: every declared metric is computed with its
// declared kind, the template README lists exactly the declared metrics, and a name no family
// declares stops a template.

/**
 * Declared metrics the fixture's data cannot give, each for a reason in the data, not the code:
 * the ON RRP award rate (RRPONTSYAWARD) is in the catalog and the live update's plan but in
 * neither the committed snapshot nor ../shared/data; the repo-operation records cover 2019–20
 * and 2025 only, too short for year-ago comparisons and one- or five-year percentiles.
 */
const NOT_IN_FIXTURE = /^(rrpRate|tgcrRrp)\.|^(srf|srfMbs|omo)\.(chgYtd|rank1y|rank5y)$/;

let snap: Snapshot;
let timeline: Map<string, EditionMetrics>;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  timeline = computeTimeline(snap, editionCalendar(snap));
});

describe('metric families', () => {
  it('compute every metric they declare on some edition of the fixture, with the declared kind', () => {
    const seen = new Set<string>();
    for (const m of timeline.values()) {
      for (const [key, f] of Object.entries(m.figures)) {
        if (!f) continue;
        seen.add(key);
        expect(f.kind, key).toBe(METRIC_KINDS.get(key as never));
      }
      // Nothing is computed that is not declared (a template could not name it).
      expect(Object.keys(m.figures).filter((k) => !METRIC_KINDS.has(k as never))).toEqual([]);
    }
    const never = [...METRIC_KINDS.keys()].filter((k) => !seen.has(k));
    expect(never.filter((k) => !NOT_IN_FIXTURE.test(k))).toEqual([]);
    // The exceptions stay exact: a metric the data does give must leave the list.
    expect(never.length).toBe(2 * 9 + 1 + 3 * 3);
  });

  it('give every base a series of the snapshot, and every indicator page a base that exists', () => {
    const bases = deriveBases(snap);
    expect(bases.map((b) => b.key)).toEqual(BASE_KEYS);
    for (const b of bases) if (!NOT_IN_FIXTURE.test(`${b.key}.latest`)) expect(b.obs.length, b.key).toBeGreaterThan(0);
    for (const [id, key] of Object.entries(SERIES_BASE)) {
      expect(BASE_KEYS, id).toContain(key);
      expect(snap.series.has(id) || id === 'RRPONTSYAWARD', id).toBe(true);
    }
  });

  it('are listed in content/reports/README.md exactly as declared (run `npm run metrics:doc` after a change)', () => {
    const file = 'content/reports/README.md';
    const text = readFileSync(file, 'utf8');
    expect(replaceMetricList(text, metricListMarkdown(), file)).toBe(text);
    // The README's paragraph on the measures every base gets names each of them.
    expect([...DOCUMENTED_MEASURES].sort()).toEqual([...STANDARD_MEASURES, 'min2d'].sort());
    for (const key of METRIC_KINDS.keys()) {
      const [base = '', measure = ''] = key.split('.');
      const listed = text.includes(`\`${key}\``) || (text.includes(`\`${base}\` (`) && (DOCUMENTED_MEASURES as readonly string[]).includes(measure));
      expect(listed, key).toBe(true);
    }
  });

  it('are the template vocabulary: an undeclared name stops the template with a suggestion', () => {
    const err = catchError(() => fillReport('{{ sofrTop.lates | bp }}', {
      file: 't.md', locale: 'en', asOf: '2025-11-05', figures: timeline.get('2025-11-05')!.figures, kinds: METRIC_KINDS,
      sourceOf: () => '', blocks: { chart: {}, table: {} },
    }));
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.message).toMatch(/unknown metric "sofrTop\.lates".*sofrTop\.latest/);
    // A misspelt base: the closest declared names.
    const base = catchError(() => fillReport('{{ sofrTpo.latest | bp }}', {
      file: 't.md', locale: 'en', asOf: '2025-11-05', figures: {}, kinds: METRIC_KINDS, sourceOf: () => '', blocks: { chart: {}, table: {} },
    }));
    expect(base.message).toMatch(/unknown metric "sofrTpo\.latest"; did you mean one of: sofrTop\.latest/);
  });
});
