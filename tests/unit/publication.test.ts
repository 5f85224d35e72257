import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { seriesDef, type SeriesId } from '../../src/catalog/series.ts';
import { isSeriesStale } from '../../src/metrics/freshness.ts';
import {
  asPublishedBy, BusinessCalendar, byDataDate, editionCalendar, knownDate, publicationOf,
} from '../../src/metrics/publication.ts';
import { computeEdition, computeTimeline } from '../../src/metrics/timeline.ts';
import { vintageAt } from '../../src/metrics/vintage.ts';
import { composeEdition } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { readSnapshot } from '../../src/snapshot/store.ts';
import { memorySnapshot } from '../helpers.ts';

// SOFR business days around two holidays: Fri 2025-07-04 and Mon 2025-09-01 (no SOFR print).
const SOFR_DAYS = ['2025-07-02', '2025-07-03', '2025-07-07', '2025-08-29', '2025-09-02', '2025-10-29', '2025-10-30', '2025-10-31', '2025-11-03'];
const cal = new BusinessCalendar(SOFR_DAYS);
const known = (id: SeriesId, date: string) => knownDate(seriesDef(id), date, cal);

describe('publication schedule', () => {
  it('puts SOFR and its siblings in the next business day\'s edition, skipping weekends and holidays', () => {
    expect(known('SOFR', '2025-10-30')).toBe('2025-10-31');
    expect(known('SOFR', '2025-10-31')).toBe('2025-11-03'); // Friday -> Monday
    expect(known('SOFR_P99', '2025-07-03')).toBe('2025-07-07'); // 4 July closed
    expect(known('BGCR', '2025-08-29')).toBe('2025-09-02'); // Labor Day closed
    expect(known('EFFR', '2025-10-31')).toBe('2025-11-03');
  });

  it('dates H.4.1 Wednesday figures to Thursday and the Daily Treasury Statement to the next business day', () => {
    expect(known('WRESBAL', '2025-10-29')).toBe('2025-10-30');
    expect(known('WTREGEN', '2025-10-29')).toBe('2025-10-30');
    expect(known('TGA_CLOSE', '2025-10-31')).toBe('2025-11-03');
  });

  it('keeps same-day publications on their own day and pushes evening ones past the cut-off', () => {
    expect(known('RRPONTSYD', '2025-10-31')).toBe('2025-10-31'); // results about 13:15
    expect(known('SRF_TOTAL', '2025-10-31')).toBe('2025-10-31'); // results about 14:00
    expect(known('DFEDTARU', '2025-10-30')).toBe('2025-10-30'); // announced before it takes effect
    expect(known('BTCUSDT', '2025-10-30')).toBe('2025-10-31'); // close at midnight UTC, after 18:00 New York
    expect(known('BTCUSDT', '2025-11-01')).toBe('2025-11-03'); // a Saturday close reaches Monday's edition
  });

  it('dates editions by the business days on which a new SOFR print appeared', () => {
    const snap = memorySnapshot({ SOFR: SOFR_DAYS.map((d) => [d, 4] as const) });
    expect(editionCalendar(snap)).toEqual(['2025-07-03', '2025-07-07', '2025-08-29', '2025-09-02', '2025-10-29', '2025-10-30', '2025-10-31', '2025-11-03', '2025-11-04']);
  });

  it('keeps the historian\'s view (every value known on its own date) through the vintage an edition resolves', () => {
    const snap = memorySnapshot({ SOFR: SOFR_DAYS.map((d) => [d, 4] as const), WRESBAL: [['2025-10-29', 2800]] });
    // The view is asked first, before the historian's snapshot itself: what it derives is shared.
    const view = vintageAt(byDataDate(snap), '2025-11-04');
    for (const s of [view, byDataDate(snap)]) {
      const pub = publicationOf(s).snapshot;
      expect(pub.series.get('WRESBAL')?.map((o) => o.known)).toEqual(['2025-10-29']);
      expect(pub.series.get('SOFR')?.every((o) => o.known === o.date)).toBe(true);
    }
    expect(publicationOf(snap).snapshot.series.get('WRESBAL')?.map((o) => o.known)).toEqual(['2025-10-30']);
  });
});

describe('staleness by each series\' own schedule', () => {
  const weekly = (dates: string[]) => memorySnapshot({
    SOFR: SOFR_DAYS.map((d) => [d, 4] as const),
    WRESBAL: dates.map((d) => [d, 3_000_000] as const),
  });

  it('never calls a weekly series stale on the Tuesday after its Thursday release', () => {
    const snap = weekly(['2025-10-22', '2025-10-29']);
    expect(isSeriesStale(snap, 'WRESBAL', '2025-11-04')).toBe(false); // Tuesday: latest is 10-29
    expect(isSeriesStale(snap, 'WRESBAL', '2025-11-07')).toBe(false); // 11-05 due Thursday 11-06: grace
    expect(isSeriesStale(snap, 'WRESBAL', '2025-11-11')).toBe(true); // two business days past due
  });

  it('calls a daily series stale once its next print is more than two business days late', () => {
    const snap = memorySnapshot({ SOFR: [['2025-10-29', 4.2]] });
    expect(isSeriesStale(snap, 'SOFR', '2025-10-30')).toBe(false);
    expect(isSeriesStale(snap, 'SOFR', '2025-11-03')).toBe(false); // 10-30 was due 10-31
    expect(isSeriesStale(snap, 'SOFR', '2025-11-05')).toBe(true);
    expect(isSeriesStale(snap, 'SOFR', '2025-10-29')).toBe(true); // nothing public yet
  });

  it('never calls a discontinued series stale after it ends', () => {
    const snap = memorySnapshot({ IOER: [['2021-07-28', 0.15]] });
    expect(isSeriesStale(snap, 'IOER', '2023-01-05')).toBe(false);
  });
});

describe('the archive as it was published (committed snapshot; no values pinned)', () => {
  let snap: Snapshot;
  let dates: string[];
  beforeAll(async () => {
    snap = await readSnapshot(process.env.SNAPSHOT_DIR ?? 'content/data');
    dates = editionCalendar(snap);
  });

  it('gives an edition the same figures and report as a snapshot holding only what was public by its cut-off', () => {
    const template = readFileSync('content/reports/en.md', 'utf8');
    const picks = [...new Set([dates[300], dates[dates.length >> 1], ...dates.filter((d) => /^2019-09-1[78]|^2020-03-1[67]|^2025-1[01]-3[01]|^2025-11-0[3-5]/.test(d)), dates.at(-1)])]
      .filter((d): d is string => d !== undefined);
    expect(picks.length).toBeGreaterThanOrEqual(8);
    const timeline = computeTimeline(snap, picks);
    for (const d of picks) {
      const full = timeline.get(d)!;
      const cut = asPublishedBy(snap, d);
      const asPublished = computeEdition(cut, d);
      expect(asPublished.figures, d).toEqual(full.figures);
      expect(asPublished.signals, d).toEqual(full.signals);
      const html = (s: Snapshot, m: typeof full) => composeEdition({ snap: s, locale: 'en', metrics: m, template, file: 'en.md' }).html;
      expect(html(cut, asPublished), d).toBe(html(snap, full));
    }
  }, 120_000);

  it('uses no observation published after an edition\'s cut-off, in any edition', () => {
    const { calendar } = publicationOf(snap);
    const timeline = computeTimeline(snap, dates);
    let checked = 0;
    for (const [asOf, m] of timeline) {
      for (const [key, f] of Object.entries(m.figures)) {
        if (!f) continue;
        for (const id of f.series) {
          const public_ = knownDate(seriesDef(id), f.date, calendar);
          if (public_ > asOf) throw new Error(`${key} in the edition of ${asOf} uses ${id} of ${f.date}, public only on ${public_}`);
          checked++;
        }
      }
    }
    expect(checked).toBeGreaterThan(dates.length * 20);
  });

  it('never marks a weekly series stale on a Tuesday while it is still published', () => {
    const tuesdays = dates.filter((d) => new Date(`${d}T00:00:00Z`).getUTCDay() === 2);
    expect(tuesdays.length).toBeGreaterThan(300);
    for (const id of ['WRESBAL', 'WALCL', 'WTREGEN'] as const) {
      const last = snap.series.get(id)?.at(-1)?.date ?? '0000-01-01';
      const within = tuesdays.filter((d) => d <= last);
      expect(within.filter((d) => isSeriesStale(snap, id, d)), id).toEqual([]);
    }
  });
});
