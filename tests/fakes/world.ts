// The data the fake sources serve: real published values only. FRED series come from the
// committed snapshot (Oct–Nov 2025); the NY Fed series from the recorded responses in
// tests/fixtures/recorded/nyfed, read through the project's own parsers.
import { readFileSync } from 'node:fs';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { parseFredCsv } from '../../src/sources/fred.ts';
import { parseRefRates, parseRepoOperations } from '../../src/sources/nyfed.ts';
import { parseOfrFsi } from '../../src/sources/ofr.ts';
import { OFR_WORLD_KEYS, type World } from './sources-server.ts';

export const WORLD_FROM = '2025-10-01';
export const WORLD_TO = '2025-11-05';

const REAL = ['SOFR', 'EFFR', 'IORB', 'DFEDTARU', 'DFEDTARL', 'RRPONTSYD', 'WRESBAL', 'WALCL', 'WTREGEN', 'SP500', 'NASDAQCOM', 'TGA_CLOSE'];

const recorded = (name: string) => readFileSync(new URL(`../fixtures/recorded/nyfed/${name}`, import.meta.url), 'utf8');

/** The NY Fed series of the recorded answers: SOFR percentiles and volume, BGCR, TGCR (with their percentiles), repo take-up. */
export function recordedNyFed(): World {
  const win = '2025-10-01_2025-11-28';
  const all = [
    parseRefRates(recorded(`sofr-search_type-rate_${win}.json`), 'sofr', { p1: 'SOFR_P1', p25: 'SOFR_P25', p75: 'SOFR_P75', p99: 'SOFR_P99' }, 'sofr'),
    parseRefRates(recorded(`sofr-search_type-volume_${win}.json`), 'sofr', { volume: 'SOFR_VOLUME' }, 'sofr-volume'),
    ...(['bgcr', 'tgcr'] as const).map((r) => {
      const id = r.toUpperCase();
      // Percentile keys beyond the catalog (BGCR_P1 …) only give the fake's rows their recorded shape.
      const fields = { rate: id, p1: `${id}_P1`, p25: `${id}_P25`, p75: `${id}_P75`, p99: `${id}_P99` };
      return parseRefRates<string>(recorded(`${r}-search_type-rate_${win}.json`), r, fields, r);
    }),
    parseRepoOperations(recorded('rp-results-search_2025-10-28_2025-12-31_excerpt.json'), 'repo'),
  ];
  return Object.fromEntries(all.flatMap((m) => [...m].map(([id, obs]) => [id, obs.map((o) => [o.date, o.value] as const)])));
}

/** FRED series of the funding-stress inputs, recorded excerpts around the world's window (tests/fixtures/recorded/fred). */
export const STRESS_FRED = ['WLCFLPCL', 'H41RESPPALDKNWW', 'WLCFOCEL', 'WLCFLL', 'SWPT', 'DGS2', 'DTB3', 'T10Y2Y', 'RIFSPPFAAD90NB', 'STLFSI4', 'NFCI'] as const;

/** The funding-stress inputs the recorded excerpts hold: FRED series and every column of the OFR FSI download. */
export function recordedStress(): World {
  const file = (path: string) => readFileSync(new URL(`../fixtures/recorded/${path}`, import.meta.url), 'utf8');
  const fred = STRESS_FRED.map((id) => [id, parseFredCsv(file(`fred/fredgraph_${id}_2025-09-01_2025-11-07_excerpt.csv`), id, id)] as const);
  const ofr = parseOfrFsi<string>(file('ofr/fsi_2025-09-01_2025-11-07_excerpt.csv'), OFR_WORLD_KEYS, 'ofr');
  return Object.fromEntries([...fred, ...ofr].map(([id, obs]) => [id, obs.map((o) => [o.date, o.value] as const)]));
}

export function buildWorld(snap: Snapshot): World {
  const inWindow = (rows: World[string]) => rows.filter(([d]) => d >= WORLD_FROM && d <= WORLD_TO);
  const pick = (id: string) =>
    inWindow((snap.series.get(id) ?? []).map((o) => [o.date, o.value] as const));
  const world: Record<string, World[string]> = {};
  for (const id of REAL) world[id] = pick(id);
  for (const [id, rows] of Object.entries(recordedNyFed())) world[id] = inWindow(rows);
  for (const [id, rows] of Object.entries(recordedStress())) world[id] = inWindow(rows);
  Object.assign(world, {
    RRPONTSYAWARD: pick('DFEDTARL'), // the ON RRP rate has sat at the bottom of the target range since 2021
    IOER: [['2021-07-27', 0.15], ['2021-07-28', 0.15]], // its last two days (fred/IOER.csv)
    CBBTCUSD: pick('BTCUSDT'), // Binance closes standing in for Coinbase's: a FRED route needs some values
  });
  return world;
}

/** The world as it stood at `date`: what a snapshot taken then would hold. */
export function worldUntil(world: World, date: string): World {
  return Object.fromEntries(Object.entries(world).map(([id, rows]) => [id, rows.filter(([d]) => d <= date)]));
}
