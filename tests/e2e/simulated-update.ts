// A simulated successful `npm run update` of a snapshot: the fake sources (tests/fakes) serve
// each series' recent real rows plus new rows after its last date up to `today`, carrying the
// last value forward (plausible, passes the jump checks; these rows are never committed). Used
// to prove that a data commit cannot turn the tests red.
import type { SeriesId } from '../../src/catalog/series.ts';
import { addDays } from '../../src/core/dates.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { buildJobs } from '../../src/update/plan.ts';
import { runUpdate, type UpdateResult } from '../../src/update/run.ts';
import { startFakeSources, type Fault, type World } from '../fakes/sources-server.ts';
import { isSeriesId, seriesDef } from '../../src/catalog/series.ts';

const RECENT_DAYS = 45;

/** Dates after `last` up to `today` at the series' frequency (weekly keeps its weekday). */
export function nextDates(last: string, today: string, frequency: string): string[] {
  const out: string[] = [];
  const step = frequency === 'weekly' ? 7 : 1;
  for (let d = addDays(last, step); d <= today; d = addDays(d, step)) {
    const dow = new Date(`${d}T00:00:00Z`).getUTCDay();
    if (frequency === 'daily' && (dow === 0 || dow === 6)) continue;
    out.push(d);
  }
  return out;
}

/** What the sources would serve on `today`: recent real rows, then new rows after each series' last date. */
export function extendedWorld(snap: Snapshot, ids: readonly string[], today: string): World {
  const world: Record<string, (readonly [string, number])[]> = {};
  for (const id of ids) {
    const meta = snap.manifest.series.find((m) => m.id === id);
    const obs = snap.series.get(id) ?? [];
    const last = obs.at(-1);
    if (!meta || !last) continue;
    const recent = obs.filter((o) => o.date > addDays(last.date, -RECENT_DAYS)).map((o) => [o.date, o.value] as const);
    // A series that has ended (IOER, the BTFP) gets no new rows, as from its real source.
    const endsOn = isSeriesId(id) ? seriesDef(id).endsOn : undefined;
    const next = endsOn !== undefined && last.date >= endsOn ? [] : nextDates(last.date, today, meta.frequency);
    world[id] = [...recent, ...next.map((d) => [d, last.value] as const)];
  }
  return world;
}

export interface SimulatedUpdate {
  readonly result: UpdateResult;
  /** Series the update was asked for: those of the snapshot that some source job fetches. */
  readonly ids: readonly string[];
  readonly log: readonly string[];
}

/**
 * Runs the real update code against the fake sources, in process, on the snapshot in `dir`.
 * `faults` (route key -> fault, as in tests/fakes/sources-server.ts) simulate a source that is down.
 */
export async function simulateUpdate(
  dir: string, snap: Snapshot, today: string, faults: ReadonlyMap<string, Fault> = new Map(),
): Promise<SimulatedUpdate> {
  const inSnapshot = new Set(snap.manifest.series.map((m) => m.id));
  const server = await startFakeSources({});
  for (const [key, fault] of faults) server.faults.set(key, fault);
  try {
    const jobs = buildJobs({ FRED_BASE_URL: server.url, NYFED_BASE_URL: server.url, FISCALDATA_BASE_URL: server.url, OFR_BASE_URL: server.url })
      .filter((j) => j.series.some((id) => inSnapshot.has(id)));
    const ids = [...new Set(jobs.flatMap((j) => j.series as readonly SeriesId[]))].filter((id) => inSnapshot.has(id));
    server.world = extendedWorld(snap, ids, today);
    const log: string[] = [];
    const result = await runUpdate({
      snapshotDir: dir, jobs, today, now: `${today}T22:00:00.000Z`, confirm: new Set(), log: (l) => void log.push(l),
      http: { timeoutMs: 10_000, attempts: 2, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1000, sleep: async () => {}, random: () => 0.5 },
      pace: { fred: { parallel: 4, intervalMs: 0 }, nyfed: { parallel: 2, intervalMs: 0 }, fiscaldata: { parallel: 2, intervalMs: 0 }, binance: { parallel: 1, intervalMs: 0 }, ofr: { parallel: 1, intervalMs: 0 } },
    });
    return { result, ids, log };
  } finally {
    await server.close();
  }
}
