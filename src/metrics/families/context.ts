import { EVENTS, endedBy, runningAt, taxDateOf, type PolicyEvent } from '../../catalog/events.ts';
import { addDays } from '../../core/dates.ts';
import { defineFamily } from '../family.ts';
import { lastNKnown, latestAt, latestKnown } from '../lookup.ts';

// What else was happening (issue 19 §2), as figures the summary can check a sentence against:
// the Treasury's cash over a running shutdown or debt-limit episode (events catalog), its move on
// the latest estimated-tax date, and the latest change of the Fed's target range, read from the
// range series themselves, never typed by hand. Each exists only while it is news, so a
// template guards a sentence on it with `has`.

/** Business days a tax date or a move of the range stays news. */
export const CONTEXT_NEWS_DAYS = 5;
export const RANGE_MOVE_NEWS_DAYS = 10;
/** Business days after a debt-limit resolution during which the Treasury's rebuild of its cash is news. */
export const REBUILD_NEWS_DAYS = 60;

const shutdowns: readonly PolicyEvent[] = EVENTS.filter((e) => e.topic === 'shutdown');
// Episodes of the debt limit, not the Treasury's estimates within them (ids `xDate…`).
const debtLimits: readonly PolicyEvent[] = EVENTS.filter((e) => e.topic === 'debtLimit' && e.id.startsWith('debtLimit'));
// Stopgap increases within an episode (ids `limitRaise…`): the Treasury may borrow again, so
// from the increase on, the cash is measured from the close of its day, not from the episode's start.
const limitRaises: readonly PolicyEvent[] = EVENTS.filter((e) => e.topic === 'debtLimit' && e.id.startsWith('limitRaise'));

export const context = defineFamily({
  id: 'context',
  doc: 'What else was happening: the TGA over a shutdown or debt-limit episode and on tax dates; the latest move of the target range.',
  bases: {},
  metrics: {
    'tga.chgShutdown': { kind: 'usd_bn_delta', doc: 'TGA change since the last close before a running government shutdown (events catalog); only while it runs' },
    'tga.atShutdownStart': { kind: 'usd_bn', doc: 'TGA close before that shutdown began, with its date' },
    'tga.chgDebtLimit': { kind: 'usd_bn_delta', doc: 'TGA change since the last close before the Treasury began extraordinary measures; only while the episode runs' },
    'tga.atDebtLimitStart': { kind: 'usd_bn', doc: 'TGA close before those extraordinary measures began, with its date' },
    'tga.chgSinceRaise': { kind: 'usd_bn_delta', doc: 'TGA change since the close of the day a stopgap increase of the debt limit was signed (events catalog); while the episode it eased runs, in place of tga.chgDebtLimit' },
    'tga.atRaise': { kind: 'usd_bn', doc: 'TGA close on the day of that stopgap increase, with its date' },
    'tga.chgRebuild': { kind: 'usd_bn_delta', doc: `TGA change since the last close on or before a debt-limit resolution; within ${REBUILD_NEWS_DAYS} business days of it` },
    'tga.atRebuildStart': { kind: 'usd_bn', doc: 'TGA close on or before that resolution, with its date' },
    'tga.taxDay': { kind: 'usd_bn_delta', doc: `TGA change on the latest estimated-tax date (catalog rule), dated that day; within ${CONTEXT_NEWS_DAYS} business days of it` },
    'rangeTop.lastMove': { kind: 'bp', doc: `the latest change of the top of the target range, dated the day it took effect; within ${RANGE_MOVE_NEWS_DAYS} business days of it` },
  },
  start: (run) => {
    const tga = run.base('tga').obs;
    const top = run.base('rangeTop').obs;
    // The range's latest move as the range series showed it by each edition: fed once, in order.
    let prev: number | undefined;
    let move: { date: string; bp: number } | undefined;
    run.feed(top, (o) => {
      if (prev !== undefined && o.value !== prev) move = { date: o.date, bp: Math.round((o.value - prev) * 100) };
      prev = o.value;
    });
    return (ed) => {
      const last = latestKnown(tga, ed.asOf);
      type Pair = ['tga.chgShutdown', 'tga.atShutdownStart'] | ['tga.chgDebtLimit', 'tga.atDebtLimitStart'] | ['tga.chgRebuild', 'tga.atRebuildStart']
        | ['tga.chgSinceRaise', 'tga.atRaise'];
      // `levelAlone`: the level at the start is news even before a later close shows the change.
      const since = (from: string | undefined, [chg, at]: Pair, levelAlone = false) => {
        const before = from && last ? latestAt(tga, from) : undefined;
        if (!last || !before) return;
        if (last.date <= before.date) {
          // The latest close public by the cut-off, which may predate `from`'s own close.
          if (levelAlone) ed.put(at, last.value, last.date, ['TGA_CLOSE']);
          return;
        }
        ed.put(at, before.value, before.date, ['TGA_CLOSE']);
        ed.put(chg, last.value - before.value, last.date, ['TGA_CLOSE']);
      };
      const dayBefore = (e: PolicyEvent | undefined) => (e ? addDays(e.date, -1) : undefined);
      since(dayBefore(shutdowns.find((e) => runningAt(e, ed.asOf))), ['tga.chgShutdown', 'tga.atShutdownStart']);
      // "Unable to borrow more" stops being true the day a stopgap increase is public.
      const raise = limitRaises.find((e) => runningAt(e, ed.asOf));
      if (raise) since(raise.date, ['tga.chgSinceRaise', 'tga.atRaise']);
      else since(dayBefore(debtLimits.find((e) => runningAt(e, ed.asOf))), ['tga.chgDebtLimit', 'tga.atDebtLimitStart']);
      // After a resolution the Treasury borrows again and rebuilds its cash, draining reserves and ON RRP.
      const resolved = debtLimits.find((e) => e.end !== undefined && endedBy(e, ed.asOf) && run.calendar.add(e.end, REBUILD_NEWS_DAYS) >= ed.asOf);
      // A resolution over a weekend (Jun 3, 2023) is news on Monday, before any close after it.
      since(resolved?.end, ['tga.chgRebuild', 'tga.atRebuildStart'], true);

      // The latest tax date on or before the edition, this month's or last month's.
      const month = ed.asOf.slice(0, 7);
      const prior = addDays(`${month}-01`, -1).slice(0, 7);
      const tax = [taxDateOf(month), taxDateOf(prior)].find((d): d is string => d !== undefined && d <= ed.asOf);
      if (tax && run.calendar.add(tax, CONTEXT_NEWS_DAYS) >= ed.asOf) {
        const recent = lastNKnown(tga, ed.asOf, 12);
        const i = recent.findIndex((o) => o.date === tax);
        const day = recent[i];
        const before = recent[i - 1];
        if (day && before) ed.put('tga.taxDay', day.value - before.value, day.date, ['TGA_CLOSE']);
      }

      if (move && run.calendar.add(move.date, RANGE_MOVE_NEWS_DAYS) >= ed.asOf) ed.put('rangeTop.lastMove', move.bp, move.date, ['DFEDTARU']);
    };
  },
});
