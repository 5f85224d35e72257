import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { asPublishedBy, editionCalendar } from '../../src/metrics/publication.ts';
import { computeEdition, computeTimeline, computeView } from '../../src/metrics/timeline.ts';
import { vintageAt } from '../../src/metrics/vintage.ts';
import { composeEdition } from '../../src/site/edition.ts';
import { revisionNoteHtml } from '../../src/site/revisions.ts';
import { Snapshot } from '../../src/snapshot/snapshot.ts';
import { readSnapshot, writeSnapshot } from '../../src/snapshot/store.ts';
import { knownFromInstant, mergeObservations, supersededBy } from '../../src/update/merge.ts';
import { cutSnapshot } from '../../scripts/cut-fixture.ts';
import { fixtureSnapshot } from '../helpers.ts';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { isSeriesId, seriesDef } from '../../src/catalog/series.ts';
import { revisionsFromCsv } from '../../src/snapshot/vintages.ts';

// SYNTHETIC REVISION OF A REAL VALUE: SOFR of 2025-10-20 in the fixture (cut from the recorded
// FRED file) is 3.91... as first published; these tests pretend the source revised it by +5 bp
// and that the update recorded the revision on 2025-11-10 (known from that edition on). The
// revised value and its date are invented for the test; every other value is real.
const REVISED = { series: 'SOFR', date: '2025-10-20', by: 0.05, until: '2025-11-10' };

let first: Snapshot; // the fixture: every value as first published
let store: Snapshot; // the same data after the revision: SOFR file holds the new value, the old one in the vintage store
let hindsight: Snapshot; // the new value, as if it had always been known (no vintage store)
let dates: string[];
let template: { en: string; zh: string };

const withSofr = (s: Snapshot, value: number): Snapshot => new Snapshot({
  manifest: s.manifest,
  series: new Map([...s.series].map(([id, obs]) => [id, id === REVISED.series ? obs.map((o) => (o.date === REVISED.date ? { date: o.date, value } : o)) : obs])),
});

beforeAll(async () => {
  first = await fixtureSnapshot();
  const old = first.series.get(REVISED.series)!.find((o) => o.date === REVISED.date)!.value;
  const now = Math.round((old + REVISED.by) * 100) / 100;
  hindsight = withSofr(first, now);
  // The update's own path: the merge finds the revision in a re-read window, the vintage store
  // keeps the replaced value, and the snapshot goes through the journaled write and a checked read.
  const existing = first.series.get(REVISED.series)!;
  const window = { start: '2025-10-14', end: '2025-10-31' };
  const fetched = existing.filter((o) => o.date >= window.start && o.date <= window.end)
    .map((o) => (o.date === REVISED.date ? { date: o.date, value: now } : o));
  const merged = mergeObservations(REVISED.series, existing, fetched, `${REVISED.until}T15:00:00.000Z`, window); // 10:00 New York
  expect(merged.revisions).toHaveLength(1);
  const dir = await mkdtemp(join(tmpdir(), 'vintages-store-'));
  await writeSnapshot(dir, {
    manifest: first.manifest, series: new Map([...first.series, [REVISED.series, merged.obs]]), superseded: supersededBy(merged.revisions),
  });
  store = await readSnapshot(dir, { log: () => {} });
  expect(store.superseded).toEqual([{ series: REVISED.series, date: REVISED.date, value: old, until: REVISED.until }]);
  dates = editionCalendar(first);
  template = { en: readFileSync('content/reports/en.md', 'utf8'), zh: readFileSync('content/reports/zh.md', 'utf8') };
});

const html = (s: Snapshot, d: string, locale: 'en' | 'zh' = 'en') => {
  const metrics = computeTimeline(s, [d]).get(d)!;
  return composeEdition({ snap: s, locale, metrics, template: template[locale], file: `${locale}.md` });
};

describe('vintage store: editions as published', () => {
  it('leaves every edition published before a revision as it was, except for the revision note', () => {
    const before = dates.filter((d) => d >= '2025-10-14' && d < REVISED.until);
    expect(before.length).toBeGreaterThan(10);
    const a = computeTimeline(first, before);
    const b = computeTimeline(store, before);
    for (const d of before) {
      expect(b.get(d)!.figures, d).toEqual(a.get(d)!.figures);
      expect(b.get(d)!.signals, d).toEqual(a.get(d)!.signals);
    }
    // Byte-identical report, charts and tables on a date that used the revised value.
    for (const d of ['2025-10-21', '2025-11-07']) {
      for (const locale of ['en', 'zh'] as const) {
        const was = html(first, d, locale);
        const is = html(store, d, locale);
        expect(is.html, d).toBe(was.html);
        expect(is.figures, d).toEqual(was.figures);
        expect(was.revised).toBeUndefined();
        expect(is.revised?.revisions, d).toEqual([{ series: 'SOFR', date: REVISED.date, used: expect.any(Number), now: expect.any(Number), knownFrom: REVISED.until }]);
      }
    }
    // An edition before the revised observation was public gets no note.
    expect(html(store, '2025-10-20').revised).toBeUndefined();
  }, 120_000);

  it('computes editions from the revision on with the new value, and without a note', () => {
    const after = dates.filter((d) => d >= REVISED.until);
    expect(after.length).toBeGreaterThan(3);
    const a = computeTimeline(hindsight, after);
    const b = computeTimeline(store, after);
    for (const d of after) expect(b.get(d)!.figures, d).toEqual(a.get(d)!.figures);
    expect(html(store, after[0]!).revised).toBeUndefined();
    // The figure that shows the revised day differs between the vintages: the test would see a leak.
    const sofrOn = (s: Snapshot, d: string) => computeTimeline(s, [d]).get(d)!.figures['sofr.latest'];
    expect(sofrOn(store, '2025-10-21')?.value).not.toBe(sofrOn(hindsight, '2025-10-21')?.value);
  }, 120_000);

  it('gives an edition from the full store the same figures as a snapshot holding only what was known at its cut-off', () => {
    const picks = ['2025-10-21', '2025-10-31', '2025-11-07', '2025-11-10', dates.at(-1)!];
    const timeline = computeTimeline(store, picks);
    for (const d of picks) {
      // Built without the vintage code: the values as known then (first published before the
      // revision, revised from it on), truncated to what was public by d.
      const known = asPublishedBy(d < REVISED.until ? first : hindsight, d);
      expect(timeline.get(d)!.figures, d).toEqual(computeEdition(known, d).figures);
      expect(computeEdition(store, d).figures, d).toEqual(timeline.get(d)!.figures);
    }
  }, 120_000);

  it('refuses to compute an edition from a view of a later vintage', () => {
    const later = vintageAt(store, REVISED.until);
    expect(() => computeView(later, ['2025-10-21'])).toThrow(/outside the vintage/);
  });

  it('writes the note in both languages: which figure, from what to what, and the verdict', async () => {
    const ed = html(store, '2025-10-21');
    const note = ed.revised!;
    const r = note.revisions[0]!;
    expect(r.used).toBe(first.series.get('SOFR')!.find((o) => o.date === REVISED.date)!.value);
    expect(r.now).toBe(hindsight.series.get('SOFR')!.find((o) => o.date === REVISED.date)!.value);
    const en = revisionNoteHtml(note, 'en');
    const zh = revisionNoteHtml(note, 'zh');
    expect(en).toContain(`this edition used ${r.used}; the source later revised it to ${r.now}`);
    expect(en).toContain('Nov 10, 2025');
    expect(en).toMatch(/overall verdict would have been (the same|")/);
    expect(zh).toContain(`本期使用 ${r.used}，来源其后修订为 ${r.now}`);
    expect(zh).toMatch(/当日总体判断(不变|会是)/);
    // Valid HTML as the edition page places it (EditionPage.astro), under the site's html-validate rules.
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    for (const [lang, body] of [['en', en], ['zh', zh]] as const) {
      const page = `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>t</title></head>` +
        `<body><main><aside class="revision-note" role="note">${body}</aside></main></body></html>`;
      const report = await validator.validateString(page, `note-${lang}.html`);
      expect(report.results.flatMap((r) => r.messages.map((m) => `${m.ruleId}: ${m.message}`)), lang).toEqual([]);
    }
  }, 120_000);
});

describe('vintage store on disk', () => {
  it('round-trips revisions.csv, covered by the manifest checksum, and stops on a hand edit with file and line', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'vintages-'));
    await writeSnapshot(dir, store);
    const text = await readFile(join(dir, 'revisions.csv'), 'utf8');
    expect(text).toBe(`series,date,value,known_until\nSOFR,${REVISED.date},${store.superseded![0]!.value},${REVISED.until}\n`);
    const back = await readSnapshot(dir, { log: () => {} });
    expect(back.superseded).toEqual(store.superseded);
    expect(back.manifest.vintages).toMatchObject({ file: 'revisions.csv', rows: 1 });
    await writeFile(join(dir, 'revisions.csv'), text.replace(REVISED.date, '2025-10-19'));
    await expect(readSnapshot(dir, { log: () => {} })).rejects.toThrow(/sha256/);
    // Content checks name the line, whatever the checksum says.
    const defOf = (id: string) => (isSeriesId(id) ? seriesDef(id) : undefined);
    const check = (body: string) => () => revisionsFromCsv(`series,date,value,known_until\n${body}`, 'revisions.csv', store.series, defOf);
    expect(check('SOFR,2025-10-19,3.9,2025-11-10\n')).toThrow(/^SOFR: no observation dated 2025-10-19 .*\(revisions\.csv:2\)$/);
    expect(check('SOFR,2025-10-20,3.9,2025-11-10\nSOFR,2025-10-17,3.9,2025-11-10\n')).toThrow(/out of order.*\(revisions\.csv:3\)$/);
    expect(check('SOFR,2025-10-20,99,2025-11-10\n')).toThrow(/outside the plausible range/);
    expect(check('XYZ,2025-10-20,3.9,2025-11-10\n')).toThrow(/not a series of this snapshot/);
    expect(check('SOFR,2025-10-20,3.9,2025-11-10\n')()).toHaveLength(1);
  });

  it('dates a revision by the first edition whose 18:00 New York cut-off follows it', () => {
    expect(knownFromInstant('2025-11-06T12:00:00.000Z')).toBe('2025-11-06'); // 07:00 ET
    expect(knownFromInstant('2025-11-06T23:30:00.000Z')).toBe('2025-11-07'); // 18:30 ET
    expect(supersededBy([{ series: 'SOFR', date: '2025-10-20', old: 4.2, new: 4.25, recorded: '2025-11-06T12:00:00.000Z' }]))
      .toEqual([{ series: 'SOFR', date: '2025-10-20', value: 4.2, until: '2025-11-06' }]);
  });
});

describe('revision history on the indicator page and in the downloads', () => {
  it('lists the revision (date, old → new, known from) on the indicator page in both languages', async () => {
    const { indicatorPageOf } = await import('../helpers.ts');
    const old = store.superseded![0]!.value;
    const now = hindsight.series.get('SOFR')!.find((o) => o.date === REVISED.date)!.value;
    expect(indicatorPageOf(store, 'SOFR', 'en').revisions).toEqual([{ date: 'Oct 20, 2025', change: `${old} → ${now}`, knownFrom: 'Nov 10, 2025' }]);
    expect(indicatorPageOf(store, 'SOFR', 'zh').revisions).toEqual([{ date: '2025年10月20日', change: `${old} → ${now}`, knownFrom: '2025年11月10日' }]);
    expect(indicatorPageOf(first, 'SOFR', 'en').revisions).toEqual([]);
  }, 120_000);

  it('gives the series JSON ALFRED-style real-time periods and figures.json the revised values beside the published ones', async () => {
    const { seriesDocument, figuresDocument } = await import('../../src/site/downloads.ts');
    const old = store.superseded![0]!.value;
    const now = hindsight.series.get('SOFR')!.find((o) => o.date === REVISED.date)!.value;
    const doc = seriesDocument(store, 'SOFR', dates.at(-1)!);
    expect(doc.vintages).toEqual([
      { date: REVISED.date, value: old, realtime_end: REVISED.until },
      { date: REVISED.date, value: now, realtime_start: REVISED.until },
    ]);
    expect(seriesDocument(first, 'SOFR', dates.at(-1)!)).not.toHaveProperty('vintages');
    const m = computeTimeline(store, ['2025-10-21']).get('2025-10-21')!;
    const figs = figuresDocument(store, m, ['sofr.latest', 'iorb.latest'], false);
    expect(figs.figures.find((f) => f.key === 'sofr.latest')).toMatchObject({ value: old, revised: { value: now, knownFrom: REVISED.until } });
    expect(figs.figures.find((f) => f.key === 'iorb.latest')).not.toHaveProperty('revised');
    expect(figs.revisions).toHaveLength(1);
    const plain = figuresDocument(first, computeTimeline(first, ['2025-10-21']).get('2025-10-21')!, ['sofr.latest'], false);
    expect(plain).not.toHaveProperty('revisions');
  }, 120_000);
});

describe('cutting a fixture from a revised snapshot', () => {
  it('keeps each value as known on the cut date and only the revisions known by then', () => {
    const old = store.superseded![0]!.value;
    const before = cutSnapshot(store, '2025-11-07').snapshot;
    expect(before.series.get('SOFR')!.find((o) => o.date === REVISED.date)!.value).toBe(old);
    expect(before.superseded).toEqual([]);
    expect(before.manifest).not.toHaveProperty('vintages');
    const after = cutSnapshot(store, '2025-11-12').snapshot;
    expect(after.series.get('SOFR')!.find((o) => o.date === REVISED.date)!.value).toBe(hindsight.series.get('SOFR')!.find((o) => o.date === REVISED.date)!.value);
    expect(after.superseded).toEqual(store.superseded);
  });
});
