import { beforeAll, describe, expect, it } from 'vitest';
import { EPISODES } from '../../src/metrics/episodes.ts';
import { archiveYears, dayLabel, episodeMarks, neighbours, weekdayOf, yearRuns, type RegimeLevel } from '../../src/site/archive.ts';
import { Build } from '../../src/site/build.ts';
import type { EditionMetrics } from '../../src/metrics/timeline.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { FIXTURE_CUT, fixtureSnapshot } from '../helpers.ts';

let snap: Snapshot;
let dates: readonly string[];
let timeline: ReadonlyMap<string, EditionMetrics>;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  const build = new Build(snap, { reportsDir: 'content/reports', chartThread: false });
  dates = build.dates;
  timeline = build.timeline;
});

describe('neighbours of an edition', () => {
  it('are the editions just before and after it', () => {
    const i = dates.indexOf('2025-11-04');
    expect(neighbours(dates, '2025-11-04')).toEqual({ prev: dates[i - 1], next: dates[i + 1] });
    expect(dates[i - 1]).toBe('2025-11-03');
  });

  it('leave out what does not exist: no previous for the first, no next for the last', () => {
    expect(neighbours(dates, dates[0]!)).toEqual({ next: dates[1] });
    expect(neighbours(dates, dates.at(-1)!)).toEqual({ prev: dates.at(-2) });
    expect(neighbours(['2025-11-04'], '2025-11-04')).toEqual({});
  });

  it('for a date that is not an edition (a weekend), are the editions around it', () => {
    expect(neighbours(['2025-10-31', '2025-11-03'], '2025-11-01')).toEqual({ prev: '2025-10-31', next: '2025-11-03' });
  });
});

describe('episode marks', () => {
  it('put each episode that had ended on the first edition after its peak day', () => {
    const marks = episodeMarks(dates, FIXTURE_CUT);
    expect(marks.map((m) => m.id)).toEqual(['repo2019', 'covid2020', 'banks2023', 'squeeze2025']);
    for (const m of marks) {
      const peak = EPISODES.find((e) => e.id === m.id)!.date;
      expect(dates).toContain(m.date);
      expect(m.date > peak).toBe(true);
      expect(m.peak).toBe(peak);
      expect(dates.filter((d) => d > peak && d < m.date)).toEqual([]);
    }
    // Before its window has closed an episode is not marked.
    expect(episodeMarks(dates, '2025-11-05').map((m) => m.id)).not.toContain('squeeze2025');
  });

  it('leave out episodes after the latest edition', () => {
    expect(episodeMarks(dates, '2023-01-03').map((m) => m.id)).toEqual(['repo2019', 'covid2020']);
  });
});

describe('archive years', () => {
  const levelOf = (d: string) => (timeline.get(d)?.figures['signal.overall']?.value ?? null) as RegimeLevel;

  it('hold every edition once, newest year first, months and days in time order', () => {
    const years = archiveYears(dates, levelOf);
    expect(years.map((y) => y.year)).toEqual([...new Set(dates.map((d) => d.slice(0, 4)))].reverse());
    const flat = years.slice().reverse().flatMap((y) => y.months.flatMap((m) => m.days.map((d) => d.date)));
    expect(flat).toEqual([...dates]);
    for (const y of years) for (const m of y.months) for (const d of m.days) expect(d.date.startsWith(m.month)).toBe(true);
  });

  it("count each year's editions by regime, from the cached timeline", () => {
    for (const y of archiveYears(dates, levelOf)) {
      const inYear = dates.filter((d) => d.startsWith(y.year));
      const expected = [0, 1, 2, null].map((l) => inYear.filter((d) => levelOf(d) === l).length);
      expect(y.counts).toEqual(expected);
    }
    // The fixture's late-October 2025 squeeze is not all calm.
    const y2025 = archiveYears(dates, levelOf).find((y) => y.year === '2025')!;
    expect(y2025.counts[1] + y2025.counts[2]).toBeGreaterThan(0);
  });

  it('attach each episode to its day', () => {
    const marks = episodeMarks(dates, FIXTURE_CUT);
    const days = archiveYears(dates, levelOf, marks).flatMap((y) => y.months.flatMap((m) => m.days));
    const marked = days.filter((d) => d.episode).map((d) => [d.date, d.episode?.id]);
    expect(marked.sort()).toEqual(marks.map((m) => [m.date, m.id]));
  });

  it('put each day in its weekday column, and refuse a weekend date', () => {
    const days = archiveYears(dates, levelOf).flatMap((y) => y.months.flatMap((m) => m.days));
    for (const d of days) expect(d.weekday).toBe(new Date(`${d.date}T12:00:00Z`).getUTCDay());
    expect(days.find((d) => d.date === '2025-11-03')!.weekday).toBe(1); // a Monday
    expect(days.find((d) => d.date === '2025-10-31')!.weekday).toBe(5); // a Friday
    expect(() => weekdayOf('2025-11-01')).toThrow(/2025-11-01 is a weekend day/);
  });

  it('draw each year as runs of one reading that cover the year without gaps or overlaps', () => {
    for (const y of archiveYears(dates, levelOf)) {
      const runs = yearRuns(y);
      const days = y.months.flatMap((m) => m.days);
      for (const [i, r] of runs.entries()) {
        expect(r.to).toBeGreaterThan(r.from);
        if (i > 0) { expect(r.from).toBe(runs[i - 1]!.to); expect(r.level).not.toBe(runs[i - 1]!.level); }
      }
      // Every edition falls in the run of its own reading.
      for (const d of days) {
        const at = Math.round((Date.parse(d.date) - Date.parse(`${y.year}-01-01`)) / 86_400_000);
        expect(runs.find((r) => r.from <= at && at < r.to)!.level, d.date).toBe(d.level);
      }
    }
  });
});

describe("a day's accessible name", () => {
  it('says its date and verdict in the page language', () => {
    expect(dayLabel({ date: '2025-11-04', level: 1 }, 'zh')).toBe('2025年11月4日：偏紧');
    expect(dayLabel({ date: '2025-11-04', level: 1 }, 'en')).toBe('Nov 4, 2025: tight');
    expect(dayLabel({ date: '2019-09-18', level: 0 }, 'en')).toBe('Sep 18, 2019: calm');
    expect(dayLabel({ date: '2018-04-02', level: null }, 'en')).toBe('Apr 2, 2018: no reading');
  });

  it('names the episode the edition reported', () => {
    const episode = episodeMarks(dates, FIXTURE_CUT).find((m) => m.id === 'squeeze2025')!;
    expect(dayLabel({ date: episode.date, level: 2, episode }, 'zh')).toBe(`2025年11月3日：紧张（${episode.title.zh}）`);
    expect(dayLabel({ date: episode.date, level: 2, episode }, 'en')).toBe(`Nov 3, 2025: stressed (${episode.title.en})`);
  });
});
