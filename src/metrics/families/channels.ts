import { EVENTS, type PolicyEvent } from '../../catalog/events.ts';
import { addDays } from '../../core/dates.ts';
import type { Observation } from '../../core/observation.ts';
import { laterKnown, latestAt, lastNKnown } from '../lookup.ts';
import { spreadSeries, toBp } from '../derived.ts';
import { defineFamily, level, type Obs } from '../family.ts';
import { CUTOFF_ET, type BusinessCalendar } from '../publication.ts';

// Inputs of the two channels beside repo: bank funding and the lender of last resort (H.4.1
// lending, the Fed's emergency actions), and the dash for cash (the 2-year yield's daily move
// against its own recent size, commercial paper against bills).

/** Daily moves the "usual move" is measured over (about three months of prints). */
const MOVE_WINDOW = 60;
/** A move is "big" against its recent usual size; below this floor (bp) every move is small. */
const MOVE_FLOOR_BP = 3;
/** Prints a big move stays news for (a week), so one day's move does not flip the verdict for a day. */
const MOVE_HOLD = 5;

/** Fed lending to banks, markets and foreign central banks: H.4.1 total loans plus liquidity swaps, $bn. */
function lendingSeries(loans: Obs, swaps: Obs): Observation[] {
  const out: Observation[] = [];
  for (const l of loans) {
    const s = latestAt(swaps, l.date);
    if (s?.date === l.date) out.push({ date: l.date, value: Math.round((l.value + s.value) * 1000) / 1000, known: laterKnown(l, s) });
  }
  return out;
}

/** The first edition that could report an event: its day, or the next business day when it came after the cut-off or on a holiday. */
export function firstEditionOf(e: PolicyEvent, cal: BusinessCalendar): string {
  const late = e.known !== undefined && e.known > CUTOFF_ET;
  return cal.isBusinessDay(e.date) && !late ? e.date : cal.next(e.date);
}

export const channels = defineFamily({
  id: 'channels',
  doc: 'Inputs of the bank-funding and dash-for-cash channels.',
  bases: {
    lending: { kind: 'usd_bn', series: ['WLCFLL', 'SWPT'], derive: (s) => lendingSeries(s('WLCFLL'), s('SWPT')),
      doc: 'Fed lending: H.4.1 total loans plus central bank liquidity swaps (Wednesday), $bn' },
    btfp: level('H41RESPPALDKNWW', 'Bank Term Funding Program loans (Wednesday), $bn: zero before the programme, none new after Mar 11, 2024', { pages: [] }),
    primaryCredit: level('WLCFLPCL', 'discount window primary credit (Wednesday), $bn', { pages: [] }),
    dgs2: level('DGS2', '2-year Treasury yield', { pages: [] }),
    cpBill: { kind: 'bp', series: ['RIFSPPFAAD90NB', 'DTB3'], derive: (s) => spreadSeries(s('RIFSPPFAAD90NB'), s('DTB3')),
      doc: '90-day AA financial commercial paper − 3-month bill, bp (blank on days CP has too few trades)' },
  },
  metrics: {
    'dgs2.bigMove': { kind: 'bp', unsigned: true, doc: 'the 2-year yield\'s largest daily fall of the last five prints (0 when none fell), relative to its usual size; dated by that move' },
    'dgs2.usualMove': { kind: 'bp', unsigned: true, doc: 'the usual daily move before it: root mean square of the 60 daily moves before, at least 3 bp' },
    'cpBill.high1w': { kind: 'bp', doc: 'the highest CP − bill print of the last five within a week of the latest, with its date (held a week, as the 2-year move is)' },
    'emergency.sinceRed': { kind: 'count', fromEvents: true, doc: 'business days since the first edition that could report the latest Fed emergency lending action (0 on that edition); dated by the action' },
    'emergency.sinceAny': { kind: 'count', fromEvents: true, doc: 'the same for any emergency action, an intermeeting cut included' },
  },
  start: (run) => {
    const dgs2 = run.base('dgs2').obs;
    const cpBill = run.base('cpBill').obs;
    // Each print's move and the usual size of the moves before it, fed as the prints become public.
    const moves: { date: string; move: number; usual: number }[] = [];
    let sumSq = 0;
    const window: number[] = [];
    run.feed(dgs2, (o, i) => {
      const prev = dgs2[i - 1];
      if (!prev) return;
      const move = toBp(o.value - prev.value);
      if (window.length === MOVE_WINDOW) moves.push({ date: o.date, move, usual: Math.max(MOVE_FLOOR_BP, Math.sqrt(sumSq / MOVE_WINDOW)) });
      window.push(move);
      sumSq += move * move;
      if (window.length > MOVE_WINDOW) sumSq -= (window.shift() as number) ** 2;
    });
    const actions = EVENTS.filter((e): e is typeof e & { lender: 1 | 2 } => 'lender' in e && e.lender !== undefined)
      .map((e) => ({ e, first: firstEditionOf(e, run.calendar) }))
      .sort((a, b) => a.first.localeCompare(b.first));
    /** Business days from `from` to `to` (0 on the same day), counting at most `cap`. */
    const businessDays = (from: string, to: string, cap: number) => {
      let n = 0;
      for (let d = from; d < to && n <= cap; d = run.calendar.next(d)) n++;
      return n;
    };
    return (ed) => {
      // Moves public by this edition: the last MOVE_HOLD of them, the biggest against its usual size.
      const known = lastNKnown(dgs2, ed.asOf, 1)[0];
      if (known) {
        let end = moves.length;
        while (end > 0 && (moves[end - 1] as { date: string }).date > known.date) end--;
        const recent = moves.slice(Math.max(0, end - MOVE_HOLD), end).filter((m) => m.date > addDays(known.date, -7));
        // Falls only: a flight to safety bids up short Treasuries; a jump in yields is a rate or
        // inflation shock (June 2022), another story.
        const big = recent.reduce<(typeof recent)[number] | undefined>((a, b) => (!a || -b.move / b.usual > -a.move / a.usual ? b : a), undefined);
        if (big) {
          ed.put('dgs2.bigMove', Math.max(0, -big.move), big.date, ['DGS2']);
          ed.put('dgs2.usualMove', Math.round(big.usual * 100) / 100, big.date, ['DGS2']);
        }
      }
      // Only prints of the last week count: the series has gaps of weeks on days too few trades were published.
      const cpLast = lastNKnown(cpBill, ed.asOf, 1)[0];
      const cp = cpLast ? lastNKnown(cpBill, ed.asOf, MOVE_HOLD).filter((o) => o.date > addDays(cpLast.date, -7)) : [];
      const cpTop = cp.reduce<Observation | undefined>((a, b) => (!a || b.value > a.value ? b : a), undefined);
      if (cpTop) ed.put('cpBill.high1w', cpTop.value, cpTop.date, ['RIFSPPFAAD90NB', 'DTB3']);
      // The latest emergency action this edition could report, and the latest lending one.
      const past = actions.filter((a) => a.first <= ed.asOf);
      const any = past.at(-1);
      const red = past.filter((a) => a.e.lender === 2).at(-1);
      if (any) ed.put('emergency.sinceAny', businessDays(any.first, ed.asOf, 30), any.e.date, [], false);
      if (red) ed.put('emergency.sinceRed', businessDays(red.first, ed.asOf, 30), red.e.date, [], false);
    };
  },
});
