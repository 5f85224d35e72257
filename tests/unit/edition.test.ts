import { beforeAll, describe, expect, it } from 'vitest';
import { composeEdition, latestEditionDate } from '../../src/site/edition.ts';
import { computeEdition } from '../../src/metrics/timeline.ts';
import { statusRows } from '../../src/site/status.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { FIXTURE_CUT, fixtureSnapshot, seriesEndingAt } from '../helpers.ts';

const TEMPLATE = 'SOFR {{ sofr.latest | pct }} ({{ sofr.latest | date }}), ON RRP {{ rrp.latest | bn }}.\n\n::chart{id=rates}\n';

let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

/** The snapshot (default: the fixture) with one series marked as failed in the last refresh. */
function withFailedRefresh(id: string, reason: string, base: Snapshot = snap): Snapshot {
  return {
    ...base,
    manifest: {
      ...base.manifest,
      series: base.manifest.series.map((m) => (m.id === id ? { ...m, status: 'stale' as const, staleReason: reason } : m)),
    },
  };
}

describe('composeEdition', () => {
  it('lists the figures it used with their dates and sources', () => {
    const e = composeEdition({ snap, locale: 'en', metrics: computeEdition(snap, '2025-11-03'), template: TEMPLATE, file: 't.md' });
    expect(e.figures.map((f) => [f.key, f.value, f.date])).toEqual([
      ['sofr.latest', '4.22%', 'Oct 31, 2025'],
      ['rrp.latest', '$23.8bn', 'Nov 3, 2025'],
    ]);
    expect(e.html).toContain('<figure class="chart"');
  });

  it('puts a series whose last refresh failed in the latest edition\'s banner, with the reason', () => {
    const latest = latestEditionDate(snap);
    const failed = withFailedRefresh('RRPONTSYD', 'RRPONTSYD: HTTP 500; gave up after 4 attempts (https://fred…)');
    const e = composeEdition({ snap: failed, locale: 'zh', metrics: computeEdition(failed, latest), template: TEMPLATE, file: 't.md' });
    expect(e.stale.find((s) => s.id === 'RRPONTSYD')).toMatchObject({ reason: expect.stringContaining('HTTP 500') });
    // An archive edition is about its own date, not about today's refresh.
    const old = composeEdition({ snap: failed, locale: 'zh', metrics: computeEdition(failed, '2025-10-31'), template: TEMPLATE, file: 't.md' });
    expect(old.stale.some((s) => s.id === 'RRPONTSYD')).toBe(false);
  });
});

describe('statusRows', () => {
  it('marks failed refreshes and series that are behind', () => {
    // The fixture with the target range's last print on 2025-09-12, 69 days before the cut.
    const rows = statusRows(withFailedRefresh('SOFR', 'boom', seriesEndingAt(snap, 'DFEDTARU', '2025-09-12')), FIXTURE_CUT, 'en');
    // The edition of the cut shows SOFR of the business day before (published that morning).
    expect(rows.find((r) => r.id === 'SOFR')).toMatchObject({ state: 'failed', reason: 'boom', ageDays: 1 });
    expect(rows.find((r) => r.id === 'DFEDTARU')).toMatchObject({ state: 'behind', ageDays: 69 });
    expect(statusRows(snap, FIXTURE_CUT, 'en').find((r) => r.id === 'DFEDTARU')).toMatchObject({ state: 'ok', ageDays: 0 });
    expect(rows.find((r) => r.id === 'WRESBAL')).toMatchObject({ state: 'ok', ageDays: 1 });
    expect(rows.find((r) => r.id === 'SP500')?.copyrighted).toBe(true);
  });
});
