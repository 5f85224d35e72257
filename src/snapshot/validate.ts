import type { SeriesDef } from '../catalog/series.ts';
import { DataError } from '../core/errors.ts';
import { isIsoDate } from '../core/dates.ts';
import type { Observation } from '../core/observation.ts';

type Located = Observation & { readonly line?: number };

export interface ValidateContext {
  /** URL or file the observations came from. */
  readonly origin: string;
  /**
   * Latest acceptable observation date (ISO); later dates are "future" and rejected. Absent when
   * reading the committed snapshot: the build must not depend on the clock.
   */
  readonly today?: string;
}

/**
 * Checks a parsed series before it may touch the snapshot: every date a real YYYY-MM-DD date
 * (the parsers check this too; this is the last gate before the merge), dates strictly increasing
 * (so no duplicates), none in the future, every value finite and inside the catalog's
 * plausible bounds. Throws the first problem as a DataError naming series, origin and line.
 */
export function validateObservations(def: SeriesDef, obs: readonly Located[], ctx: ValidateContext): void {
  const [lo, hi] = def.bounds;
  let prev: Located | undefined;
  for (const o of obs) {
    const fail = (problem: string): never => {
      throw new DataError(def.id, ctx.origin, o.line, problem);
    };
    if (!isIsoDate(o.date)) fail(`date ${JSON.stringify(o.date)} is not a YYYY-MM-DD date`);
    if (prev && o.date === prev.date) fail(`duplicate date ${o.date}`);
    if (prev && o.date < prev.date) fail(`date ${o.date} is out of order (after ${prev.date})`);
    if (ctx.today !== undefined && o.date > ctx.today) fail(`date ${o.date} is in the future (today is ${ctx.today})`);
    if (def.endsOn !== undefined && o.date > def.endsOn) {
      fail(`date ${o.date} is after the series ended on ${def.endsOn} (catalog: endsOn); a source extending an ended series is an error, not new data`);
    }
    if (!Number.isFinite(o.value)) fail(`value on ${o.date} is not a finite number`);
    if (o.value < lo || o.value > hi) {
      fail(`value ${o.value} on ${o.date} is outside the plausible range ${lo}…${hi} (${def.unit}); check the source`);
    }
    prev = o;
  }
  if (obs.length === 0) throw new DataError(def.id, ctx.origin, undefined, 'no observations with a value');
}
