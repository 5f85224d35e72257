// What a daily run tells people: the commit message for the snapshot it refreshed, and a
// Markdown table for the CI run's summary page. Pure functions of the update's outcomes.
import { printable } from '../update/printable.ts';
import type { SeriesOutcome } from '../update/run.ts';

/** What `npm run update` writes to UPDATE_SUMMARY: its exit code and one outcome per series. */
export interface UpdateSummary {
  readonly exitCode: number;
  readonly noNetwork: boolean;
  readonly wrote: boolean;
  readonly outcomes: readonly SeriesOutcome[];
}

const plural = (n: number, one: string, many: string) => `${n} ${n === 1 ? one : many}`;

/**
 * Subject: total new and revised rows and the latest observation; body: one line per series
 * that changed or is not ok, so `git log` reads as a data changelog.
 */
export function commitMessage(outcomes: readonly SeriesOutcome[]): string {
  const added = outcomes.reduce((n, o) => n + o.added, 0);
  const revised = outcomes.reduce((n, o) => n + o.revised, 0);
  const latest = outcomes.map((o) => o.last).filter((d): d is string => d !== null).sort().at(-1);
  const notOk = outcomes.filter((o) => o.status !== 'ok');
  const subject = `data: ${plural(added, 'new row', 'new rows')}, ${plural(revised, 'revision', 'revisions')}` +
    `${latest ? ` through ${latest}` : ''}${notOk.length ? `; ${notOk.length} stale` : ''}`;
  const changed = outcomes.filter((o) => o.added > 0 || o.revised > 0 || o.withdrawn > 0 || o.status !== 'ok');
  const width = Math.max(6, ...changed.map((o) => o.id.length));
  const lines = changed.map((o) => {
    // Withdrawn rows are kept; the count tells a reviewer to look at manifest.withdrawn.
    const counts = `+${o.added} new, ${o.revised} revised${o.withdrawn > 0 ? `, ${o.withdrawn} withdrawn by the source (kept)` : ''}`;
    const state = o.status === 'ok' ? `last ${o.last ?? '-'}` : `${o.status.toUpperCase()} (last ${o.last ?? '-'}): ${printable(o.reason ?? 'no reason given')}`;
    return `${o.id.padEnd(width)}  ${o.source.padEnd(10)} ${counts.padEnd(22)} ${state}`;
  });
  return [subject, '', ...(lines.length ? lines : ['no series changed']), '', 'Written by the daily workflow (npm run daily).'].join('\n') + '\n';
}

/**
 * A Markdown table of the outcomes for $GITHUB_STEP_SUMMARY. A reason is source text: one line,
 * and no pipe or angle bracket that could end its cell or open HTML.
 */
export function markdownTable(outcomes: readonly SeriesOutcome[]): string {
  const cell = (s: string) => printable(s).replace(/\|/g, '\\|').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\s+/g, ' ');
  return [
    '| series | source | new | revised | last obs | status | why |',
    '|---|---|--:|--:|---|---|---|',
    ...outcomes.map((o) => `| ${o.id} | ${o.source} | ${o.added} | ${o.revised} | ${o.last ?? '-'} | ${o.status} | ${cell(o.reason ?? '')} |`),
  ].join('\n');
}
