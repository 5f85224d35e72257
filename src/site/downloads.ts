// Machine-readable downloads: an edition's figures as JSON, each public series as JSON with its
// provenance, and the whole public snapshot. Pure shaping of what the metrics layer and the
// snapshot already hold: nothing here computes a figure. Copyrighted prices (catalog licence)
// never leave as values; only figures derived from them (drawdowns, correlations) do.
import { isSeriesId, seriesDef, type SeriesId } from '../catalog/series.ts';
import type { Text } from '../core/locale.ts';
import { metricName } from '../i18n/metrics.ts';
import { PILLAR_NAMES, ruleText } from '../i18n/report.ts';
import { EPISODE_METRICS } from '../metrics/episodes.ts';
import type { Figure } from '../metrics/figure.ts';
import type { MetricKey } from '../metrics/registry.ts';
import type { FigureKind } from '../core/figure.ts';
import { isSeriesStale, staleSeriesIds } from '../metrics/freshness.ts';
import { CUTOFF_ET, editionCalendar } from '../metrics/publication.ts';
import { RULES, type SignalResult, type SignalRule } from '../metrics/signals.ts';
import { templateMetricNames } from '../report/check.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { regimeName, signalName } from '../report/format.ts';
import type { Manifest, SeriesMeta } from '../snapshot/manifest.ts';
import { seriesToCsv, type Snapshot } from '../snapshot/snapshot.ts';
import { localePath, sitePath } from './paths.ts';
import { realtimePeriods, type LaterRevision } from '../metrics/vintage.ts';
import { revisionNote, withRevisions } from './revisions.ts';

export const FIGURES_SCHEMA = 'usd-liquidity-edition-figures/1';
export const SERIES_SCHEMA = 'usd-liquidity-series/1';

/**
 * What a figure's number is measured in (from the metrics layer's FigureKind). Changes share
 * their level's unit; the key and its title say "change". level: 0 green, 1 amber, 2 red;
 * flag: 1 yes, 0 no; fraction: 0…1; percentile: 0…100.
 */
export const FIGURE_UNITS: Readonly<Record<FigureKind, string>> = {
  pct: 'percent', bp: 'bp', usd_bn: 'usd_bn', usd_bn_delta: 'usd_bn', pct_chg: 'percent', share: 'fraction',
  count: 'days', corr: 'correlation', rank: 'percentile', signal: 'level', flag: 'flag',
};

/**
 * Kinds a figure built on a copyrighted price may have: how far below its high, how it moves
 * with liquidity. Any other kind (a level, a change in points) could restate the price itself.
 */
const DERIVED_FROM_PRICES: ReadonlySet<FigureKind> = new Set(['pct_chg', 'corr']);

/**
 * Figures built on copyrighted prices leave with the precision the pages print them in (a
 * drawdown to 0.1 percentage point, a correlation to 0.01), not as full floats from which a
 * run of editions could be turned back into price ratios.
 */
const PRICE_FIGURE_DECIMALS: Readonly<Partial<Record<FigureKind, number>>> = { pct_chg: 1, corr: 2 };

const onCopyrighted = (f: Figure) => f.series.some((id) => seriesDef(id).license !== 'public');

/** A figure's value as published: rounded as the pages print it when it comes from a copyrighted price. */
export function publishedValue(f: Figure): number {
  const decimals = onCopyrighted(f) ? PRICE_FIGURE_DECIMALS[f.kind] : undefined;
  if (decimals === undefined) return f.value;
  const rounded = Math.round(f.value * 10 ** decimals) / 10 ** decimals;
  return rounded === 0 ? 0 : rounded; // no "-0" in JSON readers that keep it
}

const both = (f: (l: 'zh' | 'en') => string): Text => ({ zh: f('zh'), en: f('en') });

/** A series may be downloaded when the catalog and the snapshot's provenance both say public. */
export function isPublicSeries(snap: Snapshot, id: string): boolean {
  if (!isSeriesId(id) || seriesDef(id).license !== 'public') return false;
  return snap.manifest.series.some((m) => m.id === id && m.provenance.license === 'public');
}

export const publicSeriesIds = (snap: Snapshot): SeriesId[] =>
  snap.manifest.series.map((m) => m.id).filter((id): id is SeriesId => isPublicSeries(snap, id));

/** True when a figure could carry a copyrighted price level (and so must not be published). */
export function restatesPrice(f: Figure): boolean {
  return onCopyrighted(f) && !DERIVED_FROM_PRICES.has(f.kind);
}

/** A report template: its path (for error messages) and its text. */
export interface TemplateText {
  readonly file: string;
  readonly markdown: string;
}

/**
 * The figures an edition publishes: every metric its report templates name (placeholders and
 * conditions, in every branch, read by the template check itself), the figures its verdict reads
 * (rule inputs), the episode table's column and the signals; in the metric catalog's order, so
 * every edition has the same keys.
 */
export function editionFigureKeys(templates: readonly TemplateText[], catalog: ReadonlyMap<MetricKey, FigureKind>): MetricKey[] {
  const named = new Set<MetricKey>([...EPISODE_METRICS, ...RULES.flatMap((r) => r.needs)]);
  for (const t of templates) for (const k of templateMetricNames(t.markdown, t.file, catalog)) named.add(k);
  return [...catalog.keys()].filter((k) => named.has(k) || k.startsWith('signal.'));
}

export interface FigureEntry {
  readonly key: MetricKey;
  /** null when the figure has no value at this edition (e.g. a series that did not exist yet). */
  readonly value: number | null;
  readonly unit: string | null;
  /** The observation date the value describes (on or before the edition date). */
  readonly date: string | null;
  /** Catalog series the figure comes from; their publishers are in the document's `series`. */
  readonly series: readonly string[];
  /** One of its series is behind its publication schedule at this edition. */
  readonly stale: boolean;
  /**
   * `value` is the vintage known at the edition's cut-off; when a source revised an input since,
   * the value today's data give and the first edition date that knew the revision (absent otherwise).
   */
  readonly revised?: { readonly value: number | null; readonly knownFrom: string };
}

export interface SignalEntry {
  readonly pillar: SignalResult['pillar'];
  readonly title: Text;
  /** 0 green, 1 amber, 2 red; null when none of the pillar's rules could be read. */
  readonly level: number | null;
  readonly levelName: Text | null;
  /** The rule that decided the level (or `<pillar>.calm`, `.stale`, `.noData`). */
  readonly rule: SignalRule;
  readonly ruleText: Text | null;
  /** The figures that rule reads (keys into `figures`). */
  readonly reads: readonly MetricKey[];
}

/** A series as a figure's source: who publishes it and on what terms. */
export interface SourceRef {
  readonly publisher: Text;
  readonly licence: 'public' | 'copyrighted';
  /** The owner's notice, required next to any figure derived from a copyrighted series. */
  readonly notice?: string;
}

export interface FiguresDocument {
  readonly schema: typeof FIGURES_SCHEMA;
  readonly edition: string;
  readonly cutoff: { readonly date: string; readonly time: string; readonly timeZone: 'America/New_York' };
  readonly pages: Text;
  /** Titles of every figure key and series, in both languages (the same for every edition). */
  readonly glossary: string;
  readonly regime: SignalEntry;
  readonly pillars: readonly SignalEntry[];
  readonly figures: readonly FigureEntry[];
  /** Series behind their publication schedule at this edition (and, on the latest, failed refreshes). */
  readonly staleSeries: readonly string[];
  readonly series: Readonly<Record<string, SourceRef>>;
  /** Inputs revised after the edition was published (its revision note); absent when none. */
  readonly revisions?: readonly LaterRevision[];
}

export const GLOSSARY_PATH = '/downloads/catalog.json';

function sourceRef(id: SeriesId): SourceRef {
  const def = seriesDef(id);
  return { publisher: def.publisher, licence: def.license, ...(def.notice ? { notice: def.notice } : {}) };
}

const ruleNeeds = new Map<SignalRule, readonly MetricKey[]>(RULES.map((r) => [r.id, r.needs]));

/**
 * One edition's figures and verdicts, language-neutral, from its entry in the cached timeline.
 * `latest` adds the series whose last refresh failed, as the latest edition's page does.
 */
export function figuresDocument(snap: Snapshot, m: EditionMetrics, keys: readonly MetricKey[], latest: boolean): FiguresDocument {
  const figures: FigureEntry[] = [];
  const dates = snap.superseded?.length ? editionCalendar(snap) : []; // only a revised snapshot needs them
  const note = revisionNote(snap, m, dates);
  const later = note ? withRevisions(snap, m.asOf, dates) : undefined;
  const revisedEntry = (key: MetricKey, f: Figure): Pick<FigureEntry, 'revised'> => {
    if (!later || !note) return {};
    const g = later.figures[key];
    const now = g ? publishedValue(g) : null;
    return now === publishedValue(f) ? {} : { revised: { value: now, knownFrom: note.revisions.map((r) => r.knownFrom).sort()[0] as string } };
  };
  const used = new Set<SeriesId>();
  for (const key of keys) {
    const f = m.figures[key];
    if (f && restatesPrice(f)) continue;
    for (const id of f?.series ?? []) used.add(id);
    figures.push(f
      ? { key, value: publishedValue(f), unit: FIGURE_UNITS[f.kind], date: f.date, series: f.series, stale: f.stale, ...revisedEntry(key, f) }
      : { key, value: null, unit: null, date: null, series: [], stale: false });
  }
  // The same list as the edition's banner and /data/ (freshness.ts staleSeriesIds).
  const stale = staleSeriesIds(snap, m.asOf, latest);
  const signal = (s: EditionMetrics['signals'][number]): SignalEntry => {
    const level = s.level;
    return {
      pillar: s.pillar,
      title: both((l) => PILLAR_NAMES[l][s.pillar]),
      level,
      levelName: level === null ? null : both((l) => (s.pillar === 'overall' ? regimeName(level, l) : signalName(level, l))),
      rule: s.rule,
      ruleText: level === null ? null : both((l) => ruleText(s.rule, l)),
      reads: ruleNeeds.get(s.rule) ?? [],
    };
  };
  const overall = m.signals.find((s) => s.pillar === 'overall');
  if (!overall) throw new Error(`figures.json: the edition of ${m.asOf} has no overall regime entry`);
  const ids = [...new Set([...used, ...stale])].sort();
  return {
    schema: FIGURES_SCHEMA,
    edition: m.asOf,
    cutoff: { date: m.asOf, time: CUTOFF_ET, timeZone: 'America/New_York' },
    pages: { zh: localePath('zh', `/reports/${m.asOf}/`), en: localePath('en', `/reports/${m.asOf}/`) },
    glossary: sitePath(GLOSSARY_PATH),
    regime: signal(overall),
    pillars: m.signals.filter((s) => s.pillar !== 'overall').map(signal),
    figures,
    staleSeries: [...stale].sort(),
    series: Object.fromEntries(ids.map((id) => [id, sourceRef(id)])),
    ...(note ? { revisions: note.revisions } : {}),
  };
}

export interface CatalogDocument {
  readonly schema: 'usd-liquidity-catalog/1';
  readonly metrics: Readonly<Record<string, { readonly title: Text; readonly unit: string }>>;
  readonly series: Readonly<Record<string, {
    readonly title: Text;
    readonly publisher: Text;
    readonly unit: string;
    readonly frequency: string;
    readonly url: string;
    readonly licence: 'public' | 'copyrighted';
    readonly notice?: string;
    readonly pages: Text;
    /** Raw downloads, public series only. */
    readonly downloads?: { readonly csv: string; readonly json: string };
  }>>;
}

/** Titles of the edition figure keys and of every series in the snapshot, for figures.json readers. */
export function catalogDocument(snap: Snapshot, keys: readonly MetricKey[], kinds: ReadonlyMap<MetricKey, FigureKind>): CatalogDocument {
  const metrics = Object.fromEntries(keys.map((k) => [k, { title: both((l) => metricName(k, l)), unit: FIGURE_UNITS[kinds.get(k) ?? 'count'] }]));
  const series = Object.fromEntries(snap.manifest.series.filter((m) => isSeriesId(m.id)).map((m) => {
    const id = m.id as SeriesId;
    const def = seriesDef(id);
    return [id, {
      title: def.title, publisher: def.publisher, unit: def.unit, frequency: def.frequency, url: def.url, licence: def.license,
      ...(def.notice ? { notice: def.notice } : {}),
      pages: { zh: localePath('zh', `/indicators/${id}/`), en: localePath('en', `/indicators/${id}/`) },
      ...(isPublicSeries(snap, id) ? { downloads: { csv: sitePath(`/downloads/${id}.csv`), json: sitePath(`/downloads/${id}.json`) } } : {}),
    }];
  }));
  return { schema: 'usd-liquidity-catalog/1', metrics, series };
}

export interface SeriesDocument {
  readonly schema: typeof SERIES_SCHEMA;
  readonly id: string;
  readonly title: Text;
  readonly unit: string;
  readonly frequency: string;
  readonly source: string;
  readonly publisher: Text;
  readonly url: string;
  readonly licence: 'public';
  readonly attribution: string;
  readonly provenance: { readonly originalUrl: string; readonly fetchedUrl?: string; readonly via: string; readonly retrieved: string };
  readonly publication: { readonly lagBusinessDays: number; readonly time: string; readonly timeZone: 'America/New_York'; readonly schedule: Text };
  readonly status: {
    /** ok: the last refresh succeeded; stale: it failed and the data may be behind. */
    readonly refresh: 'ok' | 'stale';
    readonly lastSuccess: string;
    readonly staleReason: string | null;
    /** Behind its publication schedule at the latest edition (`asOf`). */
    readonly behindSchedule: boolean;
    readonly asOf: string;
  };
  readonly first: string;
  readonly last: string;
  readonly rows: number;
  readonly revisions: readonly { readonly date: string; readonly old: number; readonly new: number; readonly recorded: string }[];
  /** Each revised observation's values with `realtime_start` / `realtime_end` (edition dates; absent: first publication / current). */
  readonly vintages?: readonly { readonly date: string; readonly value: number; readonly realtime_start?: string; readonly realtime_end?: string }[];
  readonly csv: string;
  readonly columns: readonly ['date', 'value'];
  readonly observations: readonly (readonly [string, number])[];
}

function metaOf(snap: Snapshot, id: string): SeriesMeta {
  const meta = snap.manifest.series.find((m) => m.id === id);
  if (!meta) throw new Error(`downloads: series "${id}" is not in the snapshot manifest`);
  return meta;
}

/** One public series with its catalog entry, provenance, status and every observation. */
export function seriesDocument(snap: Snapshot, id: string, asOf: string): SeriesDocument {
  if (!isSeriesId(id) || !isPublicSeries(snap, id)) {
    throw new Error(`downloads: series "${id}" is not public (catalog and manifest licence must both say public); it has no raw download`);
  }
  const def = seriesDef(id);
  const meta = metaOf(snap, id);
  const p = meta.provenance;
  const vintages = realtimePeriods(snap, id);
  return {
    schema: SERIES_SCHEMA, id, title: def.title, unit: meta.unit, frequency: meta.frequency, source: def.source,
    publisher: def.publisher, url: def.url, licence: 'public', attribution: p.attribution,
    provenance: { originalUrl: p.originalUrl, ...(p.fetchedUrl ? { fetchedUrl: p.fetchedUrl } : {}), via: p.via, retrieved: p.retrieved },
    publication: { lagBusinessDays: def.publication.lag, time: def.publication.time, timeZone: 'America/New_York', schedule: def.publication.schedule },
    status: {
      refresh: meta.status, lastSuccess: meta.lastSuccess, staleReason: meta.staleReason,
      behindSchedule: isSeriesStale(snap, id, asOf), asOf,
    },
    first: meta.first, last: meta.last, rows: meta.rows,
    revisions: snap.manifest.revisions.filter((r) => r.series === id).map(({ date, old, new: now, recorded }) => ({ date, old, new: now, recorded })),
    // ALFRED-style real-time periods of every value a revision touched; absent for a series never revised.
    ...(vintages.length ? { vintages } : {}),
    csv: sitePath(`/downloads/${id}.csv`),
    columns: ['date', 'value'],
    observations: (snap.series.get(id) ?? []).map((o) => [o.date, o.value] as const),
  };
}

/** The snapshot manifest restricted to public series (same format as content/data/manifest.json). */
export function publicManifest(snap: Snapshot): Manifest {
  const ids = new Set<string>(publicSeriesIds(snap));
  return {
    format: snap.manifest.format,
    series: snap.manifest.series.filter((m) => ids.has(m.id)),
    revisions: snap.manifest.revisions.filter((r) => ids.has(r.series)),
    ...(snap.manifest.withdrawn ? { withdrawn: snap.manifest.withdrawn.filter((w) => ids.has(w.series)) } : {}),
  };
}

function snapshotReadme(snap: Snapshot, asOf: string, folder: string): string {
  const ids = publicSeriesIds(snap);
  const withheld = snap.manifest.series.filter((m) => !ids.includes(m.id as SeriesId)).map((m) => m.id);
  return [
    `US Dollar Liquidity Monitor / 美元流动性监测: public data snapshot as of the ${asOf} edition`,
    '',
    `${folder}/manifest.json   one entry per series: unit, frequency, first/last date, rows, refresh status,`,
    '                  provenance (the official request URL, the address fetched when it differs, how the',
    '                  copy reached us, when, attribution).',
    `${folder}/series/ID.csv   one file per series: header "date,value", ISO dates, values in the source's unit.`,
    '',
    'Every series here is public data of the Federal Reserve Board, the Federal Reserve Bank of New York or the',
    'U.S. Treasury; cite the attribution in manifest.json when you republish it.',
    withheld.length
      ? `Not included: ${withheld.join(', ')}. These market prices are copyrighted by their owners; the site publishes only figures derived from them (drawdowns, correlations).`
      : 'Every series of the snapshot is included.',
    '',
    'The same files, one at a time with provenance in JSON: /downloads/ID.csv and /downloads/ID.json.',
    "Each edition's figures and verdicts: /reports/YYYY-MM-DD/figures.json; titles of its keys: /downloads/catalog.json.",
    '',
  ].join('\n');
}

export interface ArchiveEntry {
  readonly name: string;
  readonly data: string;
}

/** The files of the whole-public-snapshot download, under one dated folder. */
export function snapshotFiles(snap: Snapshot, asOf: string): ArchiveEntry[] {
  const folder = `usd-liquidity-snapshot-${asOf}`;
  const manifest = publicManifest(snap);
  return [
    { name: `${folder}/README.txt`, data: snapshotReadme(snap, asOf, folder) },
    { name: `${folder}/manifest.json`, data: `${JSON.stringify(manifest, null, 2)}\n` },
    ...manifest.series.map((m) => ({ name: `${folder}/${m.file}`, data: seriesToCsv(snap.series.get(m.id) ?? []) })),
  ];
}
