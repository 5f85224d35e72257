import type { Observation } from '../snapshot/observation.ts';

// Point-in-time access: everything in metrics/ reads series through these helpers, which
// never return an observation dated after the as-of date.

/** Index of the last observation dated <= asOf, or -1. Binary search: obs are ascending. */
export function indexAtOrBefore(obs: readonly Observation[], asOf: string): number {
  let lo = 0;
  let hi = obs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if ((obs[mid] as Observation).date <= asOf) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** The latest observation dated <= asOf. */
export function latestAt(obs: readonly Observation[], asOf: string): Observation | undefined {
  const i = indexAtOrBefore(obs, asOf);
  return i < 0 ? undefined : obs[i];
}

/** The observation dated exactly `date`. */
export function valueOn(obs: readonly Observation[], date: string): number | undefined {
  const o = latestAt(obs, date);
  return o?.date === date ? o.value : undefined;
}

/** Observations dated <= asOf, the last `n` of them. */
export function lastN(obs: readonly Observation[], asOf: string, n: number): readonly Observation[] {
  const end = indexAtOrBefore(obs, asOf) + 1;
  return obs.slice(Math.max(0, end - n), end);
}
