/** The first index of sorted `s` whose value is not below `value` (s.length when none): a binary search. */
export function lowerBound<T extends string | number>(s: readonly T[], value: T): number {
  let lo = 0;
  let hi = s.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((s[mid] as T) < value) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
