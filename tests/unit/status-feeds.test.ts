// status.json and the regime-change feed, on the frozen fixture snapshot's timeline.
import { beforeAll, describe, expect, it } from 'vitest';
import { Build } from '../../src/site/build.ts';
import { latestEditionDate } from '../../src/site/edition.ts';
import { regimeChanges, regimeFeedItems } from '../../src/site/regime-changes.ts';
import { bySource, staleBannerHtml, type StaleSeries } from '../../src/site/staleness.ts';
import { statusDocument } from '../../src/site/status-document.ts';
import type { EditionMetrics } from '../../src/metrics/timeline.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';

let snap: Snapshot;
let editions: EditionMetrics[];
let timeline: ReadonlyMap<string, EditionMetrics>;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  timeline = new Build(snap, { reportsDir: 'content/reports', chartThread: false }).timeline;
  editions = [...timeline.values()];
});

const overallOf = (m: EditionMetrics) => m.signals.find((s) => s.pillar === 'overall')?.level ?? null;

describe('regimeChanges', () => {
  it('lists exactly the editions whose overall or pillar levels differ from the edition before', () => {
    const changes = regimeChanges(editions);
    const byDate = new Map(editions.map((m) => [m.asOf, m]));
    const dates = [...byDate.keys()].sort();
    const expected = dates.slice(1).filter((d, i) => {
      const key = (m: EditionMetrics) => JSON.stringify(m.signals.map((s) => [s.pillar, s.level]));
      return key(byDate.get(d)!) !== key(byDate.get(dates[i]!)!);
    });
    expect(changes.map((c) => c.asOf)).toEqual(expected);
    expect(changes.length).toBeGreaterThan(5);
    for (const c of changes) {
      expect(c.previous).toBe(dates[dates.indexOf(c.asOf) - 1]);
      for (const x of c.changes) expect(x.from).not.toBe(x.to);
    }
  });

  it('puts the overall change first, and says it in each language', () => {
    const changes = regimeChanges(editions);
    const overall = changes.filter((c) => c.changes.some((x) => x.pillar === 'overall'));
    expect(overall.length).toBeGreaterThan(0);
    for (const c of overall) {
      expect(c.changes[0]!.pillar).toBe('overall');
      const m = editions.find((e) => e.asOf === c.asOf)!;
      expect(c.changes[0]!.to).toBe(overallOf(m));
    }
    const [zh] = regimeFeedItems([overall.at(-1)!], 'zh');
    const [en] = regimeFeedItems([overall.at(-1)!], 'en');
    expect(zh!.title).toMatch(/^\d{4}年\d{1,2}月\d{1,2}日 · 总体：(平稳|偏紧|紧张|无读数) → (平稳|偏紧|紧张|无读数)$/);
    expect(en!.title).toMatch(/ · Overall: (calm|tight|stressed|no reading) → (calm|tight|stressed|no reading)$/);
    expect(en!.link).toBe(`/en/reports/${overall.at(-1)!.asOf}/`);
    expect(zh!.link).toBe(`/reports/${overall.at(-1)!.asOf}/`);
  });

  it('feeds the newest changes first', () => {
    const items = regimeFeedItems(regimeChanges(editions), 'en');
    const dates = items.map((i) => i.pubDate.getTime());
    expect([...dates].sort((a, b) => b - a)).toEqual(dates);
  });
});

describe('statusDocument', () => {
  it('gives the latest edition, its verdict and every series state', () => {
    const latest = timeline.get(latestEditionDate(snap))!;
    const doc = statusDocument(snap, latest, 'abc123');
    expect(doc.latestEdition.date).toBe(latestEditionDate(snap));
    expect(doc.latestEdition.path).toBe(`/reports/${latestEditionDate(snap)}/`);
    expect(['calm', 'tight', 'stressed']).toContain(doc.latestEdition.verdict);
    expect(doc.commit).toBe('abc123');
    expect(doc.series.map((s) => s.id).sort()).toEqual(snap.manifest.series.map((m) => m.id).filter((id) => doc.series.some((s) => s.id === id)).sort());
    expect(doc.series.find((s) => s.id === 'IOER')?.status).toBe('ended');
    expect(doc.series.find((s) => s.id === 'SOFR')?.status).toBe('ok');
    expect(doc.lastRefresh).toBe(snap.manifest.series.map((m) => m.lastSuccess).sort().at(-1));
  });
});

describe('the stale banner, every source', () => {
  it('groups and names a series of each source, the OFR included, in both languages', () => {
    const one = (id: StaleSeries['id'], source: StaleSeries['source']): StaleSeries => ({ id, source, last: '2026-09-01', behind: true, failed: false });
    const series = [one('SOFR', 'fred'), one('BGCR', 'nyfed'), one('TGA_CLOSE', 'fiscaldata'), one('OFR_FSI' as StaleSeries['id'], 'ofr')];
    expect(bySource(series).map(([s]) => s)).toEqual(['fred', 'nyfed', 'fiscaldata', 'ofr']);
    for (const locale of ['zh', 'en'] as const) {
      const html = staleBannerHtml({ series, unjudged: [], partly: [] }, locale);
      expect(html).toContain(locale === 'zh' ? '金融研究办公室' : 'Office of Financial Research');
      expect(html).not.toContain('undefined');
    }
  });
});
