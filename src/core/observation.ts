/** One dated value. Dates are ISO `YYYY-MM-DD` in the source's own publication terms. */
export interface Observation {
  readonly date: string;
  readonly value: number;
  /**
   * The first edition date on which the value was public (metrics/publication.ts sets it from the
   * catalog's schedule). Absent on raw snapshot data, where it counts as `date`.
   */
  readonly known?: string;
}
