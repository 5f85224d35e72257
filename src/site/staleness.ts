// What an edition says about figures that are behind: which series (grouped by the source that
// failed to deliver them), since when, and what that does to the day's reading. Built from
// structured data only (catalog, manifest status, publication schedule, the edition's figures
// and signals), never from the manifest's error text, which is for maintainers (/data/).
import { seriesDef, type SeriesId, type SourceId } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';
import { PILLAR_NAMES } from '../i18n/report.ts';
import { STALE_WORDS } from '../i18n/staleness.ts';
import { isSeriesStale, staleSeriesIds } from '../metrics/freshness.ts';
import { latestKnown } from '../metrics/lookup.ts';
import { published } from '../metrics/publication.ts';
import { PILLARS, RULES, type Pillar } from '../metrics/signals.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { escapeHtml as e } from '../report/escape.ts';
import { formatDate } from '../report/format.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';
import { localePath } from './paths.ts';

export interface StaleSeries {
  readonly id: SeriesId;
  /** Where the update fetches it: an outage is per source. */
  readonly source: SourceId;
  /** ISO date of its latest observation public at the edition. */
  readonly last: string;
  /** Behind its own schedule at the edition: its figures are marked stale and no rule reads them. */
  readonly behind: boolean;
  /** The last refresh failed (said on the latest edition only: it is about today's data). */
  readonly failed: boolean;
}

export interface StaleNotice {
  readonly series: readonly StaleSeries[];
  /** Pillars with no reading today because every rule they have reads a stale figure. */
  readonly unjudged: readonly Pillar[];
  /** Pillars read today from some of their rules only: the others read a stale figure. */
  readonly partly: readonly Pillar[];
}

// The order the words list them in, which tsc holds to every source.
const SOURCE_ORDER = Object.keys(STALE_WORDS.en.source) as SourceId[];

/**
 * The notice of one edition: every series the edition calls stale (`staleSeriesIds`, the list
 * its figures.json and, on the latest edition, /data/ show too), whether or not this edition's
 * prose prints it, since the panels beside the prose (official indexes, facility tables) and the
 * rules read them as well.
 */
export function staleNotice(snap: Snapshot, metrics: EditionMetrics, latest: boolean): StaleNotice {
  const { asOf, figures } = metrics;
  const failed = new Set(latest ? snap.manifest.series.filter((m) => m.status === 'stale').map((m) => m.id) : []);
  const series = staleSeriesIds(snap, asOf, latest).map((id): StaleSeries => ({
    id,
    source: seriesDef(id).source,
    last: latestKnown(published(snap).series.get(id) ?? [], asOf)?.date ?? snap.manifest.series.find((m) => m.id === id)?.last ?? asOf,
    behind: isSeriesStale(snap, id, asOf),
    failed: failed.has(id),
  }));
  const unjudged = PILLARS.filter((p) => metrics.signals.find((s) => s.pillar === p)?.rule === `${p}.stale`);
  const partly = PILLARS.filter((p) => !unjudged.includes(p) &&
    RULES.some((r) => r.pillar === p && r.needs.some((k) => figures[k]?.stale === true)));
  return { series, unjudged, partly };
}

/** The stale series grouped by source, in a fixed source order. */
export function bySource(series: readonly StaleSeries[]): [SourceId, StaleSeries[]][] {
  return SOURCE_ORDER.map((s): [SourceId, StaleSeries[]] => [s, series.filter((x) => x.source === s)]).filter(([, xs]) => xs.length > 0);
}

/** The banner's content (inside its `<aside>`), or '' when nothing is behind. Every word is ours. */
export function staleBannerHtml(n: StaleNotice, locale: Locale): string {
  if (n.series.length === 0) return '';
  const w = STALE_WORDS[locale];
  const behind = n.series.some((s) => s.behind);
  // The words' templates add only punctuation, so they take escaped text and stay HTML.
  const titles = (xs: readonly StaleSeries[]) =>
    xs.map((x) => `<span data-series="${x.id}">${e(seriesDef(x.id).title[locale])}</span>`).join(e(w.seriesSep));
  const groups = bySource(n.series).map(([source, xs]) => {
    const name = `<strong class="stale-source">${e(w.source[source])}</strong>`;
    const dates = [...new Set(xs.map((x) => x.last))];
    if (dates.length === 1) return `<li data-source="${source}">${w.group(name, e(formatDate(dates[0] as string, locale)))}${titles(xs)}${e(w.end)}</li>`;
    // Series of one source that stopped on different days: one line per day, in catalog order.
    const lines = dates.map((d) => `<li>${w.since(e(formatDate(d, locale)))}${titles(xs.filter((x) => x.last === d))}${e(w.end)}</li>`);
    return `<li data-source="${source}">${name}<ul>${lines.join('')}</ul></li>`;
  }).join('');
  const effect = !behind ? w.onSchedule
    : n.unjudged.length + n.partly.length === 0 ? w.noRule
      : [w.rulesUnchecked,
        n.unjudged.length ? w.unjudged(n.unjudged.map((p) => PILLAR_NAMES[locale][p])) : '',
        n.partly.length ? w.partly(n.partly.map((p) => PILLAR_NAMES[locale][p])) : '',
      ].filter(Boolean).join(locale === 'zh' ? '' : ' ');
  const more = `${e(w.more)}${locale === 'zh' ? '' : ' '}<a href="${localePath(locale, '/data/')}">${e(w.moreLink)}</a>${e(w.end)}`;
  return `<p class="stale-lead">${e(behind ? w.leadBehind : w.leadFailed)}</p><ul>${groups}</ul>` +
    `<p class="stale-effect">${e(effect)}</p><p class="stale-more">${more}</p>`;
}
