// When a chart says its policy-range data stop early: one rule for the rates chart and the
// pillars' band chart. A range series that stops before the chart's other data (stale data) is
// marked where it stops, so the band does not read as a range that was abolished; a lag of a
// few days is the usual publication delay, not a stop. Pure, and free of Plot, so the pillar
// charts drawn on the main thread can use it.
import { DAY_MS } from '../core/dates.ts';

const GAP_DAYS = 5;

/** Whether range data whose last day is `lastRange` stop early in a chart whose data run to `lastDay`. */
export const rangeStopsEarly = (lastRange: Date, lastDay: Date): boolean =>
  lastDay.getTime() - lastRange.getTime() > GAP_DAYS * DAY_MS;
