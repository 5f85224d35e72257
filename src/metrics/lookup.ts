import type { Observation } from '../core/observation.ts';

// Point-in-time access. Two questions, kept apart:
// - by data date: the observation dated <= a date (latestAt, valueOn), for joins and lookbacks;
// - by edition date: the latest observation public by that edition's cut-off (latestKnown,
//   lastNKnown), for "what did the reader see on D". `known` rises with `date` within a series
//   (a fixed schedule), so both are binary searches.

const knownOf = (o: Observation) => o.known ?? o.date;

/** True when the observation was public by the edition of `asOf`. */
export const isKnownBy = (o: Observation, asOf: string): boolean => knownOf(o) <= asOf;

function lastIndexWhere(obs: readonly Observation[], ok: (o: Observation) => boolean): number {
  let lo = 0;
  let hi = obs.length - 1;
  let found = -1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (ok(obs[mid] as Observation)) {
      found = mid;
      lo = mid + 1;
    } else {
      hi = mid - 1;
    }
  }
  return found;
}

/** Index of the last observation dated <= date, or -1. */
export const indexAtOrBefore = (obs: readonly Observation[], date: string): number =>
  lastIndexWhere(obs, (o) => o.date <= date);

/** Index of the last observation public by the edition of `asOf`, or -1. */
export const indexKnownBy = (obs: readonly Observation[], asOf: string): number =>
  lastIndexWhere(obs, (o) => isKnownBy(o, asOf));

/** The latest observation dated <= date. */
export function latestAt(obs: readonly Observation[], date: string): Observation | undefined {
  const i = indexAtOrBefore(obs, date);
  return i < 0 ? undefined : obs[i];
}

/** The latest observation public by the edition of `asOf`. */
export function latestKnown(obs: readonly Observation[], asOf: string): Observation | undefined {
  const i = indexKnownBy(obs, asOf);
  return i < 0 ? undefined : obs[i];
}

/** The observation dated exactly `date`. */
export function valueOn(obs: readonly Observation[], date: string): number | undefined {
  const o = latestAt(obs, date);
  return o?.date === date ? o.value : undefined;
}

/** The last `n` observations public by the edition of `asOf`. */
export function lastNKnown(obs: readonly Observation[], asOf: string, n: number): readonly Observation[] {
  const end = indexKnownBy(obs, asOf) + 1;
  return obs.slice(Math.max(0, end - n), end);
}

/** The later of two `known` dates (a value built from two observations is public when both are). */
export const laterKnown = (a: Observation, b: Observation): string => {
  const x = knownOf(a);
  const y = knownOf(b);
  return x > y ? x : y;
};
