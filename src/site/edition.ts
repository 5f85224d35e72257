// Composition of one edition: given a snapshot, its date's metrics, a template and the date's
// charts, the HTML parts. Pure and stateless: what one build keeps (dates, timeline, templates,
// chart drawings, the chart thread) belongs to its Build (site/build.ts), which the pages ask.
import type { Memo } from '../core/memo.ts';
import { eventById, knownBy } from '../catalog/events.ts';
import { reserveRateOver, seriesDef, type SeriesId } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';
import { episodePanelsHtml } from '../charts/episodes.ts';
import { chartFigure } from '../charts/figure.ts';
import { bandEnd } from '../charts/rateRange.ts';
import { fillSlots, timeTickWords } from '../charts/slots.ts';
import { THEME } from '../charts/theme.ts';
import { EPISODE_NAMES } from '../i18n/report.ts';
import { metricName } from '../i18n/metrics.ts';
import { ui } from '../i18n/ui.ts';
import { EPISODE_METRICS, episodePeaksKnownAt, episodesBy, type EpisodeId } from '../metrics/episodes.ts';
import type { Figure } from '../metrics/figure.ts';
import { editionCalendar } from '../metrics/publication.ts';
import { EVENT_METRICS, UNSIGNED_METRICS, type MetricKey } from '../metrics/registry.ts';
import { computeTimeline, metricCatalog, type EditionMetrics } from '../metrics/timeline.ts';
import type { RateRangeRow } from '../metrics/windows.ts';
import type { BlockRegistry } from '../report/blocks.ts';
import { fillReport } from '../report/fill.ts';
import { formatBp, formatDate, formatFigure } from '../report/format.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { EPISODE_SPAN_DAYS, freshCharts, type DateCharts } from './edition-charts.ts';
import { pillarChartBlocks } from './pillar-figures.ts';
import { revisionNote, type RevisionNote } from './revisions.ts';
import { localePath, sitePath } from './paths.ts';
import { staleNotice, type StaleNotice } from './staleness.ts';
import { episodesTable, signalsTable } from './tables.ts';

/**
 * Editions are dated by the business days on which a new SOFR print (the report's headline rate)
 * was published, and hold what was public by 18:00 New York time that day. Not memoised: the
 * build asks its Build (site/build.ts), which computes them once.
 */
export function editionDates(snap: Snapshot): readonly string[] {
  const dates = editionCalendar(snap);
  if (dates.length === 0) throw new Error('edition: the snapshot has no SOFR observations, so no edition can be dated');
  return dates;
}

export const latestEditionDate = (snap: Snapshot): string => editionDates(snap).at(-1) as string;

/**
 * Dates that get an edition page. EDITIONS_FROM=YYYY-MM-DD limits them for a quick local
 * preview of template edits; the published build always has every date.
 */
export const editionPageDates = (dates: readonly string[], from: string | undefined): readonly string[] =>
  from ? dates.filter((d) => d >= from) : dates;

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


/** The publishers of `series`, each once, as a figure's source line names them. */
export function sourceOf(series: readonly SeriesId[], locale: Locale): string {
  const names = [...new Set(series.map((id) => seriesDef(id).publisher[locale]))];
  return names.join(locale === 'zh' ? '、' : '; ');
}

/** Who publishes the figure named `key`: its series' publishers, or for a count of days since a Fed action, the Fed's announcements. */
export function figureSource(key: string, f: Figure, locale: Locale): string {
  return EVENT_METRICS.has(key as MetricKey) ? ui(locale).eventSource : sourceOf(f.series, locale);
}

/** A figure links to the indicator page of its first series: history, source and freshness. */
const indicatorLink = (f: Figure, locale: Locale) =>
  f.series[0] ? localePath(locale, `/indicators/${f.series[0]}/`) : undefined;

const iso = (d: Date) => d.toISOString().slice(0, 10);

function blocks(snap: Snapshot, m: EditionMetrics, locale: Locale, charts: DateCharts): BlockRegistry {
  const t = ui(locale);
  const asOf = m.asOf;
  return {
    chart: {
      ...pillarChartBlocks(charts, locale),
      rates: () => {
        const { rows, marks } = charts.inputs;
        const { svg, ticks } = charts.rates();
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
        ]);
        const stop = bandEnd(rows);
        if (stop) words.set('bandEnd', t.chartRatesBandEnd(formatDate(iso(stop.date), locale)));
        return chartFigure({
          id: 'rates', title, description,
          source: `${t.sourcePrefix}${sourceOf(['SOFR', 'DFEDTARU', 'IORB'], locale)}${t.viaFred}`,
          legend: [
            { label: t.chartRatesSofr, color: THEME.colors.primary, style: 'line' },
            { label: t.chartRatesRange, color: THEME.colors.band, style: 'band' },
            { label: iorbLabel, color: THEME.colors.secondary, style: 'dash' },
          ],
          key: marks.map((e) => `${formatDate(e.date, locale)} ${e.title[locale]}`),
        }, fillSlots(svg, words));
      },
      episodes: () => {
        const { points, panels } = charts.inputs;
        if (points.length === 0) throw new Error(`chart "episodes": no SOFR spread data on or before ${asOf}`);
        const names = EPISODE_NAMES[locale];
        // Before the first episode has passed, the chart holds this edition alone and says so.
        const alone = panels.every((p) => p.id === 'now');
        const { html, scale, cut } = episodePanelsHtml(points, panels, EPISODE_SPAN_DAYS, {
          names, unit: t.chartEpisodesY, day0: t.chartEpisodesDay0, peak: t.chartEpisodesPeak, panel: t.chartEpisodesPanel, noData: t.chartEpisodesNoData,
          axes: alone ? t.chartEpisodesAxesAlone : t.chartEpisodesAxes,
        }, locale, charts.episodes);
        const description = alone ? t.chartEpisodesDescAlone(EPISODE_SPAN_DAYS) : t.chartEpisodesDesc(
          panels.map((p) => names[p.id] ?? p.id), EPISODE_SPAN_DAYS,
          scale.cap === null ? null : formatBp(scale.cap, locale), cut.map((id) => names[id] ?? id),
        );
        return chartFigure({
          id: 'episodes', title: alone ? t.chartEpisodesTitleAlone : t.chartEpisodesTitle, description,
          source: `${t.sourcePrefix}${sourceOf(['SOFR', 'DFEDTARU'], locale)}${t.viaFred}`,
          // This edition's line is only named when there is one to draw.
          legend: [
            ...(points.some((p) => p.episode === 'now') && !alone ? [{ label: t.chartEpisodesNowOver, color: THEME.colors.primary, style: 'line' as const }] : []),
            ...(alone ? [] : [{ label: t.chartEpisodesPast, color: THEME.colors.secondary, style: 'line' as const }]),
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
  /** The date's charts as the build keeps them (site/build.ts); drawn on the spot when absent. */
  readonly charts?: DateCharts;
  /** Whether this is the latest edition (a failed refresh is reported there only); derived when absent. */
  readonly latest?: boolean;
  /** The snapshot's edition dates, as the build keeps them; derived when absent and needed (a revised snapshot). */
  readonly dates?: readonly string[];
  /** The build's memo, where the checked template is kept between editions; checked each time when absent. */
  readonly memo?: Memo;
}

/** One edition from a snapshot, its metrics and a template; no file or network I/O. */
export function composeEdition({ snap, locale, metrics, template, file, charts, latest, dates, memo }: EditionInput): Edition {
  const { asOf, figures } = metrics;
  const { html, used } = fillReport(template, {
    file, locale, asOf, figures,
    kinds: metricCatalog(snap),
    sourceOf: (f, key) => figureSource(key, f, locale),
    linkOf: (f) => indicatorLink(f, locale),
    blocks: blocks(snap, metrics, locale, charts ?? freshCharts(snap, asOf)),
    guardEvents: true,
    sitePath,
    ...(memo ? { memo } : {}),
  });
  const rows: FigureRow[] = used.map((key) => {
    const f = figures[key] as Figure; // fillReport only reports figures it rendered
    return {
      key, name: metricName(key, locale), value: formatFigure(f, locale, UNSIGNED_METRICS.has(key as MetricKey)), date: formatDate(f.date, locale),
      source: figureSource(key, f, locale), stale: f.stale, href: indicatorLink(f, locale),
    };
  });
  // A failed refresh concerns today's data, so only the latest edition reports it.
  const stale = staleNotice(snap, metrics, latest ?? asOf === latestEditionDate(snap));
  const regime = figures['signal.overall']?.value ?? null;
  // Only a snapshot holding revisions can owe an edition a note (revisions.ts).
  const revised = snap.superseded?.length ? revisionNote(snap, metrics, dates ?? editionDates(snap)) : undefined;
  return { locale, asOf, html, figures: rows, stale, regime, ...(revised ? { revised } : {}) };
}

/**
 * One edition of a given snapshot, computing its date's metrics on the spot: for tests and
 * one-off editions. The site asks its Build (site/build.ts), which computes the timeline once.
 */
export function editionOf(snap: Snapshot, locale: Locale, asOf: string, template: string, file: string): Edition {
  const metrics = computeTimeline(snap, [asOf]).get(asOf);
  if (!metrics || !editionDates(snap).includes(asOf)) throw new Error(`edition: ${asOf} is not an edition date (no SOFR print that day)`);
  return composeEdition({ snap, locale, metrics, template, file });
}
