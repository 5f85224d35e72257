// Prints the backtest of the overall regime and of each channel over every edition of the snapshot.
// Usage: npm run backtest [-- snapshot-dir]   (default content/data, or SNAPSHOT_DIR)
import { resolve } from 'node:path';
import { backtest, indexBacktest } from '../src/metrics/backtest.ts';
import { editionCalendar } from '../src/metrics/publication.ts';
import { computeTimeline } from '../src/metrics/timeline.ts';
import { readSnapshot } from '../src/snapshot/store.ts';

const dir = resolve(process.argv[2] ?? process.env.SNAPSHOT_DIR ?? 'content/data');
const snap = await readSnapshot(dir);
const dates = editionCalendar(snap);
console.log(`backtest: ${dates.length} editions from ${dir}`);
const b = backtest(computeTimeline(snap, dates));
const pct = (x: number) => `${(x * 100).toFixed(1)}%`.padStart(6);

console.log(`\nStress episodes (edition dates)          days  amber/red  first alert  first red   peak        by peak?`);
for (const e of b.episodes) {
  console.log(`  ${e.id.padEnd(12)} ${e.from} … ${e.to}  ${String(e.days).padStart(4)}  ${pct(e.alertShare)}     ${(e.firstAlert ?? '—').padEnd(11)}  ${(e.firstRed ?? '—').padEnd(10)}  ${e.peak}  ${e.detected ? 'yes' : 'NO'}`);
}
console.log(`\nCalm periods                             days   amber    red`);
for (const c of b.calm) console.log(`  ${c.id.padEnd(12)} ${c.from} … ${c.to}  ${String(c.days).padStart(4)}  ${pct(c.amberShare)}  ${pct(c.redShare)}`);
console.log(`\nRed days: ${b.redDays} of ${b.days} editions (${b.from} … ${b.to}); ${b.redInEpisodes} inside an episode (${pct(b.redDays ? b.redInEpisodes / b.redDays : 0).trim()}).`);

const lead = (n: number | null) => (n === null ? '—' : n > 0 ? `${n} before` : n < 0 ? `${-n} after` : 'on the day');
console.log(`\nBy channel (editions in each episode window)  first amber  first red   lead vs peak   amber    red`);
for (const c of b.channels) {
  console.log(`  ${c.episode.padEnd(12)} ${c.channel.padEnd(8)}                  ${(c.firstAmber ?? '—').padEnd(11)}  ${(c.firstRed ?? '—').padEnd(10)}  ${lead(c.lead).padEnd(13)}  ${pct(c.amberShare)}  ${pct(c.redShare)}`);
}
console.log(`\nBy year: alerts outside the episodes, single-day flips\n  year  days  amber  red  flips`);
for (const y of b.years) console.log(`  ${y.year}  ${String(y.days).padStart(4)}  ${String(y.amberOutside).padStart(5)}  ${String(y.redOutside).padStart(3)}  ${String(y.flips).padStart(5)}`);
console.log(`\nSingle-day flips: ${b.flips} of ${b.days} editions (${pct(b.days ? b.flips / b.days : 0).trim()}).`);

console.log(`\nOfficial indexes in each episode window (public then)  peak (date)            first edition above 0`);
for (const x of indexBacktest(snap)) {
  const peak = x.peak ? `${x.peak.value.toFixed(2).padStart(6)} (${x.peak.date})` : '—'.padEnd(19);
  console.log(`  ${x.episode.padEnd(12)} ${x.series.padEnd(16)}                       ${peak.padEnd(21)}  ${x.firstAbove ?? '—'}`);
}
