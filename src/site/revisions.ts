import { isSeriesId, seriesDef } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';
import { published } from '../metrics/publication.ts';
import { computeView, type EditionMetrics } from '../metrics/timeline.ts';
import { revisionsAfter, withHindsight, type LaterRevision } from '../metrics/vintage.ts';
import { formatDate, regimeName } from '../report/format.ts';
import { escapeHtml } from '../report/escape.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

// The revision note of an edition: the inputs a source revised after the edition was published,
// from what to what, and whether the day's verdict would have differed with today's values. An
// edition stays as it was published; the note is the only thing a later revision adds to it.

export interface RevisionNote {
  readonly revisions: readonly LaterRevision[];
  /** The overall verdict as published, and as today's values would give it (null without data). */
  readonly verdict: { readonly used: number | null; readonly now: number | null };
}

function knownOf(snap: Snapshot, series: string, date: string): string | undefined {
  const known = snap.derived(`knownDates ${series}`, () => new Map((published(snap).series.get(series) ?? []).map((o) => [o.date, o.known ?? o.date])));
  return known.get(date);
}

/**
 * The note for the edition of `metrics.asOf`, or undefined when nothing it used was revised since.
 * `dates` are the snapshot's edition dates: the hindsight verdicts are computed for all of them in
 * one pass, the first time a note is needed (only a snapshot with revisions ever needs one).
 */
export function revisionNote(snap: Snapshot, metrics: EditionMetrics, dates: readonly string[]): RevisionNote | undefined {
  if (!snap.superseded?.length) return undefined;
  const revisions = revisionsAfter(snap, metrics.asOf, (s, d) => knownOf(snap, s, d));
  if (revisions.length === 0) return undefined;
  const now = withRevisions(snap, metrics.asOf, dates)?.figures['signal.overall']?.value ?? null;
  return { revisions, verdict: { used: metrics.figures['signal.overall']?.value ?? null, now } };
}

/** The edition of `asOf` recomputed with the values known now (hindsight), for the note and figures.json. */
export function withRevisions(snap: Snapshot, asOf: string, dates: readonly string[]): EditionMetrics | undefined {
  const later = snap.derived('hindsightTimeline', () => {
    // Only editions that get a note need the hindsight figures; the pass skips the other dates.
    const noted = dates.filter((d) => revisionsAfter(snap, d, (s, o) => knownOf(snap, s, o)).length > 0);
    return computeView(withHindsight(snap), noted);
  });
  return later.get(asOf);
}

const fmt = (v: number, locale: Locale) => new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 }).format(v);

/** The note as HTML in the page's language (zh primary, en). */
export function revisionNoteHtml(note: RevisionNote, locale: Locale): string {
  const zh = locale === 'zh';
  const items = note.revisions.map((r) => {
    const title = isSeriesId(r.series) ? seriesDef(r.series).title[locale] : r.series;
    const day = formatDate(r.date, locale);
    const from = formatDate(r.knownFrom, locale);
    return `<li>${escapeHtml(zh
      ? `${title}（${day}）：本期使用 ${fmt(r.used, locale)}，来源其后修订为 ${fmt(r.now, locale)}（${from}起可知）。`
      : `${title} (${day}): this edition used ${fmt(r.used, locale)}; the source later revised it to ${fmt(r.now, locale)} (known from ${from}).`)}</li>`;
  }).join('');
  const { used, now } = note.verdict;
  const same = used === now;
  const verdict = used === null || now === null ? ''
    : same
      ? (zh ? `按修订后的数据，当日总体判断不变（${regimeName(used, locale)}）。` : `With the revised values the day's overall verdict would have been the same (${regimeName(used, locale)}).`)
      : (zh ? `按修订后的数据，当日总体判断会是“${regimeName(now, locale)}”，而不是“${regimeName(used, locale)}”。`
        : `With the revised values the day's overall verdict would have been "${regimeName(now, locale)}" instead of "${regimeName(used, locale)}".`);
  const lead = zh ? '本期发布后，来源修订了它用到的数据；本期内容保持发布时的原样。' : 'A source revised data this edition used after it was published; the edition is kept as published.';
  return `<p>${escapeHtml(lead)}</p><ul>${items}</ul>${verdict ? `<p>${escapeHtml(verdict)}</p>` : ''}`;
}
