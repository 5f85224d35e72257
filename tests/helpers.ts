import { readFileSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Observation } from '../src/core/observation.ts';
import { Snapshot } from '../src/snapshot/snapshot.ts';
import { SNAPSHOT_FORMAT } from '../src/snapshot/manifest.ts';
import { readSnapshot } from '../src/snapshot/store.ts';
import type { SeriesId } from '../src/catalog/series.ts';
import type { Locale } from '../src/core/locale.ts';
import { Build } from '../src/site/build.ts';
import { indicatorView, ruleReaders, type IndicatorView } from '../src/site/indicator.ts';

/** Runs fn and returns what it threw; fails the test when it does not throw. */
export function catchError(fn: () => unknown): Error {
  try {
    fn();
  } catch (err) {
    return err as Error;
  }
  throw new Error('expected an error, none was thrown');
}

export const fixtureText = (path: string) => readFileSync(new URL(`./fixtures/${path}`, import.meta.url), 'utf8');

/** A snapshot built in memory from plain (date, value) pairs; the manifest is minimal. */
export function memorySnapshot(series: Record<string, ReadonlyArray<readonly [string, number]>>): Snapshot {
  const map = new Map<string, readonly Observation[]>();
  for (const [id, rows] of Object.entries(series)) map.set(id, rows.map(([date, value]) => ({ date, value })));
  return new Snapshot({ manifest: { format: SNAPSHOT_FORMAT, series: [], revisions: [] }, series: map });
}

/** A loopback URL on which nothing listens (a port we just opened and closed). */
export async function closedPortUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((ok) => s.close(() => ok()));
  return `http://127.0.0.1:${port}`;
}

/**
 * The frozen fixture snapshot: real data cut at FIXTURE_CUT by scripts/cut-fixture.ts. Value
 * tests and goldens read this, never content/data, so a daily data commit cannot break them.
 */
export const FIXTURE_DIR = fileURLToPath(new URL('./fixtures/snapshot', import.meta.url));
export const FIXTURE_CUT = '2025-11-20';

let fixture: Promise<Snapshot> | undefined;
/** The fixture snapshot, read once per test file (treat it as immutable). */
export function fixtureSnapshot(): Promise<Snapshot> {
  fixture ??= readSnapshot(FIXTURE_DIR);
  return fixture;
}

/** A snapshot with only the observations dated on or before `date` (as it stood that day). */
export const cutAt = (s: Snapshot, date: string): Snapshot => new Snapshot({
  manifest: s.manifest,
  series: new Map([...s.series].map(([id, o]) => [id, o.filter((x) => x.date <= date)])),
});

/**
 * The snapshot without the given series (and their manifest entries): for tests about how the
 * site handles data it does not have, independent of which series the fixture happens to hold.
 */
export function withoutSeries(s: Snapshot, ...ids: string[]): Snapshot {
  const drop = new Set(ids);
  return new Snapshot({
    manifest: { ...s.manifest, series: s.manifest.series.filter((m) => !drop.has(m.id)) },
    series: new Map([...s.series].filter(([id]) => !drop.has(id))),
  });
}

/** The snapshot with one series ending at `last` (a source that stopped publishing), manifest kept consistent. */
export function seriesEndingAt(s: Snapshot, id: string, last: string): Snapshot {
  const obs = (s.series.get(id) ?? []).filter((o) => o.date <= last);
  const lastObs = obs.at(-1);
  if (!lastObs) throw new Error(`seriesEndingAt: ${id} has no observation on or before ${last}`);
  return new Snapshot({
    manifest: { ...s.manifest, series: s.manifest.series.map((m) => (m.id === id ? { ...m, last: lastObs.date, rows: obs.length } : m)) },
    series: new Map([...s.series].map(([sid, o]) => [sid, sid === id ? obs : o])),
  });
}

const builds = new WeakMap<Snapshot, Build>();
/** The Build of a snapshot as the site makes it (no chart thread), one per snapshot for a test file. */
export function buildOf(snap: Snapshot): Build {
  let b = builds.get(snap);
  if (!b) builds.set(snap, (b = new Build(snap, { reportsDir: 'content/reports', chartThread: false })));
  return b;
}

/** One indicator page of `snap`, from its latest edition, as IndicatorPage.astro asks for it. */
export function indicatorPageOf(snap: Snapshot, id: SeriesId, locale: Locale): IndicatorView {
  const b = buildOf(snap);
  return indicatorView(snap, id, locale, b.metricsAt(b.latest), b.once('ruleReaders', () => ruleReaders(b.timeline)));
}

/** Every file under `dir` as text, keyed by its path inside `dir`: to compare a snapshot before and after. */
export async function filesOf(dir: string): Promise<Map<string, string>> {
  const out = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile()) out.set(join(e.parentPath, e.name).slice(dir.length), await readFile(join(e.parentPath, e.name), 'utf8'));
  }
  return out;
}
