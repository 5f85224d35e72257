import type { Family } from './family.ts';
import type { FigureKind } from '../core/figure.ts';
import { FAMILIES } from './registry.ts';

// The template README's metric list, written from the family declarations so it cannot drift
// from what the metrics layer computes (`npm run metrics:doc` rewrites it; a unit test checks it).

const BEGIN = '<!-- metrics:begin';
export const DOC_BEGIN = `${BEGIN} (generated from src/metrics/families by npm run metrics:doc; do not edit by hand) -->`;
export const DOC_END = '<!-- metrics:end -->';

const KIND_WORDS: Readonly<Record<FigureKind, string>> = {
  pct: '%', bp: 'bp', usd_bn: '$bn', usd_bn_delta: '$bn change', pct_chg: '% change', share: 'share', count: 'count',
  corr: 'correlation', rank: 'percentile', signal: 'signal', flag: 'yes/no',
};

const code = (s: string) => `\`${s}\``;

/** The standard measures the paragraph below names, so a new one cannot go unmentioned (measures.ts). */
export const DOCUMENTED_MEASURES = ['latest', 'max1m', 'chg1d', 'chg1w', 'chg1m', 'chg3m', 'chgYtd', 'rank1y', 'rank5y', 'min2d'] as const;

/** The metric list (Markdown, between the markers) for content/reports/README.md. */
export function metricListMarkdown(families: readonly Family[] = FAMILIES as readonly Family[]): string {
  const lines = [
    DOC_BEGIN,
    '',
    'Every base has these measures: `latest` its latest value; `max1m` the highest of the past month, with its own date; ' +
      '`chg1d`, `chg1w`, `chg1m`, `chg3m`, `chgYtd` its change over a day, a week, one and three months and the year to date ' +
      '(rates and spreads in bp, balances in $bn); `rank1y`, `rank5y` the percentile of the latest value. Spreads (bp) also ' +
      'have `min2d`, the lower of the last two prints.',
  ];
  for (const f of families) {
    lines.push('', `#### ${code(f.id)}: ${f.doc}`, '');
    const bases = Object.entries(f.bases);
    if (bases.length) {
      lines.push(`- bases: ${bases.map(([k, b]) => `${code(k)} (${KIND_WORDS[b.kind]}) ${b.doc}`).join('; ')}`);
    }
    for (const [k, m] of Object.entries(f.metrics)) lines.push(`- ${code(k)} (${KIND_WORDS[m.kind]}): ${m.doc}`);
  }
  lines.push('', DOC_END);
  return lines.join('\n');
}

/** `text` with the part between the markers replaced by `list`; throws when the markers are missing. */
export function replaceMetricList(text: string, list: string, file: string): string {
  const a = text.indexOf(BEGIN);
  const b = text.indexOf(DOC_END);
  if (a < 0 || b < a) throw new Error(`${file}: no "${BEGIN} -->" … "${DOC_END}" markers; put them where the metric list belongs`);
  return text.slice(0, a) + list + text.slice(b + DOC_END.length);
}
