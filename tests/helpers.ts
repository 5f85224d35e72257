import { readFileSync } from 'node:fs';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
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

/** A loopback URL on which nothing listens (a port we just opened and closed). */
export async function closedPortUrl(): Promise<string> {
  const s = createServer();
  await new Promise<void>((ok) => s.listen(0, '127.0.0.1', ok));
  const { port } = s.address() as AddressInfo;
  await new Promise<void>((ok) => s.close(() => ok()));
  return `http://127.0.0.1:${port}`;
}
