// Glue between the stages for one edition: snapshot -> metrics -> report -> HTML parts.
// The Astro pages call this; it holds no computation of its own beyond wiring.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { EMERGENCY_TOPICS, EVENTS, eventById, knownBy, type PolicyEvent } from '../catalog/events.ts';
import { reserveRateOver, seriesDef, type SeriesId } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';
import { episodeLayerJobs, episodePanelsHtml, keepLayer } from '../charts/episodes.ts';
import { chartFigure } from '../charts/figure.ts';
import { ChartDrawer } from '../charts/chartDrawer.ts';
import { drawRates, type RatesDrawing, type RatesJob } from '../charts/ratesDrawing.ts';
import { fillSlots, timeTickWords } from '../charts/slots.ts';
import { THEME } from '../charts/theme.ts';
import { EPISODE_NAMES } from '../i18n/report.ts';
import { metricName } from '../i18n/metrics.ts';
import { LANG_PARAMS, ui } from '../i18n/ui.ts';
import { EPISODE_METRICS, EPISODES, episodePeaksKnownAt, episodesBy, episodeWindows, type EpisodeId, type EpisodePoint } from '../metrics/episodes.ts';
import type { Figure } from '../metrics/figure.ts';
import { editionCalendar } from '../metrics/publication.ts';
import { computeTimeline, metricCatalog, type EditionMetrics } from '../metrics/timeline.ts';
import { rateRangeWindow, type RateRangeRow } from '../metrics/windows.ts';
import type { BlockRegistry } from '../report/blocks.ts';
import { fillReport } from '../report/fill.ts';
import { formatBp, formatDate, formatFigure } from '../report/format.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { vintageAt } from '../metrics/vintage.ts';
import { revisionNote, type RevisionNote } from './revisions.ts';
import { readSnapshot } from '../snapshot/store.ts';
import { localePath, sitePath } from './paths.ts';
import { staleNotice, type StaleNotice } from './staleness.ts';
import { episodesTable, signalsTable } from './tables.ts';

export const SNAPSHOT_DIR = process.env.SNAPSHOT_DIR ?? 'content/data';
export const REPORTS_DIR = process.env.REPORTS_DIR ?? 'content/reports';

let cached: Promise<Snapshot> | undefined;
/** The committed snapshot, read once per build. */
export function loadSnapshot(): Promise<Snapshot> {
  cached ??= readSnapshot(resolve(SNAPSHOT_DIR));
  return cached;
}

const datesOf = new WeakMap<Snapshot, readonly string[]>();
/**
 * Editions are dated by the business days on which a new SOFR print (the report's headline rate)
 * was published, and hold what was public by 18:00 New York time that day.
 * Memoised: every one of the ~4,000 pages asks for the latest date.
 */
export function editionDates(snap: Snapshot): readonly string[] {
  let dates = datesOf.get(snap);
  if (!dates) {
    dates = editionCalendar(snap);
    if (dates.length === 0) throw new Error('edition: the snapshot has no SOFR observations, so no edition can be dated');
    datesOf.set(snap, dates);
  }
  return dates;
}

export const latestEditionDate = (snap: Snapshot): string => editionDates(snap).at(-1) as string;

/**
 * Dates that get an edition page. EDITIONS_FROM=YYYY-MM-DD limits them for a quick local
 * preview of template edits; the published build always has every date.
 */
export function editionPageDates(snap: Snapshot, from = process.env.EDITIONS_FROM): readonly string[] {
  const all = editionDates(snap);
  return from ? all.filter((d) => d >= from) : all;
}

const timelines = new WeakMap<Snapshot, Map<string, EditionMetrics>>();
/** Metrics of every edition date, computed in one pass the first time they are asked for. */
export function timelineOf(snap: Snapshot): Map<string, EditionMetrics> {
  let t = timelines.get(snap);
  if (!t) timelines.set(snap, (t = computeTimeline(snap, editionDates(snap))));
  return t;
}

export interface FigureRow {
  readonly key: string;
  readonly name: string;
  readonly value: string;
  readonly date: string;
  readonly source: string;
  readonly stale: boolean;
  readonly href: string | undefined;
}

export interface Edition {
  readonly locale: Locale;
  readonly asOf: string;
  readonly html: string;
  readonly figures: readonly FigureRow[];
  /** The series behind or not refreshed, and what that does to the reading (`staleness.ts`). */
  readonly stale: StaleNotice;
  /** Overall regime 0/1/2, or null without data. */
  readonly regime: number | null;
  /** Inputs a source revised after this edition was published (`revisions.ts`); absent when none. */
  readonly revised?: RevisionNote;
}

const CHART_ROWS = 180;
const EPISODE_SPAN_DAYS = 30;

function sourceOf(series: readonly SeriesId[], locale: Locale): string {
  const names = [...new Set(series.map((id) => seriesDef(id).publisher[locale]))];
  return names.join(locale === 'zh' ? '、' : '; ');
}

/** A figure links to the indicator page of its first series: history, source and freshness. */
const indicatorLink = (f: Figure, locale: Locale) =>
  f.series[0] ? localePath(locale, `/indicators/${f.series[0]}/`) : undefined;

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Episode events share their topic with the episode's id; the rate chart marks policy events only. */
const EPISODE_TOPICS: ReadonlySet<string> = new Set(EPISODES.map((e) => e.id));

/** What an edition's charts show; computed once per date for both languages. */
interface ChartInputs {
  readonly rows: readonly RateRangeRow[];
  /** Policy events marked on the rates chart, in the order of their slots (e0, e1, …). */
  readonly marks: readonly PolicyEvent[];
  readonly points: readonly EpisodePoint[];
  /** This edition first, then the past episodes from the most recent, as in the table. */
  readonly panels: readonly { readonly id: EpisodeId; readonly day0: string }[];
  /** The rates chart, drawn the first time either language asks for it. */
  drawing?: RatesDrawing;
}
const inputs = new WeakMap<Snapshot, Map<string, ChartInputs>>();
/** Dates whose charts are sent to the chart thread ahead of their pages (drawAhead). */
const LOOKAHEAD = 6;
// Both languages of a date are built one after the other, give or take the pages Astro has in
// flight; the dates drawn ahead keep their inputs until their pages come.
const INPUTS_KEPT = LOOKAHEAD + 4;
function inputsOf(snap: Snapshot, asOf: string): ChartInputs {
  let kept = inputs.get(snap);
  if (!kept) inputs.set(snap, (kept = new Map()));
  const found = kept.get(asOf);
  if (found) return found;
  const view = vintageAt(snap, asOf); // the values known at this edition's cut-off
  const rows = rateRangeWindow(view, asOf, CHART_ROWS);
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) throw new Error(`chart "rates": no SOFR observations on or before ${asOf}`);
  const made: ChartInputs = {
    rows,
    // Policy events public by this edition that fall inside the window (episodes are not marked).
    marks: EVENTS.filter((e) => !EPISODE_TOPICS.has(e.topic) && !EMERGENCY_TOPICS.has(e.topic) && knownBy(e, asOf) && e.date >= iso(first.date) && e.date <= iso(last.date)),
    points: episodeWindows(view, asOf, EPISODE_SPAN_DAYS),
    panels: [{ id: 'now', day0: asOf }, ...episodesBy(asOf).map((e) => ({ id: e.id, day0: e.date })).reverse()],
  };
  kept.set(asOf, made);
  if (kept.size > INPUTS_KEPT) kept.delete(kept.keys().next().value as string);
  return made;
}
const ratesJob = ({ rows, marks }: ChartInputs): RatesJob => ({ rows, events: marks.map((e) => new Date(`${e.date}T00:00:00Z`)) });

/**
 * The rates chart of an edition, drawn once for both languages: the pages of one date in the two
 * languages are built one after the other ([...lang]/reports/[date].astro), while its inputs are kept.
 */
function ratesDrawing(snap: Snapshot, asOf: string): RatesDrawing {
  const got = inputsOf(snap, asOf);
  return (got.drawing ??= drawRates(ratesJob(got)));
}

let drawer: ChartDrawer | undefined;
const ahead = new WeakMap<Snapshot, Map<string, Promise<void>>>();
const dateIndex = new WeakMap<Snapshot, Map<string, number>>();

/** Sends a date's charts to the chart thread: its rates chart, and its episode layers in each language. */
function drawOnThread(snap: Snapshot, asOf: string, thread: ChartDrawer): Promise<void> {
  const got = inputsOf(snap, asOf);
  const what = `the charts of the edition of ${asOf}`;
  const rates = thread.rates(ratesJob(got), what).then((drawing) => { got.drawing ??= drawing; });
  const jobs = LANG_PARAMS.map((p) => p.locale).flatMap((l) => episodeLayerJobs(got.points, got.panels, EPISODE_SPAN_DAYS, ui(l).chartEpisodesY, l));
  const layers = jobs.map((job) => thread.layer(job, what).then((svg) => keepLayer(job, svg)));
  return Promise.all([rates, ...layers]).then(() => undefined);
}

/**
 * Has the charts of `asOf` drawn on the chart thread (charts/chartDrawer.ts), with the next
 * LOOKAHEAD dates' charts queued behind them: Astro renders edition pages in date order, so the
 * thread draws while the main thread renders the pages before. CHART_THREAD=0 draws in-process.
 */
async function drawAhead(snap: Snapshot, asOf: string): Promise<void> {
  if (process.env.CHART_THREAD === '0') return;
  let queued = ahead.get(snap);
  if (!queued) ahead.set(snap, (queued = new Map()));
  // A date's pages all wait for all of its charts (the rates chart may come before the layers);
  // settled entries are kept (a few bytes each), so a page that comes late finds them done.
  const pending = queued.get(asOf);
  if (pending) return pending;
  let index = dateIndex.get(snap);
  if (!index) dateIndex.set(snap, (index = new Map(editionDates(snap).map((d, i) => [d, i]))));
  const at = index.get(asOf) ?? -1;
  const dates = at < 0 ? [asOf] : editionDates(snap).slice(at, at + 1 + LOOKAHEAD);
  const thread = (drawer ??= new ChartDrawer());
  for (const d of dates) if (!queued.has(d)) queued.set(d, drawOnThread(snap, d, thread));
  await queued.get(asOf);
}

function blocks(snap: Snapshot, m: EditionMetrics, locale: Locale): BlockRegistry {
  const t = ui(locale);
  const asOf = m.asOf;
  return {
    chart: {
      rates: () => {
        const { rows, marks } = inputsOf(snap, asOf);
        const { svg, ticks } = ratesDrawing(snap, asOf);
        const first = rows[0] as RateRangeRow;
        const last = rows.at(-1) as RateRangeRow;
        // A window names the rate the Fed paid over it: IOER before Jul 29, 2021 (catalog).
        const rate = reserveRateOver(iso(first.date), iso(last.date));
        const description = t.chartRatesDesc(
          rows.length, formatDate(iso(first.date), locale), formatDate(iso(last.date), locale), `${last.sofr.toFixed(2)}%`, rate,
        );
        const title = t.chartRatesTitle(rate);
        const iorbLabel = t.chartRatesIorb(rate);
        const words = new Map([
          ...timeTickWords(ticks, locale), ['title', title], ['y', t.chartRatesY], ['sofr', t.chartRatesSofr],
          ...marks.map((e, i) => [`e${i}`, e.title[locale]] as const),
        ]);
        return chartFigure({
          id: 'rates', title, description,
          source: `${t.sourcePrefix}${sourceOf(['SOFR', 'DFEDTARU', 'IORB'], locale)} (FRED)`,
          legend: [
            { label: t.chartRatesSofr, color: THEME.colors.primary, style: 'line' },
            { label: t.chartRatesRange, color: THEME.colors.band, style: 'band' },
            { label: iorbLabel, color: THEME.colors.secondary, style: 'dash' },
          ],
        }, fillSlots(svg, words));
      },
      episodes: () => {
        const { points, panels } = inputsOf(snap, asOf);
        if (points.length === 0) throw new Error(`chart "episodes": no SOFR spread data on or before ${asOf}`);
        const names = EPISODE_NAMES[locale];
        const { html, scale, cut } = episodePanelsHtml(points, panels, EPISODE_SPAN_DAYS, {
          names, unit: t.chartEpisodesY, day0: t.chartEpisodesDay0, peak: t.chartEpisodesPeak, panel: t.chartEpisodesPanel, noData: t.chartEpisodesNoData, axes: t.chartEpisodesAxes,
        }, locale);
        const description = t.chartEpisodesDesc(
          panels.map((p) => names[p.id] ?? p.id), EPISODE_SPAN_DAYS,
          scale.cap === null ? null : formatBp(scale.cap, locale), cut.map((id) => names[id] ?? id),
        );
        return chartFigure({
          id: 'episodes', title: t.chartEpisodesTitle, description,
          source: `${t.sourcePrefix}${sourceOf(['SOFR', 'DFEDTARU'], locale)} (FRED)`,
          // This edition's line is only named when there is one to draw.
          legend: [
            ...(points.some((p) => p.episode === 'now') ? [{ label: t.chartEpisodesNowOver, color: THEME.colors.primary, style: 'line' as const }] : []),
            { label: t.chartEpisodesPast, color: THEME.colors.secondary, style: 'line' },
          ],
        }, html);
      },
    },
    table: {
      signals: () => signalsTable(m, locale),
      episodes: () => {
        const peaks = episodePeaksKnownAt(snap, asOf);
        const columns = episodesBy(asOf)
          .map((e) => ({ id: e.id as EpisodeId, metrics: peaks.get(e.date) }))
          .filter((c): c is { id: EpisodeId; metrics: EditionMetrics } => c.metrics !== undefined);
        // No row names a facility before it existed: the SRF (2021) or the 2019 repo operations.
        const since = (id: string) => { const e = eventById(id); return e !== undefined && knownBy(e, asOf); };
        const rows = EPISODE_METRICS.filter((k) => (!k.startsWith('srf.') || since('srf')) && (!k.startsWith('omo.') || since('repoOps2019')));
        // This edition first, then the past episodes from the most recent, as in the chart.
        return episodesTable([{ id: 'now', metrics: m }, ...columns.reverse()], rows, locale);
      },
    },
  };
}

export interface EditionInput {
  readonly snap: Snapshot;
  readonly locale: Locale;
  readonly metrics: EditionMetrics;
  /** Template text and its path (for error messages). */
  readonly template: string;
  readonly file: string;
}

/** One edition from a snapshot, its metrics and a template; no file or network I/O. */
export function composeEdition({ snap, locale, metrics, template, file }: EditionInput): Edition {
  const { asOf, figures } = metrics;
  const { html, used } = fillReport(template, {
    file, locale, asOf, figures,
    kinds: metricCatalog(snap),
    sourceOf: (f) => sourceOf(f.series, locale),
    linkOf: (f) => indicatorLink(f, locale),
    blocks: blocks(snap, metrics, locale),
    guardEvents: true,
    sitePath,
  });
  const rows: FigureRow[] = used.map((key) => {
    const f = figures[key] as Figure; // fillReport only reports figures it rendered
    return {
      key, name: metricName(key, locale), value: formatFigure(f, locale), date: formatDate(f.date, locale),
      source: sourceOf(f.series, locale), stale: f.stale, href: indicatorLink(f, locale),
    };
  });
  // A failed refresh concerns today's data, so only the latest edition reports it.
  const stale = staleNotice(snap, metrics, used, asOf === latestEditionDate(snap));
  const regime = figures['signal.overall']?.value ?? null;
  const revised = revisionNote(snap, metrics, editionDates(snap));
  return { locale, asOf, html, figures: rows, stale, regime, ...(revised ? { revised } : {}) };
}

const templates = new Map<string, Promise<string>>();
function templateOf(file: string): Promise<string> {
  let t = templates.get(file);
  if (!t) templates.set(file, (t = readFile(resolve(file), 'utf8')));
  return t;
}

/**
 * One edition of a given snapshot, from its cached timeline. The site passes the committed
 * snapshot (buildEdition); tests pass the frozen fixture.
 */
export function editionOf(snap: Snapshot, locale: Locale, asOf: string, template: string, file: string): Edition {
  const metrics = timelineOf(snap).get(asOf);
  if (!metrics) throw new Error(`edition: ${asOf} is not an edition date (no SOFR print that day)`);
  return composeEdition({ snap, locale, metrics, template, file });
}

/** Builds one edition (one locale, one as-of date; default the latest) from the committed snapshot. */
export async function buildEdition(locale: Locale, asOfDate?: string): Promise<Edition> {
  const snap = await loadSnapshot();
  const file = `${REPORTS_DIR}/${locale}.md`;
  const asOf = asOfDate ?? latestEditionDate(snap);
  await drawAhead(snap, asOf);
  return editionOf(snap, locale, asOf, await templateOf(file), file);
}
