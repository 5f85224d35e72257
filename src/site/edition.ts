// Glue between the stages for one edition: snapshot -> metrics -> report -> HTML parts.
// The Astro pages call this; it holds no computation of its own beyond wiring.
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { seriesDef, type Locale, type SeriesId } from '../catalog/series.ts';
import { chartFigure } from '../charts/figure.ts';
import { rateRangePlot } from '../charts/rateRange.ts';
import { renderPlot } from '../charts/render.ts';
import { THEME } from '../charts/theme.ts';
import { ui } from '../i18n/ui.ts';
import type { Figure } from '../metrics/figure.ts';
import { computeFigures } from '../metrics/figures.ts';
import { isSeriesStale } from '../metrics/freshness.ts';
import { latestAt } from '../metrics/lookup.ts';
import { rateRangeWindow } from '../metrics/windows.ts';
import { fillReport } from '../report/fill.ts';
import { FORMATS, formatDate } from '../report/format.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { readSnapshot } from '../snapshot/store.ts';

export const SNAPSHOT_DIR = process.env.SNAPSHOT_DIR ?? 'content/data';
export const REPORTS_DIR = process.env.REPORTS_DIR ?? 'content/reports';

let cached: Promise<Snapshot> | undefined;
/** The committed snapshot, read once per build. */
export function loadSnapshot(): Promise<Snapshot> {
  cached ??= readSnapshot(resolve(SNAPSHOT_DIR));
  return cached;
}

/** The latest edition is dated by the last SOFR print, the report's headline series. */
export function latestEditionDate(snap: Snapshot): string {
  const last = snap.series.get('SOFR')?.at(-1)?.date;
  if (!last) throw new Error('edition: the snapshot has no SOFR observations, so no edition can be dated');
  return last;
}

export interface FigureRow {
  readonly key: string;
  readonly name: string;
  readonly value: string;
  readonly date: string;
  readonly source: string;
  readonly stale: boolean;
}

export interface StaleSeries {
  readonly id: string;
  readonly title: string;
  readonly last: string;
  readonly reason: string | null;
}

export interface Edition {
  readonly locale: Locale;
  readonly asOf: string;
  readonly html: string;
  readonly figures: readonly FigureRow[];
  readonly stale: readonly StaleSeries[];
}

const CHART_ROWS = 180;

function sourceOf(series: readonly SeriesId[], locale: Locale): string {
  const names = [...new Set(series.map((id) => seriesDef(id).publisher[locale]))];
  return names.join(locale === 'zh' ? '、' : '; ');
}

function defaultFormat(figure: Figure, locale: Locale): string {
  const name = figure.kind === 'usd_bn' ? 'bn' : figure.kind === 'date' ? 'date' : figure.kind;
  return (FORMATS[name] ?? FORMATS.date!).apply(figure, locale);
}

function charts(snap: Snapshot, asOf: string, locale: Locale): Record<string, () => string> {
  const t = ui(locale);
  return {
    rates: () => {
      const rows = rateRangeWindow(snap, asOf, CHART_ROWS);
      const first = rows[0];
      const last = rows.at(-1);
      if (!first || !last) throw new Error(`chart "rates": no SOFR observations on or before ${asOf}`);
      const iso = (d: Date) => d.toISOString().slice(0, 10);
      const description = t.chartRatesDesc(
        rows.length, formatDate(iso(first.date), locale), formatDate(iso(last.date), locale), `${last.sofr.toFixed(2)}%`,
      );
      const svg = renderPlot(rateRangePlot(rows, {
        y: t.chartRatesY, sofr: t.chartRatesSofr, range: t.chartRatesRange, iorb: t.chartRatesIorb,
        ariaLabel: t.chartRatesTitle, ariaDescription: description,
      }));
      return chartFigure({
        id: 'rates',
        title: t.chartRatesTitle,
        description,
        source: `${t.sourcePrefix}${sourceOf(['SOFR', 'DFEDTARU', 'IORB'], locale)} (FRED)`,
        legend: [
          { label: t.chartRatesSofr, color: THEME.colors.primary, style: 'line' },
          { label: t.chartRatesRange, color: THEME.colors.band, style: 'band' },
          { label: t.chartRatesIorb, color: THEME.colors.secondary, style: 'dash' },
        ],
      }, svg);
    },
  };
}

export interface EditionInput {
  readonly snap: Snapshot;
  readonly locale: Locale;
  readonly asOf: string;
  /** Template text and its path (for error messages). */
  readonly template: string;
  readonly file: string;
}

/** One edition from a snapshot and a template; no file or network I/O. */
export function composeEdition({ snap, locale, asOf, template, file }: EditionInput): Edition {
  const figures = computeFigures(snap, asOf);
  const { html, used } = fillReport(template, {
    file, locale, asOf, figures,
    sourceOf: (f) => sourceOf(f.series, locale),
    charts: charts(snap, asOf, locale),
  });
  const t = ui(locale);
  const rows: FigureRow[] = used.map((key) => {
    const f = figures[key as keyof typeof figures] as Figure; // fillReport only reports figures it rendered
    return {
      key, name: t.figureNames[key] ?? key, value: defaultFormat(f, locale),
      date: formatDate(f.date, locale), source: sourceOf(f.series, locale), stale: f.stale,
    };
  });
  // Name the series that are behind, not every series of a stale spread.
  const staleIds = new Set<SeriesId>();
  for (const key of used) {
    const f = figures[key as keyof typeof figures];
    f?.series.filter((id) => isSeriesStale(snap, id, asOf)).forEach((id) => staleIds.add(id));
  }
  // A failed refresh concerns today's data, so only the latest edition reports it.
  if (asOf === latestEditionDate(snap)) {
    for (const m of snap.manifest.series) if (m.status === 'stale') staleIds.add(m.id as SeriesId);
  }
  const stale = [...staleIds].map((id) => {
    const meta = snap.manifest.series.find((m) => m.id === id);
    const lastObs = latestAt(snap.series.get(id) ?? [], asOf)?.date ?? meta?.last ?? asOf;
    return { id, title: seriesDef(id).title[locale], last: formatDate(lastObs, locale), reason: meta?.staleReason ?? null };
  });
  return { locale, asOf, html, figures: rows, stale };
}

/** Builds one edition (one locale, one as-of date) from the committed snapshot and template. */
export async function buildEdition(locale: Locale, asOfDate?: string): Promise<Edition> {
  const snap = await loadSnapshot();
  const file = `${REPORTS_DIR}/${locale}.md`;
  const template = await readFile(resolve(file), 'utf8');
  return composeEdition({ snap, locale, asOf: asOfDate ?? latestEditionDate(snap), template, file });
}
