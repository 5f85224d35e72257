import type { SeriesId } from '../catalog/series.ts';
import type { Family } from './family.ts';
import { SERIES_ASSET } from './families/risk.ts';
import { FAMILIES, type MetricKey } from './registry.ts';
import { RULES, type RuleId } from './signals.ts';

// Which signal rules read a catalog series, derived from the rules' `needs` so a rule added to
// RULES shows on the indicator pages of its inputs without a second list. A metric's series are
// (1) what its subject's base derivation actually reads (probed: the derivation is run on empty
// inputs and every series it asks for is recorded, so IOER counts for SOFR − IORB through the
// splice), (2) for a risk asset the series its page shows, and (3) the series the computed
// figures name (`figureSeries`: family metrics such as `fiscal.netDrain3m` have no base).

/** The catalog series a base's derivation reads, with its declared series. */
function baseInputs(f: Family, key: string): SeriesId[] {
  const def = f.bases[key];
  if (!def) return [];
  const read = new Set<SeriesId>(def.series);
  def.derive((id) => {
    read.add(id);
    return [];
  });
  return [...read];
}

/** Series a metric reads as declared by its subject (a base or a risk asset), without data. */
export function declaredSeries(key: MetricKey): SeriesId[] {
  const subject = key.split('.')[0] as string;
  const fromBases = (FAMILIES as readonly Family[]).flatMap((f) => baseInputs(f, subject));
  const fromAsset = (Object.entries(SERIES_ASSET) as [SeriesId, string][]).filter(([, a]) => a === subject).map(([id]) => id);
  return [...new Set([...fromBases, ...fromAsset])];
}

/**
 * The rules whose needs read series `id`, in RULES order (red before amber within a pillar).
 * `figureSeries` gives the series the computed figures of a metric named (e.g. over a timeline).
 */
export function rulesReading(id: SeriesId, figureSeries: (key: MetricKey) => readonly SeriesId[] = () => []): RuleId[] {
  return RULES.filter((r) => r.needs.some((k: MetricKey) => declaredSeries(k).includes(id) || figureSeries(k).includes(id))).map((r) => r.id);
}
