import { beforeAll, describe, expect, it } from 'vitest';
import type { EditionMetrics } from '../../src/metrics/timeline.ts';
import { editionDates } from '../../src/site/edition.ts';
import { computeTimeline } from '../../src/metrics/timeline.ts';
import { MAX_MOVES, sinceLast, WATCHED } from '../../src/site/since-last.ts';
import { formatDate, formatFigure } from '../../src/report/format.ts';
import { metricName } from '../../src/i18n/metrics.ts';
import { ui } from '../../src/i18n/ui.ts';
import { fixtureSnapshot } from '../helpers.ts';

let dates: readonly string[];
let timeline: Map<string, EditionMetrics>;
beforeAll(async () => {
  const snap = await fixtureSnapshot();
  dates = editionDates(snap);
  timeline = computeTimeline(snap, dates);
});

describe('since the last edition', () => {
  it('lists exactly the pillars whose level changed, the overall reading first', () => {
    let seen = 0;
    for (let i = dates.length - 250; i < dates.length; i++) {
      const prev = timeline.get(dates[i - 1]!)!;
      const cur = timeline.get(dates[i]!)!;
      const s = sinceLast(prev, cur);
      const expected = cur.signals.filter((x) => prev.signals.find((p) => p.pillar === x.pillar)!.level !== x.level).map((x) => x.pillar);
      expect(s.changes.map((c) => c.pillar).sort()).toEqual([...expected].sort());
      if (expected.includes('overall')) expect(s.changes[0]!.pillar).toBe('overall');
      for (const c of s.changes) {
        expect(c.from).toBe(prev.signals.find((p) => p.pillar === c.pillar)!.level);
        expect(c.to).toBe(cur.signals.find((p) => p.pillar === c.pillar)!.level);
      }
      seen += s.changes.length;
    }
    expect(seen).toBeGreaterThan(0);
  });

  it('reports only watched figures with a new print that moved past their threshold, at most four, largest first', () => {
    let moved = 0;
    for (let i = dates.length - 250; i < dates.length; i++) {
      const prev = timeline.get(dates[i - 1]!)!;
      const cur = timeline.get(dates[i]!)!;
      const s = sinceLast(prev, cur);
      expect(s.previous).toBe(dates[i - 1]);
      expect(s.moves.length).toBeLessThanOrEqual(MAX_MOVES);
      const weights = s.moves.map((m) => {
        const min = WATCHED.find((w) => w.key === m.key)!.min;
        expect(m.to.date).not.toBe(m.from.date);
        expect(Math.abs(m.to.value - m.from.value)).toBeGreaterThanOrEqual(min);
        expect(m.from).toBe(prev.figures[m.key]);
        expect(m.to).toBe(cur.figures[m.key]);
        return Math.abs(m.to.value - m.from.value) / min;
      });
      expect(weights).toEqual([...weights].sort((a, b) => b - a));
      moved += s.moves.length;
    }
    expect(moved).toBeGreaterThan(0);
  });

  it('names a record the day it is set, not the days after', () => {
    const day = dates.find((d, i) => i > 0 && timeline.get(d)!.figures['srf.isRecord']?.value === 1 && timeline.get(dates[i - 1]!)!.figures['srf.isRecord']?.value !== 1
      && timeline.get(d)!.figures['srf.latest']!.value >= 1);
    expect(day).toBeDefined();
    const i = dates.indexOf(day!);
    expect(sinceLast(timeline.get(dates[i - 1]!)!, timeline.get(day!)!).records).toEqual([{ key: 'srf.latest', figure: timeline.get(day!)!.figures['srf.latest'] }]);
    if (timeline.get(dates[i + 1]!)?.figures['srf.isRecord']?.value === 1) expect(sinceLast(timeline.get(day!)!, timeline.get(dates[i + 1]!)!).records).toEqual([]);
  });

  it('names a record only when it is news ($1bn or more), as a sentence with its figure and date in both languages', () => {
    const recordDays = dates.filter((d, i) => i > 0 && timeline.get(d)!.figures['srf.isRecord']?.value === 1 && timeline.get(dates[i - 1]!)!.figures['srf.isRecord']?.value !== 1);
    const small = recordDays.find((d) => timeline.get(d)!.figures['srf.latest']!.value < 1);
    const large = recordDays.find((d) => timeline.get(d)!.figures['srf.latest']!.value >= 1);
    expect(small && large, 'the fixture holds a record of a few $mn and one of $1bn or more').toBeTruthy();
    const previousOf = (d: string) => timeline.get(dates[dates.indexOf(d) - 1]!)!;
    expect(sinceLast(previousOf(small!), timeline.get(small!)!).records).toEqual([]);
    const [record] = sinceLast(previousOf(large!), timeline.get(large!)!).records;
    expect(record?.key).toBe('srf.latest');
    for (const locale of ['zh', 'en'] as const) {
      const line = ui(locale).sinceRecord(metricName('srf.latest', locale), formatFigure(record!.figure, locale), formatDate(record!.figure.date, locale));
      expect(line, locale).toContain(formatFigure(record!.figure, locale));
      expect(line, locale).toContain(formatDate(record!.figure.date, locale));
      expect(line, locale).not.toMatch(/\?|是否/);
    }
  });
});
