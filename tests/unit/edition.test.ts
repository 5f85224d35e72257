import { beforeAll, describe, expect, it } from 'vitest';
import { composeEdition, latestEditionDate } from '../../src/site/edition.ts';
import { computeEdition } from '../../src/metrics/timeline.ts';
import { staleBannerHtml } from '../../src/site/staleness.ts';
import { statusRows } from '../../src/site/status.ts';
import { Snapshot } from '../../src/snapshot/snapshot.ts';
import { FIXTURE_CUT, fixtureSnapshot, seriesEndingAt, withoutSeries } from '../helpers.ts';

const TEMPLATE = 'SOFR {{ sofr.latest | pct }} ({{ sofr.latest | date }}), ON RRP {{ rrp.latest | bn }}.\n\n::chart{id=rates}\n';

let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

/** The snapshot (default: the fixture) with one series marked as failed in the last refresh. */
function withFailedRefresh(id: string, reason: string, base: Snapshot = snap): Snapshot {
  return new Snapshot({
    ...base,
    manifest: {
      ...base.manifest,
      series: base.manifest.series.map((m) => (m.id === id ? { ...m, status: 'stale' as const, staleReason: reason } : m)),
    },
  });
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

  it('names a series whose last refresh failed in the latest edition\'s banner, in the reader\'s words', () => {
    const latest = latestEditionDate(snap);
    // The fixture's commercial paper rate ends in October 2025 (behind at its last edition); left
    // out here so that the banner holds the one failed series.
    const failed = withFailedRefresh('RRPONTSYD', 'RRPONTSYD: HTTP 500; gave up after 4 attempts (https://fred…)', withoutSeries(snap, 'RIFSPPFAAD90NB'));
    const e = composeEdition({ snap: failed, locale: 'zh', metrics: computeEdition(failed, latest), template: TEMPLATE, file: 't.md' });
    expect(e.stale.series.find((s) => s.id === 'RRPONTSYD')).toMatchObject({ source: 'fred', failed: true, behind: false });
    const banner = staleBannerHtml(e.stale, 'zh');
    expect(banner).toContain('<li data-source="fred"><strong class="stale-source">FRED（圣路易斯联储经济数据库）</strong>（最新数据截至 ');
    expect(banner).toContain('隔夜逆回购（ON RRP）余额');
    // Still on schedule: the reading is unaffected, and no error text reaches the reader.
    expect(banner).toContain('今天的判断不受影响');
    expect(banner).not.toMatch(/HTTP|http|attempts/);
    // An archive edition is about its own date, not about today's refresh.
    const old = composeEdition({ snap: failed, locale: 'zh', metrics: computeEdition(failed, '2025-10-31'), template: TEMPLATE, file: 't.md' });
    expect(old.stale.series.some((s) => s.id === 'RRPONTSYD')).toBe(false);
  });

  it('groups a source that has been down for weeks, dates it in the page\'s language and says what the reading lost', () => {
    const NYFED = ['SOFR_P1', 'SOFR_P25', 'SOFR_P75', 'SOFR_P99', 'SOFR_VOLUME', 'BGCR', 'TGCR', 'SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'];
    let down = snap;
    for (const id of NYFED) down = withFailedRefresh(id, `SOFR_P1: HTTP 503 Service Unavailable; gave up after 1 attempts (http://127.0.0.1:1/api/rates/secured/sofr/search.json?startDate=2025-10-01)`, seriesEndingAt(down, id, '2025-10-31'));
    const latest = latestEditionDate(down);
    const metrics = computeEdition(down, latest);
    const zh = composeEdition({ snap: down, locale: 'zh', metrics, template: TEMPLATE, file: 't.md' });
    const en = composeEdition({ snap: down, locale: 'en', metrics, template: TEMPLATE, file: 't.md' });
    expect(zh.stale.series.filter((s) => s.source === 'nyfed').map((s) => s.id).sort()).toEqual([...NYFED].sort());
    expect(zh.stale.series.every((s) => s.source !== 'nyfed' || (s.behind && s.failed && s.last === '2025-10-31'))).toBe(true);
    // The funding pillar reads the 99th percentile, the facility pillar the repo take-up.
    expect([...zh.stale.unjudged, ...zh.stale.partly]).toEqual(expect.arrayContaining(['funding', 'facility']));
    const zhBanner = staleBannerHtml(zh.stale, 'zh');
    const enBanner = staleBannerHtml(en.stale, 'en');
    expect(zhBanner).toContain('<strong class="stale-source">纽约联储</strong>（最新数据截至 2025年10月31日）：');
    expect(zhBanner).toContain('依赖这些数据的信号规则今天无法检验');
    expect(enBanner).toContain('<strong class="stale-source">New York Fed</strong> (latest data: Oct 31, 2025): ');
    expect(enBanner).toContain('SOFR, 25th percentile');
    expect(enBanner).toContain('could not be checked today');
    // Each series once, under its own name (one request serves several series).
    expect(zhBanner.match(/data-series="SOFR_P25"/g)).toHaveLength(1);
    for (const banner of [zhBanner, enBanner]) expect(banner).not.toMatch(/HTTP|http:|127\.0|attempts|SOFR_P1:/);
    expect(zhBanner).not.toMatch(/[A-Za-z]{3,} [a-z]{3,} [a-z]{3,}/); // no English sentence on a zh page
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
