// Wiring for an indicator page: the series' catalog entry, status, headline figures and
// history chart. Values come from the metrics layer; nothing is computed here.
import { SERIES, seriesDef, type SeriesId } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';
import { addDays } from '../core/dates.ts';
import { chartFigure } from '../charts/figure.ts';
import { historyPlot } from '../charts/history.ts';
import { renderPlot } from '../charts/render.ts';
import { THEME } from '../charts/theme.ts';
import { indicatorAbout, type About } from '../i18n/indicatorAbout.ts';
import { PILLAR_NAMES, ruleText } from '../i18n/report.ts';
import { ui } from '../i18n/ui.ts';
import type { Figure } from '../metrics/figure.ts';
import { cutHistory, DEFAULT_RANGE, fullHistory, RANGES, rangeStart, SERIES_ASSET, SERIES_BASE, type History, type Range } from '../metrics/indicator.ts';
import type { MetricKey } from '../metrics/registry.ts';
import { rulesReading } from '../metrics/ruleInputs.ts';
import { RULES, type Level, type Pillar, type RuleId } from '../metrics/signals.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { formatDate, formatFigure } from '../report/format.ts';
import { revisionHistory } from '../metrics/vintage.ts';
import type { SeriesMeta } from '../snapshot/manifest.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { statusRows, type StatusRow } from './status.ts';

export interface IndicatorFigure {
  readonly label: string;
  readonly value: string;
  readonly date: string;
  readonly stale: boolean;
}

export interface IndicatorView {
  readonly id: SeriesId;
  readonly title: string;
  readonly publisher: string;
  readonly sourceUrl: string;
  readonly copyrighted: boolean;
  readonly notice: string | undefined;
  readonly unit: string;
  readonly status: StatusRow;
  readonly meta: SeriesMeta;
  readonly figures: readonly IndicatorFigure[];
  /** One pre-drawn chart per range that has data, shortest first; empty when the series has no history. */
  readonly charts: readonly RangeChart[];
  /** The range shown first (5Y, or the longest there is). */
  readonly defaultRange: Range | undefined;
  readonly about: About;
  /** The signal rules that read this series (derived from RULES), empty when none does. */
  readonly rules: readonly RuleUse[];
  /** The publisher's schedule, from the catalog. */
  readonly schedule: string;
  /** The series' revisions (date, old → new, known from), formatted; empty when never revised or copyrighted. */
  readonly revisions: readonly { readonly date: string; readonly change: string; readonly knownFrom: string }[];
}

/** A stored value as the source gave it (no rounding: a revision can be in the last digit). */
const formatNumber = (v: number, locale: Locale) => new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 6 }).format(v);

export interface RangeChart {
  readonly range: Range;
  readonly label: string;
  /** The chart's <figure>. */
  readonly html: string;
}

export interface RuleUse {
  readonly id: string;
  readonly pillar: string;
  readonly level: string;
  readonly text: string;
}

/** The series each rule input's computed figures named over the snapshot's editions (family metrics have no base to read). */
export function figureSeriesOf(timeline: ReadonlyMap<string, EditionMetrics>): (key: MetricKey) => readonly SeriesId[] {
  return (key) => {
    const out = new Set<SeriesId>();
    for (const entry of timeline.values()) for (const id of entry.figures[key]?.series ?? []) out.add(id);
    return [...out];
  };
}

/** The rules reading each series, worked out once per build for all ~86 pages (the Build keeps it). */
export function ruleReaders(timeline: ReadonlyMap<string, EditionMetrics>): ReadonlyMap<SeriesId, readonly RuleId[]> {
  const fs = figureSeriesOf(timeline);
  return new Map(SERIES.map((s) => [s.id, rulesReading(s.id, fs)]));
}

/** The rules that read series `id` (given by `rules`, e.g. `rulesReading`), with their pillar, level and words. */
export function ruleUses(rules: readonly RuleId[], locale: Locale): RuleUse[] {
  const t = ui(locale);
  return rules.map((rid) => {
    const rule = RULES.find((r) => r.id === rid) as { pillar: Pillar; level: Level };
    return { id: rid, pillar: PILLAR_NAMES[locale][rule.pillar], level: t.indRuleLevel[rule.level] ?? '', text: ruleText(rid, locale) };
  });
}

/** Series that have an indicator page: every series in the snapshot. */
export const indicatorIds = (snap: Snapshot): SeriesId[] => snap.manifest.series.map((m) => m.id as SeriesId);

/**
 * One series' page; `latest` is the latest edition's metrics (its date is the page's as-of),
 * `readers` the rules that read each series (`ruleReaders`).
 */
export function indicatorView(snap: Snapshot, id: SeriesId, locale: Locale, latest: EditionMetrics, readers: ReadonlyMap<SeriesId, readonly RuleId[]>): IndicatorView {
  const t = ui(locale);
  const def = seriesDef(id);
  const asOf = latest.asOf;
  const meta = snap.manifest.series.find((m) => m.id === id) as SeriesMeta;
  const status = statusRows(snap, asOf, locale).find((r) => r.id === id) as StatusRow;
  // Read by names built from the page's measures: a name no metric has shows nothing.
  const figs: Readonly<Partial<Record<string, Figure | null>>> = latest.figures;
  const show = (label: string, f: Figure | null | undefined): IndicatorFigure[] =>
    f ? [{ label, value: formatFigure(f, locale), date: formatDate(f.date, locale), stale: f.stale }] : [];
  const base = SERIES_BASE[id];
  const asset = SERIES_ASSET[id];
  const figures = base
    ? [
        ...show(t.indLatest, figs[`${base}.latest`]),
        ...Object.entries(t.indMeasures).flatMap(([m, label]) => show(label, figs[`${base}.${m}`])),
      ]
    : asset
      ? [...show(t.indDrawdown, figs[`${asset}.drawdown`]), ...show(t.indCorr, figs[`${asset}.corrNetLiq`])]
      : [];
  const full = fullHistory(snap, id, asOf);
  const charts = RANGES.flatMap((range): RangeChart[] => {
    const from = rangeStart(asOf, range);
    const history = cutHistory(full, from);
    return history ? [{ range, label: t.indRangeLabel[range] ?? range, html: historyChart(history, id, range, from, locale) }] : [];
  });
  const defaultRange = charts.some((c) => c.range === DEFAULT_RANGE) ? DEFAULT_RANGE : charts.at(-1)?.range;
  return {
    id, title: def.title[locale], publisher: def.publisher[locale], sourceUrl: def.url,
    copyrighted: def.license === 'copyrighted', notice: def.notice,
    unit: `${t.units[def.unit] ?? def.unit} · ${t.frequencies[def.frequency] ?? def.frequency}`,
    status, meta, figures, charts, defaultRange,
    about: indicatorAbout(id, locale),
    rules: ruleUses(readers.get(id) ?? [], locale),
    schedule: def.publication.schedule[locale],
    // A copyrighted price is never printed, its revisions neither.
    revisions: def.license === 'copyrighted' ? [] : revisionHistory(snap, id).map((r) => ({
      date: formatDate(r.date, locale), change: `${formatNumber(r.from, locale)} → ${formatNumber(r.to, locale)}`, knownFrom: formatDate(r.knownFrom, locale),
    })),
  };
}

/**
 * One range's chart. Its title names the span the data really cover: "since <first date>" when
 * the series begins after the range does (the SRF era within five years) or for all the data.
 */
function historyChart(history: History, id: SeriesId, range: Range, from: string | undefined, locale: Locale): string {
  const t = ui(locale);
  const def = seriesDef(id);
  const first = history.rows[0]!;
  const last = history.rows.at(-1)!;
  const firstDate = formatDate(first.date, locale);
  // A week of slack: a weekly series' first Wednesday may fall a few days after the range starts.
  const shorter = from !== undefined && first.date > addDays(from, 7);
  const span = from === undefined ? t.indSinceAll(firstDate) : shorter ? t.indSince(firstDate) : (t.indSpan[range] ?? range);
  const title = (history.mode === 'drawdown' ? t.indChartDrawdown : t.indChartLevel)(def.title[locale], span);
  const description = t.indChartDesc(def.title[locale], firstDate, formatDate(last.date, locale), history.rows.length);
  const axis = amountAxis(history, locale, t.chartY);
  const svg = renderPlot(historyPlot(history, { ...axis, ariaLabel: title, ariaDescription: description }), locale);
  const legend = [
    { label: def.title[locale], color: history.mode === 'drawdown' ? THEME.colors.primary : THEME.colors.secondary, style: 'line' as const },
    ...(history.band?.length ? [{ label: t.indTargetRange, color: THEME.colors.band, style: 'band' as const }] : []),
  ];
  return chartFigure({
    id: `history-${id}-${range}`, title, description,
    source: `${t.sourcePrefix}${def.publisher[locale]}${def.notice ? ` · ${def.notice}` : ''}`,
    legend,
  }, svg);
}

/**
 * The y-axis title and tick scale. Chinese text counts dollars in 亿 and 万亿, so a Chinese axis
 * of $bn does too (万亿 once the series reaches $1trn); other axes keep the data's own unit.
 */
export function amountAxis(h: History, locale: Locale, words: Readonly<Record<string, string>>): { y: string; tickScale: number } {
  if (locale !== 'zh' || h.kind !== 'usd_bn') return { y: words[h.kind] ?? '', tickScale: 1 };
  const trillions = h.rows.some((r) => Math.abs(r.value) >= 1000);
  return trillions ? { y: words.usd_tn ?? '', tickScale: 0.001 } : { y: words.usd_bn ?? '', tickScale: 10 };
}
