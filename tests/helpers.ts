import { readFileSync } from 'node:fs';
import type { Observation } from '../src/snapshot/observation.ts';
import type { Snapshot } from '../src/snapshot/snapshot.ts';
import { SNAPSHOT_FORMAT } from '../src/snapshot/manifest.ts';

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
  return { manifest: { format: SNAPSHOT_FORMAT, series: [], revisions: [] }, series: map };
}
