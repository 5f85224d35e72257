// What a daily run tells people: the commit message for the snapshot it refreshed, and a
// Markdown table for the CI run's summary page. Pure functions of the update's outcomes.
import type { SourceId } from '../catalog/series.ts';
import { commandData, commandProperty, printable } from '../update/printable.ts';
import type { SeriesOutcome } from '../update/run.ts';
import type { Behind } from './behind.ts';

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
  return [subject, '', ...(lines.length ? lines : ['no series changed']), '', 'Written by the daily workflow (npm run daily).',
    // Pushed with the workflow's token, which starts no workflow; the marker also keeps push CI
    // off it if a fork pushes with a personal token.
    '[skip ci]', ''].join('\n'); // ends with a line break
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

const SOURCE_NAMES: Readonly<Record<SourceId, string>> = {
  fred: 'FRED', nyfed: 'New York Fed', fiscaldata: 'Treasury FiscalData', binance: 'Binance', ofr: 'Office of Financial Research',
};

const annotation = (level: 'error' | 'warning', title: string, message: string) =>
  `::${level} title=${commandProperty(title)}::${commandData(message)}`;

/** A Markdown table of the series behind schedule, for $GITHUB_STEP_SUMMARY. */
export function behindTable(behind: readonly Behind[]): string {
  return [
    '| behind schedule | source | last obs | business days late |',
    '|---|---|---|--:|',
    ...behind.map((b) => `| ${b.id} | ${SOURCE_NAMES[b.source]} | ${b.last ?? '-'} | ${b.businessDays} |`),
  ].join('\n');
}

/** The annotation for a run stopped by its settings: what to fix, not a data problem. */
export const configAnnotation = (message: string) =>
  annotation('error', 'Configuration error', `Nothing was fetched or published. ${message}`);

export interface RunForAnnotations {
  readonly exitCode: number;
  readonly stage: string;
  readonly outcomes: readonly SeriesOutcome[];
  readonly behind: readonly Behind[];
}

/**
 * The run's annotations, most important first: GitHub shows only the first ten of a step, so
 * the verdict on the run comes first, then one line per source (never one per series: an outage
 * of one source used to make twelve and push the verdict out).
 */
export function annotations(run: RunForAnnotations): string[] {
  const notOk = run.outcomes.filter((o) => o.status !== 'ok');
  const lines: string[] = [];
  if (run.exitCode !== 0 && run.exitCode !== 2) {
    lines.push(annotation('error', `Daily run failed at ${run.stage}`, `npm run daily exited ${run.exitCode}; nothing is published. See the log.`));
  } else if (notOk.length || run.behind.length) {
    const parts = [
      notOk.length ? `${plural(notOk.length, 'series', 'series')} could not be refreshed and ${notOk.length === 1 ? 'is' : 'are'} marked stale on the site` : '',
      run.behind.length ? `${plural(run.behind.length, 'series is', 'series are')} more than a few business days behind schedule` : '',
    ].filter(Boolean);
    lines.push(annotation('warning', 'Published with stale series', `${parts.join('; ')}. Details per source follow and in the step summary.`));
  }
  const sources = [...new Set([...notOk.map((o) => o.source), ...run.behind.map((b) => b.source)])];
  for (const source of sources) {
    const failed = notOk.filter((o) => o.source === source);
    const behind = run.behind.filter((b) => b.source === source && !failed.some((o) => o.id === b.id));
    const parts = [
      failed.length ? `not refreshed: ${failed.map((o) => `${o.id} (data through ${o.last ?? '-'})`).join(', ')}; first reason: ${failed[0]!.reason ?? 'none given'}` : '',
      behind.length ? `behind schedule: ${behind.map((b) => `${b.id} (last ${b.last ?? '-'}, ${b.businessDays} business days late)`).join(', ')}` : '',
    ].filter(Boolean);
    lines.push(annotation('warning', `Stale data from ${SOURCE_NAMES[source]}`, parts.join('. ')));
  }
  return lines;
}
