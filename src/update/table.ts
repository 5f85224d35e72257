import { printable } from './printable.ts';
import type { SeriesOutcome } from './run.ts';

/** The closing summary of an update run, one row per series, aligned for a terminal; source text made printable. */
export function outcomeTable(outcomes: readonly SeriesOutcome[]): string {
  const head = ['series', 'source', 'new', 'revised', 'last obs', 'status', 'why'];
  const rows = outcomes.map((o) => [o.id, o.source, String(o.added), String(o.revised), o.last ?? '-', o.status, printable(o.reason ?? '')]);
  const widths = head.map((h, i) => Math.max(h.length, ...rows.map((r) => (i === 6 ? 0 : (r[i] ?? '').length))));
  const line = (cells: string[]) =>
    cells.map((c, i) => (i === cells.length - 1 ? c : i === 2 || i === 3 ? c.padStart(widths[i] ?? 0) : c.padEnd(widths[i] ?? 0))).join('  ').trimEnd();
  const counts = (['ok', 'stale', 'failed'] as const).map((s) => `${outcomes.filter((o) => o.status === s).length} ${s}`).join(', ');
  return [line(head), ...rows.map(line), counts].join('\n');
}
