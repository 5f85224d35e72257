// HTML for the report's table blocks. Presentation only: values come from the metrics layer,
// words from src/i18n.
import { eventById, knownBy } from '../catalog/events.ts';
import { SERIES } from '../catalog/series.ts';
import type { Locale } from '../core/locale.ts';
import { daysToFirstEdition } from '../metrics/publication.ts';
import { BACKTEST_WORDS, CALM_NAMES, CHANNEL_NAMES, EPISODE_NAMES, PILLAR_NAMES, TABLE_NAMES, TABLE_WORDS, ruleText } from '../i18n/report.ts';
import type { Backtest } from '../metrics/backtest.ts';
import type { EpisodeId } from '../metrics/episodes.ts';
import { UNSIGNED_METRICS, type MetricKey } from '../metrics/registry.ts';
import { metricName, subjectName } from '../i18n/metrics.ts';
import { STALE_WORDS } from '../i18n/staleness.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { RULES, staleRuleInputs } from '../metrics/signals.ts';
import { escapeHtml as e } from '../report/escape.ts';
import { formatDate, formatFigure, regimeName, signalName } from '../report/format.ts';

const LEVEL_CLASS = ['green', 'amber', 'red'] as const;

/** A table that may scroll sideways: a named region keyboard users can focus and scroll. */
const wrap = (name: string, cls = 'table-wrap') => `<div class="${cls}" role="region" tabindex="0" aria-label="${e(name)}">`;

/** A level's badge; the overall row says calm/tight/stressed as the summary does, pillars green/amber/red. */
const badge = (level: number | null, l: Locale, overall = false) =>
  level === null
    ? `<span class="state state-none">${e(TABLE_WORDS[l].noData)}</span>`
    : `<span class="state state-${LEVEL_CLASS[level]}">${e((overall ? regimeName : signalName)(level, l))}</span>`;

/** Each pillar's state and the rule that decided it, with what could not be checked today. */
export function signalsTable(m: EditionMetrics, l: Locale): string {
  const w = TABLE_WORDS[l];
  const rows = m.signals.map((s) => {
    const blind = s.pillar === 'overall' ? [] : staleRuleInputs(m.figures, s.pillar); // a calm rule text must say what it did not check
    // Data go out of date by series, so the note names each series once, not each measure read from it.
    const note = blind.length ? `<span class="rule-unchecked">${e(STALE_WORDS[l].notChecked([...new Set(blind.map((k) => subjectName(k, l)))]))}</span>` : '';
    return `<tr data-pillar="${s.pillar}" data-level="${s.level ?? 'none'}"><th scope="row">${e(PILLAR_NAMES[l][s.pillar])}</th>` +
      `<td>${badge(s.level, l, s.pillar === 'overall')}</td><td>${e(ruleText(s.rule, l))}${note}</td></tr>`;
  }).join('');
  return `${wrap(TABLE_NAMES[l].signals)}<table class="signals-table"><thead><tr><th scope="col">${e(w.pillar)}</th>` +
    `<th scope="col">${e(w.state)}</th><th scope="col">${e(w.rule)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The Standing Repo Facility's figures before the facility existed (announced Jul 28, 2021). */
const SRF_CREATED = eventById('srf');
const notYetCreated = (key: string, asOf: string) => key.startsWith('srf.') && SRF_CREATED !== undefined && !knownBy(SRF_CREATED, asOf);

/**
 * The same key metrics at this edition and at each past episode, side by side: this edition's
 * column comes first and is marked (`current`), so it stays next to the metric names; on narrow
 * screens both stay put (sticky, site.css) while the episodes scroll beside them.
 */
export function episodesTable(columns: readonly { id: EpisodeId; metrics: EditionMetrics }[], metrics: readonly MetricKey[], l: Locale): string {
  const cls = (c: { id: EpisodeId }) => (c.id === 'now' ? ' class="current"' : '');
  const head = columns.map((c) =>
    `<th scope="col"${cls(c)}>${e(EPISODE_NAMES[l][c.id])}<span class="col-date">${e(formatDate(c.metrics.asOf, l))}</span></th>`).join('');
  // A metric no column has data for says nothing; a facility not yet created is not missing data.
  const rows = metrics.filter((key) => columns.some((c) => c.metrics.figures[key])).map((key) => {
    const cells = columns.map((c) => {
      const f = c.metrics.figures[key];
      const current = c.id === 'now' ? ' current' : '';
      if (!f) return `<td class="na${current}">${e(TABLE_WORDS[l][notYetCreated(key, c.metrics.asOf) ? 'notYet' : 'noData'])}</td>`;
      if (key.startsWith('signal.')) return `<td${cls(c)}>${badge(f.value, l, key === 'signal.overall')}</td>`;
      // An out-of-date figure in this edition's column says so, with its own date.
      const note = current && f.stale ? `<span class="col-date">${e(TABLE_WORDS[l].staleAsOf(formatDate(f.date, l)))}</span>` : '';
      return `<td class="num${current}"><span${note ? ' class="fig-stale"' : ''}>${e(formatFigure(f, l, UNSIGNED_METRICS.has(key)))}</span>${note}</td>`;
    }).join('');
    return `<tr data-metric="${e(key)}"><th scope="row">${e(metricName(key, l))}</th>${cells}</tr>`;
  }).join('');
  // The hint shows only on screens too narrow for this many columns (site.css).
  const past = columns.filter((c) => c.id !== 'now').length;
  return `<p class="scroll-hint" data-episodes="${past}" aria-hidden="true">${e(TABLE_WORDS[l].scrollHint)}</p>` +
    `${wrap(TABLE_NAMES[l].episodes, 'table-wrap episodes-wrap')}<table class="episodes-table"><thead><tr><th scope="col">${e(TABLE_WORDS[l].metric)}</th>${head}</tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`;
}

/**
 * When each series is published and which edition first includes an observation, from the
 * catalog's schedules (the methodology page; the metrics use the same numbers).
 */
export function publicationTable(l: Locale): string {
  const w = TABLE_WORDS[l];
  const rows = SERIES.map((s) => {
    const { schedule } = s.publication;
    const days = daysToFirstEdition(s.publication);
    return `<tr data-series="${e(s.id)}"><th scope="row">${e(s.title[l])}</th><td>${e(schedule[l])}</td>` +
      `<td>${e(days === 0 ? w.sameDay : w.nextDay(days))}</td></tr>`;
  }).join('');
  return `${wrap(TABLE_NAMES[l].publication)}<table class="publication-table"><thead><tr><th scope="col">${e(w.series)}</th>` +
    `<th scope="col">${e(w.schedule)}</th><th scope="col">${e(w.firstEdition)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/**
 * A date in a backtest table, kept on one line: on a phone a narrow column had broken it
 * mid-date ("2019年9 / 月16日"); "none" where there is no such day.
 */
const backtestDay = (d: string | null, l: Locale): string =>
  (d ? `<span class="nowrap">${e(formatDate(d, l))}</span>` : e(BACKTEST_WORDS[l].none));

/** The regime's backtest: labelled episodes, calm periods and where the red days fall. */
export function backtestTable(b: Backtest, l: Locale): string {
  const w = BACKTEST_WORDS[l];
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  const day = (d: string | null) => backtestDay(d, l);
  const eps = b.episodes.map((x) =>
    `<tr data-episode="${e(x.id)}"><th scope="row">${e(EPISODE_NAMES[l][x.id])}</th><td>${day(x.from)} – ${day(x.to)}</td>` +
    `<td class="num">${x.days}</td><td class="num">${pct(x.alertShare)}</td><td>${day(x.firstAlert)}</td><td>${day(x.firstRed)}</td>` +
    `<td>${day(x.peak)}</td><td>${e(x.detected ? w.yes : w.no)}</td></tr>`).join('');
  const calm = b.calm.map((x) =>
    `<tr data-calm="${e(x.id)}"><th scope="row">${e(CALM_NAMES[l][x.id])}</th><td class="num">${x.days}</td>` +
    `<td class="num">${pct(x.amberShare)}</td><td class="num">${pct(x.redShare)}</td></tr>`).join('');
  const share = b.redDays ? pct(b.redInEpisodes / b.redDays) : pct(0);
  return `${wrap(TABLE_NAMES[l].backtestEpisodes)}<table class="backtest-table"><thead><tr><th scope="col">${e(w.episode)}</th><th scope="col">${e(w.window)}</th>` +
    `<th scope="col">${e(w.editions)}</th><th scope="col">${e(w.alert)}</th><th scope="col">${e(w.firstAlert)}</th><th scope="col">${e(w.firstRed)}</th>` +
    `<th scope="col">${e(w.peak)}</th><th scope="col">${e(w.byPeak)}</th></tr></thead><tbody>${eps}</tbody></table></div>` +
    `${wrap(TABLE_NAMES[l].backtestCalm)}<table class="backtest-table"><thead><tr><th scope="col">${e(w.period)}</th><th scope="col">${e(w.editions)}</th>` +
    `<th scope="col">${e(w.tight)}</th><th scope="col">${e(w.stress)}</th></tr></thead><tbody>${calm}</tbody></table></div>` +
    `<p class="backtest-summary">${e(w.summary(b.days, formatDate(b.from, l), formatDate(b.to, l), b.redDays, b.redInEpisodes, share))}</p>` +
    channelBacktest(b, l);
}

/** Each channel in each labelled episode: when it first read amber and red, against the peak, and for how much of the window. */
function channelBacktest(b: Backtest, l: Locale): string {
  const w = BACKTEST_WORDS[l];
  const pct = (x: number) => `${(x * 100).toFixed(0)}%`;
  const day = (d: string | null) => backtestDay(d, l);
  const rows = b.channels.map((c) =>
    `<tr data-episode="${e(c.episode)}" data-channel="${e(c.channel)}"><th scope="row">${e(EPISODE_NAMES[l][c.episode] ?? c.episode)}</th>` +
    `<td>${e(c.channel === 'overall' ? w.overall : CHANNEL_NAMES[l][c.channel])}</td><td>${day(c.firstAmber)}</td><td>${day(c.firstRed)}</td>` +
    `<td>${e(w.leadDays(c.lead))}</td><td class="num">${pct(c.amberShare)}</td><td class="num">${pct(c.redShare)}</td></tr>`).join('');
  return `${wrap(TABLE_NAMES[l].backtestChannels)}<table class="backtest-table"><thead><tr><th scope="col">${e(w.episode)}</th><th scope="col">${e(w.channel)}</th>` +
    `<th scope="col">${e(w.firstAmber)}</th><th scope="col">${e(w.firstRed)}</th><th scope="col">${e(w.lead)}</th>` +
    `<th scope="col">${e(w.tight)}</th><th scope="col">${e(w.stress)}</th></tr></thead><tbody>${rows}</tbody></table></div>` +
    `<p class="backtest-summary">${e(w.flips(b.flips, b.days, `${((b.days ? b.flips / b.days : 0) * 100).toFixed(1)}%`))}</p>` +
    yearBacktest(b, l);
}

/** Per calendar year: alerts outside the labelled episodes (false alarms, or stress we did not label) and single-day flips. */
function yearBacktest(b: Backtest, l: Locale): string {
  const w = BACKTEST_WORDS[l];
  const rows = b.years.map((y) =>
    `<tr data-year="${e(y.year)}"><th scope="row">${e(y.year)}</th><td class="num">${y.days}</td><td class="num">${y.amberOutside}</td>` +
    `<td class="num">${y.redOutside}</td><td class="num">${y.flips}</td></tr>`).join('');
  return `${wrap(TABLE_NAMES[l].backtestYears)}<table class="backtest-table"><thead><tr><th scope="col">${e(w.year)}</th><th scope="col">${e(w.editions)}</th>` +
    `<th scope="col">${e(w.amberOutside)}</th><th scope="col">${e(w.redOutside)}</th><th scope="col">${e(w.yearFlips)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** Every signal rule with its level, for the methodology page. */
export function rulesTable(l: Locale): string {
  const w = TABLE_WORDS[l];
  const rows = RULES.map((r) =>
    `<tr data-rule="${e(r.id)}"><td>${e(PILLAR_NAMES[l][r.pillar])}</td><td>${badge(r.level, l)}</td><td>${e(ruleText(r.id, l))}</td></tr>`).join('');
  const overall = (['stress', 'tight', 'calm'] as const).map((k, i) =>
    `<tr data-rule="overall.${k}"><td>${e(PILLAR_NAMES[l].overall)}</td><td>${badge(2 - i, l)}</td><td>${e(ruleText(`overall.${k}`, l))}</td></tr>`).join('');
  return `${wrap(TABLE_NAMES[l].rules)}<table class="rules-table"><thead><tr><th scope="col">${e(w.pillar)}</th><th scope="col">${e(w.level)}</th>` +
    `<th scope="col">${e(w.ruleDef)}</th></tr></thead><tbody>${rows}${overall}</tbody></table></div>`;
}
