// The daily verdict history as one CSV: each edition's overall reading and every pillar's level,
// with the rule that decided each, exactly as that edition published them. Pure.
import type { EditionMetrics } from '../metrics/timeline.ts';

/** The pillars in the order editions list them; a pillar added later joins where it first appears. */
function pillarsOf(dates: readonly string[], timeline: ReadonlyMap<string, EditionMetrics>): string[] {
  const seen = new Set<string>(['overall']);
  for (const d of dates) for (const s of timeline.get(d)?.signals ?? []) seen.add(s.pillar);
  return [...seen];
}

/**
 * `date,overall,overall_rule,<pillar>,<pillar>_rule,…`: levels 0 green/calm, 1 amber/tight,
 * 2 red/stressed, empty without a reading; rule ids are those of the methodology page.
 */
export function verdictHistoryCsv(dates: readonly string[], timeline: ReadonlyMap<string, EditionMetrics>): string {
  const pillars = pillarsOf(dates, timeline);
  const lines = [['date', ...pillars.flatMap((p) => [p, `${p}_rule`])].join(',')];
  for (const date of dates) {
    const m = timeline.get(date);
    if (!m) throw new Error(`verdict history: ${date} is not in the timeline`);
    const by = new Map(m.signals.map((s) => [s.pillar as string, s]));
    lines.push([date, ...pillars.flatMap((p) => {
      const s = by.get(p);
      return [s?.level ?? '', s?.rule ?? ''];
    })].join(','));
  }
  return `${lines.join('\n')}\n`;
}
