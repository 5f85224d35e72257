import { beforeAll, describe, expect, it } from 'vitest';
import { eventById, type PolicyEvent } from '../../src/catalog/events.ts';
import { DayTypeHistory, dayTypeOf } from '../../src/metrics/dayType.ts';
import { firstEditionOf } from '../../src/metrics/families/channels.ts';
import { editionCalendar, publicationOf } from '../../src/metrics/publication.ts';
import { holdOverall, overallOf, type SignalResult } from '../../src/metrics/signals.ts';
import { computeTimeline, type EditionMetrics } from '../../src/metrics/timeline.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';

// The channels (repo and reserves, bank funding, dash for cash) and "normal for this day", on
// the frozen fixture cut from real data.
let snap: Snapshot;
let timeline: Map<string, EditionMetrics>;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  const dates = editionCalendar(snap).filter((d) => (d >= '2020-02-20' && d <= '2020-06-30') || (d >= '2022-06-01' && d <= '2022-06-30') || (d >= '2023-03-01' && d <= '2023-03-31'));
  timeline = computeTimeline(snap, dates);
});

const overall = (d: string) => timeline.get(d)!.signals.find((s) => s.pillar === 'overall')!;
const pillar = (d: string, p: string) => timeline.get(d)!.signals.find((s) => s.pillar === p)!;

describe('kinds of day', () => {
  it('tells month-, quarter- and year-ends, mid-month settlement and ordinary days apart on the money-market calendar', () => {
    const cal = publicationOf(snap).calendar;
    expect(dayTypeOf('2025-10-31', cal)).toBe(2);
    expect(dayTypeOf('2025-09-30', cal)).toBe(3);
    expect(dayTypeOf('2024-12-31', cal)).toBe(4);
    expect(dayTypeOf('2025-09-15', cal)).toBe(1);
    // 2025-06-15 was a Sunday: settlement moved to Monday the 16th.
    expect(dayTypeOf('2025-06-16', cal)).toBe(1);
    expect(dayTypeOf('2025-06-17', cal)).toBe(0);
    // 2025-05-30 was the last business day of May (the 31st a Saturday).
    expect(dayTypeOf('2025-05-30', cal)).toBe(2);
  });

  it('ranks a print among the earlier prints of its own kind only', () => {
    const h = new DayTypeHistory();
    h.add(2, 10, '2024-01-31');
    h.add(2, 30, '2024-02-29');
    h.add(0, 50, '2024-03-01');
    expect(h.judge(2, 20)).toEqual({ rank: 50, count: 2, max: { value: 30, date: '2024-02-29' }, since: '2024-01-31' });
    expect(h.judge(2, 40).rank).toBe(100);
    expect(h.judge(3, 40)).toEqual({ rank: 0, count: 0 });
  });
});

describe('emergency actions', () => {
  it('reach the first edition after their announcement time', () => {
    const cal = publicationOf(snap).calendar;
    const e = (id: string) => eventById(id) as PolicyEvent;
    // The BTFP: Sunday evening, so Monday's edition.
    expect(firstEditionOf(e('btfp'), cal)).toBe('2023-03-13');
    // The MMLF: announced late in the evening, after the 18:00 cut-off.
    expect(firstEditionOf(e('mmlf2020'), cal)).toBe('2020-03-19');
    // The intermeeting cut of 2020-03-03: that morning.
    expect(firstEditionOf(e('cut20200303'), cal)).toBe('2020-03-03');
  });
});

describe('the overall verdict', () => {
  it('is the worst channel and names it, the first in channel order on a tie', () => {
    expect(overallOf({ repo: 0, bank: 2, dash: 1 })).toEqual({ level: 2, channel: 'bank' });
    expect(overallOf({ repo: 1, bank: 1, dash: null })).toEqual({ level: 1, channel: 'repo' });
    expect(overallOf({ repo: 0, bank: 0, dash: 0 })).toEqual({ level: 0 });
    expect(overallOf({ repo: null, bank: null, dash: null })).toEqual({ level: null });
  });

  it('eases only when a second edition confirms it, and never delays a worsening', () => {
    const o = (level: 0 | 1 | 2 | null, channel?: 'repo' | 'bank'): SignalResult =>
      ({ pillar: 'overall', level, rule: (['overall.calm', 'overall.tight', 'overall.stress'] as const)[level ?? 0], ...(channel ? { channel } : {}) });
    expect(holdOverall(o(0), o(2, 'bank'))).toEqual({ pillar: 'overall', level: 2, rule: 'overall.held', channel: 'bank' });
    expect(holdOverall(o(1, 'repo'), o(2, 'bank'))).toMatchObject({ level: 2, rule: 'overall.held', channel: 'bank' });
    expect(holdOverall(o(2, 'repo'), o(0))).toEqual(o(2, 'repo'));
    expect(holdOverall(o(1, 'repo'), o(1, 'bank'))).toEqual(o(1, 'repo'));
    expect(holdOverall(o(null), o(2, 'bank'))).toEqual(o(null));
    expect(holdOverall(o(0), undefined)).toEqual(o(0));
  });

  it('reads March 2023 stressed through bank funding from the Monday after the BTFP', () => {
    expect(overall('2023-03-10').level).toBe(0);
    for (const d of ['2023-03-13', '2023-03-14', '2023-03-15']) {
      expect(overall(d)).toMatchObject({ level: 2, channel: 'bank' });
      expect(pillar(d, 'lender')).toMatchObject({ level: 2, rule: 'lender.emergency' });
    }
    // Tuesday's edition sees Monday's 57 bp fall in the 2-year yield: a flight to safety.
    expect(pillar('2023-03-14', 'cash')).toMatchObject({ level: 2, rule: 'cash.flight' });
    expect(timeline.get('2023-03-14')!.figures['channel.worst']?.value).toBe(2);
  });

  it('reads March 2020 amber or red on most days, stressed the day after the cut to zero', () => {
    const window = [...timeline.keys()].filter((d) => d >= '2020-03-09' && d <= '2020-03-24');
    const alert = window.filter((d) => (overall(d).level ?? 0) >= 1);
    expect(alert.length / window.length).toBeGreaterThanOrEqual(0.6);
    expect(overall('2020-03-16')).toMatchObject({ level: 2, channel: 'bank' });
    // $113bn of temporary repo operations taken up on 2020-03-09: the Fed's repo lending counts.
    expect(pillar('2020-03-09', 'facility')).toMatchObject({ level: 1, rule: 'facility.omo' });
  });

  it('does not read the spring 2020 asset purchases as tightness', () => {
    // Apr 2–8: Fed lending (loans plus swaps) up $162bn in the week to Apr 1, crisis lending, not
    // purchases; Apr 9 holds that reading one more edition; from then on, calm while QE ran on.
    expect(pillar('2020-04-08', 'lender')).toMatchObject({ level: 2, rule: 'lender.surge' });
    expect(overall('2020-04-09')).toMatchObject({ level: 2, rule: 'overall.held', channel: 'bank' });
    expect(timeline.get('2020-04-09')!.figures['signal.held']?.value).toBe(1);
    const spring = [...timeline.keys()].filter((d) => d >= '2020-04-10' && d <= '2020-05-29');
    expect(spring.length).toBeGreaterThan(30);
    for (const d of spring) expect(overall(d).level, d).toBe(0);
  });

  it('does not read a jump in yields (June 2022, a rate shock) as a dash for cash', () => {
    for (const d of [...timeline.keys()].filter((x) => x.startsWith('2022-06'))) expect(pillar(d, 'cash').level, d).toBe(0);
  });
});
