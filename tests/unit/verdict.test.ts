import { beforeAll, describe, expect, it } from 'vitest';
import { editionDates } from '../../src/site/edition.ts';
import { computeTimeline } from '../../src/metrics/timeline.ts';
import { greenSentence, KEY_FIGURES, PATH_EDITIONS, sparkPoints, verdictHead, verdictStreak } from '../../src/site/verdict.ts';
import { channelOf, type Pillar } from '../../src/metrics/signals.ts';
import { verdictHistoryCsv } from '../../src/site/verdict-history.ts';
import type { EditionMetrics } from '../../src/metrics/timeline.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot, seriesEndingAt } from '../helpers.ts';

let snap: Snapshot;
let dates: readonly string[];
let timeline: Map<string, EditionMetrics>;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  dates = editionDates(snap);
  timeline = computeTimeline(snap, dates);
});

const level = (d: string) => timeline.get(d)?.figures['signal.overall']?.value ?? null;

describe('the verdict streak', () => {
  it('counts the unbroken run of the same verdict back from the edition', () => {
    // Every edition of the fixture, checked against a plain count over the timeline.
    for (let i = 0; i < dates.length; i += 7) {
      const d = dates[i] as string;
      const s = verdictStreak(dates, timeline, d);
      if (level(d) === null) { expect(s).toBeNull(); continue; }
      const from = dates.indexOf(s!.since);
      expect(s!.editions).toBe(i - from + 1);
      expect(dates.slice(from, i + 1).every((x) => level(x) === level(d))).toBe(true);
      if (from > 0) expect(level(dates[from - 1] as string)).not.toBe(level(d));
      expect(s!.fromStart).toBe(from === 0);
    }
  });

  it('starts anew on the edition whose verdict changed', () => {
    const changed = dates.find((d, i) => i > 0 && level(d) !== null && level(d) !== level(dates[i - 1] as string)) as string;
    expect(changed).toBeDefined();
    expect(verdictStreak(dates, timeline, changed)).toEqual({ since: changed, editions: 1, fromStart: false });
  });

  it('is unknown for a date that is not an edition', () => {
    expect(verdictStreak(dates, timeline, '2025-11-01')).toBeNull();
  });
});

describe('the verdict head', () => {
  it('names as driver only the highest pillar of a non-calm verdict\'s channel, never a green channel, and under calm only a pillar to watch', () => {
    let named = 0;
    let watched = 0;
    for (const d of dates) {
      const head = verdictHead(dates, timeline, d);
      const verdictChannel = timeline.get(d)!.signals.find((s) => s.pillar === 'overall')!.channel ?? null;
      const lvl = (id: string) => head.pillars.find((p) => p.pillar === id)?.level ?? 0;
      // Thin buffers and risk assets never move the channel alone; the fiscal drain only on buffers amber or worse (signals.ts regime).
      const drives = (p: Pillar) => p !== 'buffers' && p !== 'risk' && (p !== 'fiscal' || (lvl('fiscal') >= 2 && lvl('buffers') >= 1));
      const pool = verdictChannel ? head.pillars.filter((p) => channelOf(p.pillar as Pillar) === verdictChannel && drives(p.pillar as Pillar)) : [];
      const top = Math.max(-1, ...pool.map((p) => p.level ?? -1));
      if (top <= 0) {
        expect(head.lead, d).toBeNull();
        // The channel "under most strain" is never one whose pillars all read green (2020-03-09 did).
        expect(head.channel, d).toBeNull();
      } else {
        expect(head.level, d).toBeGreaterThan(0);
        expect(head.lead!.level).toBe(top);
        expect(pool.find((p) => p.level === top)).toBe(head.lead);
        expect(head.channel).toBe(verdictChannel);
        named++;
      }
      const highest = Math.max(-1, ...head.pillars.map((p) => p.level ?? -1));
      if (head.lead) expect(head.watch).toBeNull();
      else if (highest > 0) {
        expect(head.watch!.level, d).toBe(highest);
        watched++;
      } else expect(head.watch).toBeNull();
    }
    expect(named).toBeGreaterThan(0);
    // Reader pass 3, C6: the caption's count is the lines' own, fewer than 63 at the archive's start.
    expect([0, 52, 200].map((i) => verdictHead(dates, timeline, dates[i] as string).pathEditions)).toEqual([1, 53, PATH_EDITIONS]);
    // Reader pass 3, C1: the head had said "driven by buffers (red)" where thin buffers cannot move the verdict.
    const apr4 = verdictHead(dates, timeline, '2018-04-04'); // SOFR amber, buffers red: tight on SOFR
    expect([apr4.level, apr4.lead?.pillar, apr4.lead?.level]).toEqual([1, 'funding', 1]);
    const may17 = verdictHead(dates, timeline, '2018-05-17'); // a red fiscal drain on red buffers: tight on the drain
    expect([may17.level, may17.lead?.pillar]).toEqual([1, 'fiscal']);
    expect(watched).toBeGreaterThan(0);
  });

  it('reads the reader-pass editions right: no driver under calm, no green channel under a held verdict', () => {
    // 2019-12-31: calm, risk assets red from Bitcoin alone; the old head said "Driven by risk assets (red)".
    const calm = verdictHead(dates, timeline, '2019-12-31');
    expect([calm.level, calm.lead, calm.channel, calm.watch?.pillar]).toEqual([0, null, null, 'risk']);
    // 2020-03-09: stressed (dash for cash) held from the last edition while dash for cash reads green.
    const held = verdictHead(dates, timeline, '2020-03-09');
    expect(held.pillars.find((p) => p.pillar === 'cash')?.level).toBe(0);
    expect([held.level, held.lead, held.channel]).toEqual([2, null, null]);
    expect(held.watch?.level).toBe(2);
  });

  it('says every pillar reads green only when none reads above green (a held verdict\'s channel can be green while another pillar is not)', () => {
    let notAllGreen = 0;
    for (const d of dates) {
      const head = verdictHead(dates, timeline, d);
      const above = head.pillars.some((p) => (p.level ?? 0) > 0);
      if (above) expect(head.allGreen, d).toBe(false);
      if (above && !head.lead) notAllGreen++;
      if (!above && head.pillars.some((p) => p.level !== null)) expect(head.allGreen, d).toBe(true);
    }
    // Editions with a pillar above green and no lead in the named channel: the old page said "every pillar reads green" there.
    expect(notAllGreen).toBeGreaterThan(0);
  });

  it('names the pillars without a reading instead of saying every pillar reads green over them (reader pass 2)', () => {
    let named = 0;
    for (const d of dates) {
      const head = verdictHead(dates, timeline, d);
      expect(head.unread, d).toEqual(head.pillars.filter((p) => p.level === null).map((p) => p.pillar));
      if (head.allGreen && head.unread.length) named++;
    }
    expect(named, 'fixture editions that are green where read, with a pillar unread').toBeGreaterThan(0);
    // The latest edition of a snapshot whose SRF data stop early: facility use has no reading.
    const stopped = seriesEndingAt(snap, 'SRF_TOTAL', '2025-09-30');
    const sDates = editionDates(stopped);
    const sTimeline = computeTimeline(stopped, sDates);
    const d = sDates.findLast((day) => { const h = verdictHead(sDates, sTimeline, day); return h.allGreen && h.unread.length > 0; });
    expect(d, 'an edition green where read, with an unread pillar').toBeDefined();
    const head = verdictHead(sDates, sTimeline, d as string);
    expect(greenSentence(head, 'en')).toMatch(/^Every pillar with current data reads green; no current data: /);
    expect(greenSentence(head, 'zh')).toMatch(/^有最新数据的支柱均为绿色；.+暂无最新数据$/);
    expect(greenSentence({ ...head, unread: [], pillars: head.pillars.filter((p) => p.level !== null).map((p) => ({ ...p, stale: false, unchecked: false })) }, 'en')).toBe('Every pillar reads green');
  });

  it('lists every pillar, including one without data', () => {
    const head = verdictHead(dates, timeline, '2025-11-04');
    expect(head.pillars.map((p) => p.pillar)).toEqual(timeline.get('2025-11-04')!.signals.filter((s) => s.pillar !== 'overall').map((s) => s.pillar));
    expect(head.pillars.length).toBeGreaterThanOrEqual(5);
  });

  it('draws each key figure from what each past edition printed, never a later one', () => {
    const d = '2025-11-04';
    const head = verdictHead(dates, timeline, d);
    expect(head.figures.map((f) => f.key)).toEqual(KEY_FIGURES.filter((k) => timeline.get(d)!.figures[k]));
    const at = dates.indexOf(d);
    const window = dates.slice(at - PATH_EDITIONS + 1, at + 1);
    for (const f of head.figures) {
      expect(f.path).toHaveLength(window.length);
      expect(f.path.at(-1)).toBe(f.figure.value);
      expect(f.path).toEqual(window.map((w) => timeline.get(w)!.figures[f.key]!.value));
    }
  });

  it('marks a pillar whose rule could not be checked because its figure is stale', () => {
    // The SRF stops a month before the cut-off (a source that stopped publishing): its rules cannot fire.
    const stopped = seriesEndingAt(snap, 'SRF_TOTAL', '2025-10-15');
    const sDates = editionDates(stopped);
    const sTimeline = computeTimeline(stopped, sDates);
    const d = sDates.at(-1) as string;
    expect(sTimeline.get(d)!.figures['srf.latest']?.stale).toBe(true);
    const facility = verdictHead(sDates, sTimeline, d).pillars.find((p) => p.pillar === 'facility')!;
    expect(facility.unchecked).toBe(true);
    expect(verdictHead(sDates, sTimeline, d).pillars.find((p) => p.pillar === 'funding')!.unchecked).toBe(false);
    // With every figure fresh, no pillar is marked.
    const fresh = dates.filter((x) => Object.values(timeline.get(x)!.figures).every((f) => !f?.stale)).at(-1) as string;
    expect(fresh).toBeDefined();
    expect(verdictHead(dates, timeline, fresh).pillars.some((p) => p.unchecked)).toBe(false);
  });
});

describe('spark points', () => {
  it('fit the path into the box with a pixel of margin, lowest value at the bottom', () => {
    const pts = sparkPoints([1, 3, 2], 96, 24).split(' ').map((p) => p.split(',').map(Number));
    expect(pts).toEqual([[1, 23], [48, 1], [95, 12]]);
  });

  it('draw a flat path at mid-height and nothing for no data', () => {
    expect(sparkPoints([5, 5], 10, 20)).toBe('1.0,10.0 9.0,10.0');
    expect(sparkPoints([], 10, 20)).toBe('');
  });
});

describe('the verdict history CSV', () => {
  it('has one row per edition with the verdict and every pillar as that edition published them', () => {
    const csv = verdictHistoryCsv(dates, timeline);
    const [header, ...rows] = csv.trimEnd().split('\n');
    const pillars = timeline.get(dates.at(-1) as string)!.signals.map((s) => s.pillar).filter((p) => p !== 'overall');
    expect(header).toBe(['date', 'overall', 'overall_rule', ...pillars.flatMap((p) => [p, `${p}_rule`])].join(','));
    expect(rows).toHaveLength(dates.length);
    for (const [i, row] of rows.entries()) {
      const cells = row.split(',');
      const m = timeline.get(dates[i] as string)!;
      expect(cells[0]).toBe(dates[i]);
      const overall = m.signals.find((s) => s.pillar === 'overall')!;
      expect(cells[1]).toBe(overall.level === null ? '' : String(overall.level));
      expect(cells[2]).toBe(overall.rule);
      for (const [j, p] of pillars.entries()) {
        const s = m.signals.find((x) => x.pillar === p)!;
        expect([cells[3 + 2 * j], cells[4 + 2 * j]]).toEqual([s.level === null ? '' : String(s.level), s.rule]);
      }
    }
    expect(csv.endsWith('\n')).toBe(true);
  });
});
