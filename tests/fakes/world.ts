// The data the fake sources serve: real published values from the committed snapshot where we
// have them (Oct–Nov 2025), and clearly synthetic, plausible values for series the snapshot
// does not hold yet (percentiles, BGCR/TGCR, repo take-up split, IOER, award rate, CBBTCUSD).
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import type { World } from './sources-server.ts';

export const WORLD_FROM = '2025-10-01';
export const WORLD_TO = '2025-11-05';

const REAL = ['SOFR', 'EFFR', 'IORB', 'DFEDTARU', 'DFEDTARL', 'RRPONTSYD', 'WRESBAL', 'WALCL', 'WTREGEN', 'SP500', 'NASDAQCOM', 'TGA_CLOSE'];

export function buildWorld(snap: Snapshot): World {
  const pick = (id: string) =>
    (snap.series.get(id) ?? []).filter((o) => o.date >= WORLD_FROM && o.date <= WORLD_TO).map((o) => [o.date, o.value] as const);
  const world: Record<string, (readonly [string, number])[]> = {};
  for (const id of REAL) world[id] = pick(id);
  const sofr = world.SOFR ?? [];
  const shift = (d: number) => sofr.map(([date, v]) => [date, Math.round((v + d) * 100) / 100] as const);
  Object.assign(world, {
    SOFR_P1: shift(-0.1), SOFR_P25: shift(-0.02), SOFR_P75: shift(0.03), SOFR_P99: shift(0.2),
    SOFR_VOLUME: sofr.map(([date]) => [date, 2900] as const),
    BGCR: shift(-0.01), TGCR: shift(-0.02),
    RRPONTSYAWARD: pick('DFEDTARL'),
    IOER: [['2021-07-27', 0.15], ['2021-07-28', 0.15]],
    CBBTCUSD: pick('BTCUSDT'), // Binance closes standing in for Coinbase's
    // Synthetic take-up: zero most days, a large month-end day with part against MBS.
    SRF_TOTAL: sofr.map(([date]) => [date, date === '2025-10-31' ? 50.35 : 0] as const),
    SRF_TREASURY: sofr.map(([date]) => [date, date === '2025-10-31' ? 30.15 : 0] as const),
    SRF_AGENCY: sofr.map(([date]) => [date, 0] as const),
    SRF_MBS: sofr.map(([date]) => [date, date === '2025-10-31' ? 20.2 : 0] as const),
  });
  return world;
}

/** The world as it stood at `date`: what a snapshot taken then would hold. */
export function worldUntil(world: World, date: string): World {
  return Object.fromEntries(Object.entries(world).map(([id, rows]) => [id, rows.filter(([d]) => d <= date)]));
}
