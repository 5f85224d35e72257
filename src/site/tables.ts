// HTML for the report's table blocks. Presentation only: values come from the metrics layer,
// words from src/i18n.
import type { Locale } from '../catalog/series.ts';
import { EPISODE_NAMES, PILLAR_NAMES, TABLE_NAMES, TABLE_WORDS, ruleText } from '../i18n/report.ts';
import { metricName } from '../i18n/metrics.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { RULES } from '../metrics/signals.ts';
import { escapeHtml as e } from '../report/escape.ts';
import { formatDate, formatFigure, signalName } from '../report/format.ts';

const LEVEL_CLASS = ['green', 'amber', 'red'] as const;

/** A table that may scroll sideways: a named region keyboard users can focus and scroll. */
const wrap = (name: string) => `<div class="table-wrap" role="region" tabindex="0" aria-label="${e(name)}">`;

const badge = (level: number | null, l: Locale) =>
  level === null
    ? `<span class="state state-none">${e(TABLE_WORDS[l].noData)}</span>`
    : `<span class="state state-${LEVEL_CLASS[level]}">${e(signalName(level, l))}</span>`;

/** Each pillar's state and the rule that decided it. */
export function signalsTable(m: EditionMetrics, l: Locale): string {
  const w = TABLE_WORDS[l];
  const rows = m.signals.map((s) =>
    `<tr data-pillar="${s.pillar}" data-level="${s.level ?? 'none'}"><th scope="row">${e(PILLAR_NAMES[l][s.pillar] ?? s.pillar)}</th>` +
    `<td>${badge(s.level, l)}</td><td>${e(ruleText(s.rule, l))}</td></tr>`).join('');
  return `${wrap(TABLE_NAMES[l].signals)}<table class="signals-table"><thead><tr><th scope="col">${e(w.pillar)}</th>` +
    `<th scope="col">${e(w.state)}</th><th scope="col">${e(w.rule)}</th></tr></thead><tbody>${rows}</tbody></table></div>`;
}

/** The same key metrics at each past episode and at this edition, side by side. */
export function episodesTable(columns: readonly { id: string; metrics: EditionMetrics }[], metrics: readonly string[], l: Locale): string {
  const head = columns.map((c) =>
    `<th scope="col">${e(EPISODE_NAMES[l][c.id] ?? c.id)}<span class="col-date">${e(formatDate(c.metrics.asOf, l))}</span></th>`).join('');
  const rows = metrics.map((key) => {
    const cells = columns.map((c) => {
      const f = c.metrics.figures[key];
      if (!f) return `<td class="na">${e(TABLE_WORDS[l].noData)}</td>`;
      return key.startsWith('signal.') ? `<td>${badge(f.value, l)}</td>` : `<td class="num">${e(formatFigure(f, l))}</td>`;
    }).join('');
    return `<tr data-metric="${e(key)}"><th scope="row">${e(metricName(key, l))}</th>${cells}</tr>`;
  }).join('');
  return `${wrap(TABLE_NAMES[l].episodes)}<table class="episodes-table"><thead><tr><th scope="col">${e(TABLE_WORDS[l].metric)}</th>${head}</tr></thead>` +
    `<tbody>${rows}</tbody></table></div>`;
}

/** Every signal rule with its level, for the methodology page. */
export function rulesTable(l: Locale): string {
  const w = TABLE_WORDS[l];
  const rows = RULES.map((r) =>
    `<tr data-rule="${e(r.id)}"><td>${e(PILLAR_NAMES[l][r.pillar] ?? r.pillar)}</td><td>${badge(r.level, l)}</td><td>${e(ruleText(r.id, l))}</td></tr>`).join('');
  const overall = (['stress', 'tight', 'calm'] as const).map((k, i) =>
    `<tr data-rule="overall.${k}"><td>${e(PILLAR_NAMES[l].overall ?? '')}</td><td>${badge(2 - i, l)}</td><td>${e(ruleText(`overall.${k}`, l))}</td></tr>`).join('');
  return `${wrap(TABLE_NAMES[l].rules)}<table class="rules-table"><thead><tr><th scope="col">${e(w.pillar)}</th><th scope="col">${e(w.level)}</th>` +
    `<th scope="col">${e(w.ruleDef)}</th></tr></thead><tbody>${rows}${overall}</tbody></table></div>`;
}
