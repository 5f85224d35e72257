// Sizes and hosts through the real update path: an answer larger than its request kind allows
// (plain or as a gzip bomb) and a redirect to another host each stop their series alone, with a
// reason a maintainer can act on, and leave its committed data byte for byte as it was.
import { cp, mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/snapshot/store.ts';
import { buildJobs } from '../../src/update/plan.ts';
import { runUpdate } from '../../src/update/run.ts';
import { startFakeSources, type FakeSources } from '../fakes/sources-server.ts';
import { updateOptions } from '../fakes/update-options.ts';
import { buildWorld } from '../fakes/world.ts';
import { FIXTURE_DIR, fixtureSnapshot } from '../helpers.ts';

let server: FakeSources;
let dir: string;
beforeAll(async () => {
  server = await startFakeSources(buildWorld(await fixtureSnapshot()));
  dir = await mkdtemp(join(tmpdir(), 'update-limits-'));
});
afterAll(async () => {
  await server?.close();
  if (dir) await rm(dir, { recursive: true, force: true });
});

describe('update: body caps and redirects', () => {
  it('refuses oversized answers and off-host redirects per series and keeps their data unchanged', async () => {
    const snap = join(dir, 'data');
    await cp(FIXTURE_DIR, snap, { recursive: true });
    const csv = (id: string) => readFile(join(snap, 'series', `${id}.csv`), 'utf8');
    const before = { EFFR: await csv('EFFR'), IORB: await csv('IORB'), SRF_TOTAL: await csv('SRF_TOTAL') };
    // fredgraph.csv is capped at 4 MiB: 5 MiB of trailing blank lines is over it.
    server.faults.set('fred:EFFR', { kind: 'body', transform: (b) => b + '\n'.repeat(5 * 1024 * 1024) });
    server.faults.set('fred:IORB', { kind: 'redirect', location: 'http://198.51.100.7/graph/fredgraph.csv?id=IORB' });
    // Repo results are capped at 32 MiB: 64 MiB of zeros, 64 KB on the wire.
    server.faults.set('nyfed:repo', { kind: 'gzip-bomb', bytes: 64 * 1024 * 1024 });
    const log: string[] = [];
    const base = server.url;
    const result = await runUpdate(updateOptions(snap, buildJobs({ FRED_BASE_URL: base, NYFED_BASE_URL: base, FISCALDATA_BASE_URL: base, OFR_BASE_URL: base }), (l) => log.push(l)));
    server.faults.clear();

    const reason = (id: string) => result.outcomes.find((o) => o.id === id)?.reason ?? '';
    expect(reason('EFFR')).toMatch(/^response larger than the 4 MiB allowed for this request; refused/);
    expect(reason('IORB')).toMatch(/redirect to another host or scheme \(http:\/\/198\.51\.100\.7\), refused/);
    for (const id of ['SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS']) expect(reason(id)).toMatch(/^response larger than the 32 MiB allowed/);
    expect(result.outcomes.find((o) => o.id === 'SOFR')?.status).toBe('ok');
    expect(result.exitCode).toBe(2);
    // The refused series keep every committed byte; the others moved on.
    expect(await csv('EFFR')).toBe(before.EFFR);
    expect(await csv('IORB')).toBe(before.IORB);
    expect(await csv('SRF_TOTAL')).toBe(before.SRF_TOTAL);
    const after = await readSnapshot(snap);
    expect(after.manifest.series.find((m) => m.id === 'EFFR')).toMatchObject({ status: 'stale' });
    // The other host was never contacted: the redirect was refused before following it.
    expect(log.join('\n')).not.toMatch(/198\.51\.100\.7.*ok/);
  }, 120_000);

  it('refuses a FRED answer that extends IOER past its end date, and keeps its committed rows', async () => {
    const snap = join(dir, 'ioer');
    await cp(FIXTURE_DIR, snap, { recursive: true });
    const before = await readFile(join(snap, 'series', 'IOER.csv'), 'utf8');
    // The recorded-format answer for the revision window, with three days after 2021-07-28 added.
    server.faults.set('fred:IOER', { kind: 'body', transform: (b) => `${b}2021-07-29,0.15\n2021-07-30,0.15\n2021-08-02,0.15\n` });
    const base = server.url;
    const jobs = buildJobs({ FRED_BASE_URL: base, NYFED_BASE_URL: base, FISCALDATA_BASE_URL: base, OFR_BASE_URL: base }).filter((j) => j.series.includes('IOER'));
    const result = await runUpdate(updateOptions(snap, jobs));
    server.faults.clear();
    expect(result.outcomes).toEqual([expect.objectContaining({ id: 'IOER', status: 'stale', added: 0 })]);
    expect(result.outcomes[0]!.reason).toMatch(/^IOER: date 2021-07-29 is after the series ended on 2021-07-28 \(catalog: endsOn\)/);
    expect(await readFile(join(snap, 'series', 'IOER.csv'), 'utf8')).toBe(before);
  });
});
