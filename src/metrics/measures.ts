import type { SeriesId } from '../catalog/series.ts';
import { addDays } from '../core/dates.ts';
import type { Observation } from '../core/observation.ts';
import { toBp } from './derived.ts';
import type { Base, Run, StandardMeasure } from './family.ts';
import type { FigureKind } from '../core/figure.ts';
import { indexKnownBy, latestAt } from './lookup.ts';
import { WindowMax, WindowRank } from './rolling.ts';

// The measures every base series gets (latest, changes, one-month high, percentiles), computed
// incrementally for all bases of all families.

export function addMonths(date: string, n: number): string {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  const t = new Date(Date.UTC(y, m - 1 + n, 1));
  const last = new Date(Date.UTC(t.getUTCFullYear(), t.getUTCMonth() + 1, 0)).getUTCDate();
  t.setUTCDate(Math.min(d, last));
  return t.toISOString().slice(0, 10);
}

/** Calendar lookbacks for change figures, anchored on the latest observation's date. */
const CHANGES: readonly [suffix: StandardMeasure, back: (date: string) => string][] = [
  ['chg1w', (d) => addDays(d, -7)],
  ['chg1m', (d) => addMonths(d, -1)],
  ['chg3m', (d) => addMonths(d, -3)],
  ['chgYtd', (d) => `${Number(d.slice(0, 4)) - 1}-12-31`],
];

export const changeKind = (b: Pick<Base, 'kind'>): FigureKind => (b.kind === 'usd_bn' ? 'usd_bn_delta' : 'bp');
const change = (b: Base, now: number, then: number) =>
  b.kind === 'pct' ? toBp(now - then) : Math.round((now - then) * 1e6) / 1e6;

/** The kind of figure each standard measure of a base gives. */
export function standardKinds(kind: Base['kind']): Record<StandardMeasure, FigureKind> & { min2d?: FigureKind } {
  const delta = changeKind({ kind });
  return {
    latest: kind, max1m: kind, chg1d: delta, chg1w: delta, chg1m: delta, chg3m: delta, chgYtd: delta, rank1y: 'rank', rank5y: 'rank',
    ...(kind === 'bp' ? { min2d: 'bp' as const } : {}),
  };
}

export type Set = (key: string, value: number | undefined, kind: FigureKind, date: string, series: readonly SeriesId[]) => void;

/** Sets up the windows of every base; returns the step that sets their measures for one edition. */
export function startStandard(run: Run, bases: readonly Base[]): (asOf: string, set: Set) => void {
  const state = bases.map((b) => {
    const s = { b, y1: new WindowRank(), y5: new WindowRank(), month: new WindowMax(), keys: keysOf(b.key) };
    run.feed(b.obs, (o) => {
      s.y1.push(o);
      s.y5.push(o);
    });
    // Highest value of the past month, with its own date.
    run.feed(b.obs, (o) => s.month.push(o));
    return s;
  });

  return (asOf, set) => {
    for (const { b, y1, y5, month, keys } of state) {
      if (b.until && asOf >= b.until) continue;
      const i = indexKnownBy(b.obs, asOf);
      const last = b.obs[i];
      if (!last) continue;
      const delta = changeKind(b);
      set(keys.latest, last.value, b.kind, last.date, b.series);
      const top = month.maxSince(addMonths(last.date, -1));
      if (top) set(keys.max1m, top.value, b.kind, top.date, b.series);
      const prev = b.obs[i - 1];
      if (prev) set(keys.chg1d, change(b, last.value, prev.value), delta, last.date, b.series);
      // The smaller of the last two prints: a spread that held, not a one-day blip.
      if (prev && b.kind === 'bp') set(keys.min2d, Math.min(last.value, prev.value), 'bp', last.date, b.series);
      for (const [suffix, back] of CHANGES) {
        const then = latestAt(b.obs, back(last.date));
        if (then) set(keys[suffix], change(b, last.value, then.value), delta, last.date, b.series);
      }
      const first = b.obs[0] as Observation;
      const from1 = addMonths(last.date, -12);
      const from5 = addMonths(last.date, -60);
      if (first.date <= from1) set(keys.rank1y, y1.rank(last.value, from1, 2), 'rank', last.date, b.series);
      if (first.date <= from5) set(keys.rank5y, y5.rank(last.value, from5, 2), 'rank', last.date, b.series);
    }
  };
}

/** Key strings built once per base, not once per edition. */
const keysOf = (base: string) =>
  Object.fromEntries([...CHANGES.map(([m]) => m), 'latest', 'max1m', 'chg1d', 'min2d', 'rank1y', 'rank5y'].map((m) => [m, `${base}.${m}`])) as
    Record<StandardMeasure | 'min2d', string>;
