// Wiring for an indicator page: the series' catalog entry, status, headline figures and
// history chart. Values come from the metrics layer; nothing is computed here.
import { seriesDef, type SeriesId } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';
import { chartFigure } from '../charts/figure.ts';
import { historyPlot } from '../charts/history.ts';
import { renderPlot } from '../charts/render.ts';
import { THEME } from '../charts/theme.ts';
import { ui } from '../i18n/ui.ts';
import type { Figure } from '../metrics/figure.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { historyOf, SERIES_ASSET, SERIES_BASE, type History } from '../metrics/indicator.ts';
import { formatDate, formatFigure } from '../report/format.ts';
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
  readonly chart: string | undefined;
}

const YEARS = 5;

/** Series that have an indicator page: every series in the snapshot. */
export const indicatorIds = (snap: Snapshot): SeriesId[] => snap.manifest.series.map((m) => m.id as SeriesId);

/** One series' page; `latest` is the latest edition's metrics (its date is the page's as-of). */
export function indicatorView(snap: Snapshot, id: SeriesId, locale: Locale, latest: EditionMetrics): IndicatorView {
  const t = ui(locale);
  const def = seriesDef(id);
  const asOf = latest.asOf;
  const meta = snap.manifest.series.find((m) => m.id === id) as SeriesMeta;
  const status = statusRows(snap, asOf, locale).find((r) => r.id === id) as StatusRow;
  const figs = latest.figures;
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
  const history = historyOf(snap, id, asOf, YEARS);
  let chart: string | undefined;
  if (history) {
    const title = (history.mode === 'drawdown' ? t.indChartDrawdown : t.indChartLevel)(def.title[locale], YEARS);
    const first = history.rows[0]!;
    const last = history.rows.at(-1)!;
    const description = t.indChartDesc(def.title[locale], formatDate(first.date, locale), formatDate(last.date, locale), history.rows.length);
    const axis = amountAxis(history, locale, t.chartY);
    const svg = renderPlot(historyPlot(history, { ...axis, ariaLabel: title, ariaDescription: description }), locale);
    chart = chartFigure({
      id: `history-${id}`, title, description,
      source: `${t.sourcePrefix}${def.publisher[locale]}${def.notice ? ` · ${def.notice}` : ''}`,
      legend: [{ label: def.title[locale], color: history.mode === 'drawdown' ? THEME.colors.primary : THEME.colors.secondary, style: 'line' }],
    }, svg);
  }
  return {
    id, title: def.title[locale], publisher: def.publisher[locale], sourceUrl: def.url,
    copyrighted: def.license === 'copyrighted', notice: def.notice,
    unit: `${t.units[def.unit] ?? def.unit} · ${t.frequencies[def.frequency] ?? def.frequency}`,
    status, meta, figures, chart,
  };
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
