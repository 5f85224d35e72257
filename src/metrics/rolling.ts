import type { Observation } from '../core/observation.ts';

// Incremental window statistics for the one-pass timeline: each structure is fed observations
// in date order and answers for the current date without rescanning history.

/** Maximum over a trailing calendar window (monotonic deque). */
export class WindowMax {
  private readonly q: Observation[] = [];
  private head = 0;

  push(o: Observation): void {
    while (this.q.length > this.head && (this.q.at(-1) as Observation).value <= o.value) this.q.pop();
    this.q.push(o);
  }

  /** The highest observation dated >= from, or undefined. */
  maxSince(from: string): Observation | undefined {
    while (this.head < this.q.length && (this.q[this.head] as Observation).date < from) this.head++;
    return this.q[this.head];
  }
}

/**
 * The highest positive observation so far (the first to reach it wins a tie), with the first
 * observation seen and how many were seen: a record only holds over the span of the data.
 */
export class RunningMax {
  top: Observation | undefined;
  first: Observation | undefined;
  count = 0;

  push(o: Observation): void {
    this.first ??= o;
    this.count++;
    if (o.value > 0 && (!this.top || o.value > this.top.value)) this.top = o;
  }
}

/** Percentile rank of a value within a trailing calendar window (sorted array). */
export class WindowRank {
  private readonly sorted: number[] = [];
  private readonly fifo: Observation[] = [];
  private head = 0;

  push(o: Observation): void {
    this.fifo.push(o);
    this.sorted.splice(lowerBound(this.sorted, o.value), 0, o.value);
  }

  /**
   * Share (0…100) of window observations at or below `value`, dropping those before `from`.
   * Undefined with fewer than `minCount` observations in the window.
   */
  rank(value: number, from: string, minCount: number): number | undefined {
    while (this.head < this.fifo.length && (this.fifo[this.head] as Observation).date < from) {
      const old = (this.fifo[this.head++] as Observation).value;
      this.sorted.splice(lowerBound(this.sorted, old), 1);
    }
    const n = this.sorted.length;
    if (n < minCount) return undefined;
    return Math.round((upperBound(this.sorted, value) / n) * 1000) / 10;
  }
}

function lowerBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) < x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

function upperBound(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if ((a[mid] as number) <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Pearson correlation over the last `size` pairs, kept as running sums. */
export class RollingCorrelation {
  private readonly pairs: [number, number][] = [];
  private head = 0;
  private sx = 0;
  private sy = 0;
  private sxx = 0;
  private syy = 0;
  private sxy = 0;
  private readonly size: number;

  constructor(size: number) {
    this.size = size;
  }

  push(x: number, y: number): void {
    this.pairs.push([x, y]);
    this.add(x, y, 1);
    if (this.pairs.length - this.head > this.size) {
      const [ox, oy] = this.pairs[this.head++] as [number, number];
      this.add(ox, oy, -1);
    }
  }

  get count(): number {
    return this.pairs.length - this.head;
  }

  value(): number | undefined {
    const n = this.count;
    const vx = n * this.sxx - this.sx * this.sx;
    const vy = n * this.syy - this.sy * this.sy;
    if (n < 3 || vx <= 0 || vy <= 0) return undefined;
    return (n * this.sxy - this.sx * this.sy) / Math.sqrt(vx * vy);
  }

  private add(x: number, y: number, sign: 1 | -1): void {
    this.sx += sign * x;
    this.sy += sign * y;
    this.sxx += sign * x * x;
    this.syy += sign * y * y;
    this.sxy += sign * x * y;
  }
}
