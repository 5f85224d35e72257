import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { SeriesId } from '../../src/catalog/series.ts';
import { hasEnded } from '../../src/metrics/freshness.ts';
import { RULES } from '../../src/metrics/signals.ts';
import { computeTimeline, metricCatalog } from '../../src/metrics/timeline.ts';
import { editionFigureKeys, figuresDocument } from '../../src/site/downloads.ts';
import { composeEdition, editionDates } from '../../src/site/edition.ts';
import { staleBannerHtml, staleNotice } from '../../src/site/staleness.ts';
import { statusRows } from '../../src/site/status.ts';
import { signalsTable } from '../../src/site/tables.ts';
import { Snapshot } from '../../src/snapshot/snapshot.ts';
import { FIXTURE_CUT, fixtureSnapshot, seriesEndingAt } from '../helpers.ts';

// Issue 19 §4: the banner, figures.json and /data/ say the same about which series are stale,
// and /data/ shows each series' own latest new data, not the one time a run refreshed them all.

const template = (l: 'zh' | 'en') => readFileSync(new URL(`../../content/reports/${l}.md`, import.meta.url), 'utf8');

let snap: Snapshot;
let keys: ReturnType<typeof editionFigureKeys>;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  keys = editionFigureKeys((['zh', 'en'] as const).map((l) => ({ file: `${l}.md`, markdown: template(l) })), metricCatalog(snap));
});

/** The fixture as the live site stood: SRF data stopping at the year's end, the range months behind, one refresh failed. */
function halfBlind(base: Snapshot): Snapshot {
  let s = seriesEndingAt(base, 'SRF_TOTAL', '2025-09-30');
  for (const id of ['SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS']) s = seriesEndingAt(s, id, '2025-09-30');
  s = seriesEndingAt(s, 'DFEDTARU', '2025-09-12');
  s = seriesEndingAt(s, 'DFEDTARL', '2025-09-12');
  return new Snapshot({ ...s, manifest: { ...s.manifest, series: s.manifest.series.map((m) => (m.id === 'SOFR_P99' ? { ...m, status: 'stale' as const, staleReason: 'HTTP 500' } : m)) } });
}

function threeViews(s: Snapshot, asOf: string, latest: boolean) {
  const m = computeTimeline(s, [asOf]).get(asOf)!;
  const banner = staleNotice(s, m, latest).series.map((x) => x.id).sort();
  const html = staleBannerHtml(staleNotice(s, m, latest), 'en');
  const shown = [...html.matchAll(/data-series="([A-Za-z0-9_]+)"/g)].map((x) => x[1]).sort();
  const figures = [...figuresDocument(s, m, keys, latest).staleSeries].sort();
  // /data/ shows the latest edition: a failed refresh or a series behind, less one that ended by design.
  const data = statusRows(s, asOf, 'en')
    .filter((r) => (r.state === 'behind' || r.state === 'failed') && !hasEnded(s, r.id as SeriesId, asOf)).map((r) => r.id).sort();
  return { banner, shown, figures, data, m };
}

describe('banner, figures.json and /data/ agree on which series are stale', () => {
  it('on a half-blind latest edition: SRF, the policy range and a failed refresh in all three', () => {
    const s = halfBlind(snap);
    const v = threeViews(s, FIXTURE_CUT, true);
    expect(v.banner).toEqual(v.figures);
    expect(v.shown).toEqual(v.banner);
    expect(v.data).toEqual(v.banner);
    for (const id of ['SRF_TOTAL', 'SRF_MBS', 'DFEDTARU', 'DFEDTARL', 'SOFR_P99', 'RIFSPPFAAD90NB']) expect(v.banner, id).toContain(id);
  });

  it('on the fixture as cut', () => {
    const v = threeViews(snap, FIXTURE_CUT, true);
    expect(v.banner).toEqual(v.figures);
    expect(v.data).toEqual(v.banner);
    expect(v.banner).toContain('RIFSPPFAAD90NB');
  });

  it('on every edition of the fixture, banner and figures.json', () => {
    const dates = editionDates(snap);
    const timeline = computeTimeline(snap, dates);
    for (const d of dates.filter((_, i) => i % 7 === 0)) {
      const m = timeline.get(d)!;
      const latest = d === dates.at(-1);
      expect(staleNotice(snap, m, latest).series.map((x) => x.id).sort(), d).toEqual([...figuresDocument(snap, m, keys, latest).staleSeries].sort());
    }
  });
});

describe('the summary names the checks it could not make', () => {
  it('says, in each language, that the facility and the range could not be checked, without URLs or errors', () => {
    const s = halfBlind(snap);
    const m = computeTimeline(s, [FIXTURE_CUT]).get(FIXTURE_CUT)!;
    const text = (l: 'zh' | 'en') => composeEdition({ snap: s, locale: l, metrics: m, template: template(l), file: `${l}.md`, latest: true }).html
      .split(/<h2[^>]*>/)[1]!.replace(/<[^>]+>/g, '');
    const en = text('en');
    const zh = text('zh');
    expect(en).toContain('Not checked today, because the data behind these checks are out of date:');
    expect(en).toContain('whether banks are drawing on the Fed\'s Standing Repo Facility (data up to Sep 30, 2025)');
    expect(en).toContain('where SOFR sits against the Fed\'s target range (SOFR or the range not updated since Sep 12, 2025)');
    expect(zh).toContain('今日未能核对以下几项，因为所需数据没有按时更新：');
    expect(zh).toContain('银行是否在动用美联储的常备回购便利（数据截至 2025年9月30日）');
    expect(zh).toContain('SOFR 相对美联储目标区间的位置（SOFR 或目标区间的数据截至 2025年9月12日）');
    for (const t of [en, zh]) expect(t).not.toMatch(/https?:|HTTP \d|Error/);
  });

  it('makes the signals table say which figures a pillar\'s rules could not read, and only then', () => {
    const m = computeTimeline(halfBlind(snap), [FIXTURE_CUT]).get(FIXTURE_CUT)!;
    const row = (html: string, pillar: string) => html.match(new RegExp(`<tr data-pillar="${pillar}".*?</tr>`))?.[0] ?? '';
    const en = signalsTable(m, 'en');
    expect(row(en, 'facility')).toMatch(/not checked today, data out of date: Standing Repo Facility take-up/);
    // Each series once, by its name alone: not 'take-up; take-up, percentile …; … (from)'.
    expect(row(en, 'facility')).toMatch(/data out of date: Standing Repo Facility take-up\)/);
    expect(row(en, 'funding')).toMatch(/not checked today, data out of date: SOFR − range top/);
    expect(row(signalsTable(m, 'zh'), 'facility')).toMatch(/（今日未能核对，数据偏旧：常备回购便利（SRF）使用量/);
    // With the fixture as cut, the funding rules read current data: nothing to add there.
    expect(row(signalsTable(computeTimeline(snap, [FIXTURE_CUT]).get(FIXTURE_CUT)!, 'en'), 'funding')).not.toMatch(/not checked/);
  });

  it('has a sentence for every input a signal rule reads that carries a series', () => {
    for (const l of ['zh', 'en'] as const) {
      const guarded = new Set([...template(l).matchAll(/:::when\{stale="([^"]+)"\}/g)].flatMap((x) => x[1]!.split(',').map((k) => k.split('.')[0])));
      const m = computeTimeline(snap, [FIXTURE_CUT]).get(FIXTURE_CUT)!;
      const inputs = new Set(RULES.flatMap((r) => r.needs).filter((k) => (m.figures[k]?.series.length ?? 1) > 0).map((k) => k.split('.')[0]));
      // Reserves and ON RRP rules read rrp.latest and reserves.*; the fiscal rule reads fiscal.*.
      for (const base of inputs) if (base !== 'emergency' && base !== 'omo') expect(guarded, `${l}: ${base}`).toContain(base);
    }
  });
});

describe('/data/ shows each series\' own latest new data', () => {
  it('differs between series that one run refreshed together', () => {
    const rows = statusRows(snap, FIXTURE_CUT, 'en');
    expect(new Set(rows.map((r) => r.lastSuccess)).size).toBe(1);
    const byId = new Map(rows.map((r) => [r.id, r.newData]));
    // Daily SOFR of the 19th is public on the 20th; the commercial paper rate stopped in October.
    expect(byId.get('SOFR')).toBe('Nov 20, 2025');
    expect(byId.get('RIFSPPFAAD90NB')).toMatch(/Oct 2\d, 2025/);
    expect(new Set(rows.map((r) => r.newData)).size).toBeGreaterThan(3);
  });
});
