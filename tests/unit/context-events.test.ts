import { Memo } from '../../src/core/memo.ts';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { EVENTS, MENTIONS, firstKnown, knownBy, runningAt, taxDateOf, type Topic } from '../../src/catalog/events.ts';
import { CUTOFF_ET } from '../../src/catalog/cutoff.ts';
import { addDays } from '../../src/core/dates.ts';
import { latestKnown } from '../../src/metrics/lookup.ts';
import { published } from '../../src/metrics/publication.ts';
import { computeTimeline, metricCatalog, type EditionMetrics } from '../../src/metrics/timeline.ts';
import { editionDates } from '../../src/site/edition.ts';
import { fillReport } from '../../src/report/fill.ts';
import { formatDate } from '../../src/report/format.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';

// Issue 19 §2: the context events (shutdowns, debt-limit episodes and X-dates, SVB, the Fed's
// bill purchases, tax dates, moves of the target range) are dated data, and no edition names one
// before it was public.

const CONTEXT: readonly Topic[] = ['shutdown', 'debtLimit', 'svb', 'billPurchases', 'repoOps'];
const template = (l: 'zh' | 'en') => readFileSync(new URL(`../../content/reports/${l}.md`, import.meta.url), 'utf8');

let snap: Snapshot;
let dates: readonly string[];
let timeline: ReadonlyMap<string, EditionMetrics>;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  dates = editionDates(snap);
  timeline = computeTimeline(snap, dates);
});

describe('context events in the catalog', () => {
  it('hold the shutdowns, debt-limit episodes, SVB and bill purchases with their dates', () => {
    const byId = new Map(EVENTS.map((e) => [e.id, e]));
    expect(byId.get('shutdown2019')).toMatchObject({ date: '2018-12-22', end: '2019-01-25' });
    expect(byId.get('shutdown2025')).toMatchObject({ date: '2025-10-01', end: '2025-11-12' });
    expect(byId.get('svb')?.date).toBe('2023-03-10');
    expect(byId.get('repoOps2019')?.date).toBe('2019-09-17');
    expect(byId.get('billPurchases2019')).toMatchObject({ date: '2019-10-11', effective: '2019-10-15' });
    expect(byId.get('billPurchases2025')).toMatchObject({ date: '2025-12-10', effective: '2025-12-12' });
    expect(EVENTS.filter((e) => e.topic === 'debtLimit' && e.id.startsWith('debtLimit')).map((e) => e.date.slice(0, 4))).toEqual(['2019', '2021', '2023', '2025']);
    for (const e of EVENTS.filter((x) => CONTEXT.includes(x.topic))) {
      // An episode or estimate that ended did so after it began; every one has a window.
      expect('end' in e ? e.end >= e.date : e.id === 'billPurchases2025', e.id).toBe(true);
      // Each topic has words the template checker finds, so prose naming it must be guarded.
      expect(MENTIONS[e.topic].zh.length * MENTIONS[e.topic].en.length, e.topic).toBeGreaterThan(0);
    }
  });

  it('make an event announced after the cut-off news for the next day only', () => {
    const late = { id: 'x', topic: 'svb' as const, date: '2025-05-09', known: '19:00', title: { zh: '', en: '' }, source: '' };
    expect(CUTOFF_ET < '19:00').toBe(true);
    expect(firstKnown(late)).toBe('2025-05-10');
    expect(knownBy(late, '2025-05-09')).toBe(false);
    expect(runningAt({ ...late, end: '2025-06-01' }, '2025-05-09')).toBe(false);
    expect(knownBy({ ...late, known: '11:00' }, '2025-05-09')).toBe(true);
  });

  it('date the tax days by rule: the 15th of Jan, Apr, Jun, Sep and Dec, or the next market day', () => {
    expect(taxDateOf('2025-06')).toBe('2025-06-16'); // the 15th was a Sunday
    expect(taxDateOf('2025-09')).toBe('2025-09-15');
    expect(taxDateOf('2025-12')).toBe('2025-12-15');
    expect(taxDateOf('2025-05')).toBeUndefined();
  });
});

describe('context figures on the fixture', () => {
  it('exist only while their event runs, and measure the TGA from the last close before it', () => {
    const tga = published(snap).series.get('TGA_CLOSE') ?? [];
    let shutdownDays = 0;
    for (const d of dates) {
      const f = timeline.get(d)!.figures;
      const shut = EVENTS.find((e) => e.topic === 'shutdown' && runningAt(e, d));
      // A figure only while a shutdown runs; while it runs, once a close after its start is public.
      const closeSince = (e: { date: string } | undefined) => e !== undefined && (latestKnown(tga, d)?.date ?? '') >= e.date;
      expect(f['tga.chgShutdown'] != null, d).toBe(closeSince(shut));
      const debt = EVENTS.find((e) => e.topic === 'debtLimit' && e.id.startsWith('debtLimit') && runningAt(e, d));
      const raise = EVENTS.find((e) => e.id.startsWith('limitRaise') && runningAt(e, d));
      // After a stopgap increase the Treasury can borrow again: no "unable to borrow" figure.
      expect(f['tga.chgDebtLimit'] != null, d).toBe(closeSince(debt) && raise === undefined);
      if (raise) expect(f['tga.chgSinceRaise'] != null, d).toBe((latestKnown(tga, d)?.date ?? '') > raise.date);
      if (shut && f['tga.chgShutdown']) {
        shutdownDays++;
        const start = f['tga.atShutdownStart']!;
        expect(start.date < shut.date, d).toBe(true);
        expect(f['tga.chgShutdown']!.value).toBeCloseTo(f['tga.latest']!.value - start.value, 6);
        expect(f['tga.chgShutdown']!.date).toBe(f['tga.latest']!.date);
      }
    }
    // Both shutdowns fall inside the fixture: 2018-12-24 … 2019-01-25 and 2025-10-01 … 2025-11-12.
    expect(shutdownDays).toBeGreaterThan(40);
    // The 2025 shutdown as the page says it: the Treasury's cash higher on its last day than before it.
    expect(timeline.get('2025-11-12')!.figures['tga.chgShutdown']!.value).toBeGreaterThan(0);
    expect(timeline.get('2025-10-15')!.figures['tga.chgShutdown']!.value).toBeLessThan(0);
  });

  it('stop a debt-limit episode the day its increase was public, and measure the cash from the stopgap increase after it', () => {
    // S. 1301 ($480bn) was signed on the evening of Oct 14, 2021: the Oct 14 edition still has the
    // episode's figure, the Oct 15 edition no longer (finding 6 of the reader pass).
    expect(timeline.get('2021-10-14')!.figures['tga.chgDebtLimit']!.value).toBeLessThan(0);
    expect(timeline.get('2021-10-15')!.figures['tga.chgDebtLimit'] ?? null).toBeNull();
    const nov = timeline.get('2021-11-01')!.figures;
    expect(nov['tga.chgDebtLimit'] ?? null).toBeNull();
    expect(nov['tga.atRaise']).toMatchObject({ date: '2021-10-14' });
    expect(nov['tga.chgSinceRaise']!.value).toBeCloseTo(nov['tga.latest']!.value - nov['tga.atRaise']!.value, 6);
    // Laws signed before the cut-off end their episode on that day's edition: Aug 2, 2019 (13:40)
    // and Dec 16, 2021 (12:22); the estimates current until then end with them.
    for (const [d, id] of [['2019-08-02', 'debtLimit2019'], ['2019-08-02', 'xDate20190712'], ['2021-12-16', 'debtLimit2021'], ['2021-12-16', 'xDate20211116'], ['2021-12-16', 'limitRaise2021']] as const) {
      const e = EVENTS.find((x) => x.id === id)!;
      expect(runningAt(e, addDays(d, -1)), `${id} the day before`).toBe(true);
      expect(runningAt(e, d), `${id} on ${d}`).toBe(false);
    }
    expect(timeline.get('2019-08-02')!.figures['tga.chgDebtLimit'] ?? null).toBeNull();
    expect(timeline.get('2021-12-16')!.figures['tga.chgDebtLimit'] ?? null).toBeNull();
    expect(timeline.get('2021-12-16')!.figures['tga.chgSinceRaise'] ?? null).toBeNull();
    // Every episode and estimate ends by the day its end was public, whatever hour it came.
    for (const e of EVENTS.filter((x) => x.topic === 'debtLimit' && 'end' in x)) {
      expect(runningAt(e, addDays((e as { end: string }).end, 1)), e.id).toBe(false);
    }
  });

  it('follow the Treasury\'s rebuild of its cash after a debt-limit resolution, and only then', () => {
    const ends = EVENTS.filter((e) => e.topic === 'debtLimit' && e.id.startsWith('debtLimit')).map((e) => ('end' in e ? e.end : ''));
    for (const d of dates) {
      const f = timeline.get(d)!.figures;
      if (f['tga.chgRebuild'] == null) continue;
      const start = f['tga.atRebuildStart']!;
      // Dated on or before a resolution, within three months of it.
      const end = ends.find((x) => x >= start.date && x < d);
      expect(end, d).toBeDefined();
      expect(f['tga.chgRebuild']!.value).toBeCloseTo(f['tga.latest']!.value - start.value, 6);
    }
    // Summer 2023: the rebuild after the Fiscal Responsibility Act.
    expect(timeline.get('2023-07-20')!.figures['tga.chgRebuild']!.value).toBeGreaterThan(400);
    expect(timeline.get('2023-06-02')!.figures['tga.chgRebuild'] ?? null).toBeNull();
  });

  it('read moves of the target range from DFEDTARU as published by each edition, never typed by hand', () => {
    const top = published(snap).series.get('DFEDTARU') ?? [];
    for (const d of dates) {
      const f = timeline.get(d)!.figures['rangeTop.lastMove'];
      if (!f) continue;
      const i = top.findIndex((o) => o.date === f.date);
      expect(i, d).toBeGreaterThan(0);
      expect(top[i]!.known! <= d, d).toBe(true);
      expect(f.value).toBe(Math.round((top[i]!.value - top[i - 1]!.value) * 100));
    }
    expect(timeline.get('2025-11-12')!.figures['rangeTop.lastMove']).toMatchObject({ value: -25, date: '2025-10-30' });
    expect(timeline.get('2025-11-20')!.figures['rangeTop.lastMove'] ?? null).toBeNull();
  });
});

describe('no edition names a context event before it was public', () => {
  const words = (t: Topic) => [...MENTIONS[t].zh, ...MENTIONS[t].en];
  it.each(['zh', 'en'] as const)('%s: every edition of the fixture', (locale) => {
    const md = template(locale);
    const kinds = metricCatalog(snap);
    const memo = new Memo(); // the template checked once, as the build does
    let named = 0;
    let estimates = 0;
    // Every block the template places, drawn as nothing: only the prose is read here.
    const ids = (kind: string) => Object.fromEntries([...md.matchAll(new RegExp(`::${kind}\\{id=(\\w+)\\}`, 'g'))].map((m) => [m[1], () => '']));
    const blocks = { chart: ids('chart'), table: ids('table') };
    for (const d of dates) {
      const { html } = fillReport(md, {
        file: `${locale}.md`, locale, asOf: d, figures: timeline.get(d)!.figures, kinds,
        sourceOf: () => '', blocks, guardEvents: true, memo,
      });
      const text = html.replace(/<[^>]+>/g, '');
      for (const topic of CONTEXT) {
        if (!words(topic).some((w) => text.includes(w))) continue;
        named++;
        expect(EVENTS.some((e) => e.topic === topic && knownBy(e, d)), `${d} names ${topic}`).toBe(true);
      }
      if (d === '2021-10-15') {
        // The day after the $480bn increase was signed (finding 6): named, and no "unable to borrow".
        expect(text).toContain(locale === 'en' ? 'increase of the debt limit was signed into law' : '临时上调 4,800 亿美元');
        expect(text).not.toContain(locale === 'en' ? 'Unable to borrow more' : '无法新增举债');
      }
      // The specific estimate named is the one current on the day.
      for (const e of EVENTS.filter((x) => x.id.startsWith('xDate'))) {
        const stamp = locale === 'en' ? `latest estimate (${formatDate(e.date, 'en')})` : `最新估计（${formatDate(e.date, 'zh')}）`;
        if (!text.includes(stamp)) continue;
        estimates++;
        expect(runningAt(e, d), `${d} ${e.id}`).toBe(true);
      }
    }
    expect(named).toBeGreaterThan(100);
    expect(estimates).toBeGreaterThan(20);
  });
});
