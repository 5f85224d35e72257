// A snapshot no crash or second run can corrupt: the lock, a kill -9 at every step of the commit,
// nothing written when every series fails, and the update's deadline.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, writeFile } from 'node:fs/promises';
import { hostname, tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { SeriesId } from '../../src/catalog/series.ts';
import { buildMeta } from '../../src/snapshot/import.ts';
import { LOCK_FILE, SnapshotLockedError } from '../../src/snapshot/lock.ts';
import { SNAPSHOT_FORMAT, type Manifest } from '../../src/snapshot/manifest.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { readSnapshot, writeSnapshot } from '../../src/snapshot/store.ts';
import type { SourceJob } from '../../src/sources/job.ts';
import { buildJobs } from '../../src/update/plan.ts';
import { runUpdate, type UpdateOptions } from '../../src/update/run.ts';
import { startFakeSources, type FakeSources } from '../fakes/sources-server.ts';
import { updateOptions } from '../fakes/update-options.ts';
import { buildWorld, worldUntil, WORLD_TO } from '../fakes/world.ts';
import { filesOf, fixtureSnapshot } from '../helpers.ts';

const CUT = '2025-10-24';
const INITIAL = ['SOFR', 'EFFR', 'IORB', 'RRPONTSYD', 'TGA_CLOSE'] as const;

let server: FakeSources;
let template: string; // the starting snapshot, copied for each test
let dir: string;
let log: string[];


const plain = (s: Snapshot) => ({ manifest: s.manifest, series: Object.fromEntries(s.series), superseded: s.superseded });

async function freshCopy(): Promise<string> {
  const d = await mkdtemp(join(tmpdir(), 'update-safety-'));
  await cp(template, d, { recursive: true });
  return d;
}

const jobsFor = (keys: readonly string[]): SourceJob[] =>
  buildJobs({ FRED_BASE_URL: server.url, NYFED_BASE_URL: server.url, FISCALDATA_BASE_URL: server.url, OFR_BASE_URL: server.url }).filter((j) => keys.includes(j.key));
const ALL_JOBS = ['fred:SOFR', 'fred:EFFR', 'fred:IORB', 'fred:RRPONTSYD', 'fiscaldata:dts-tga', 'nyfed:bgcr'];

const update = (keys: readonly string[] = ALL_JOBS, extra: Partial<UpdateOptions> = {}) =>
  runUpdate({ ...updateOptions(dir, jobsFor(keys), (l) => void log.push(l)), ...extra });

/** A pid that surely runs no process: one of a child that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '']);
  await new Promise((ok) => child.on('close', ok));
  return child.pid!;
}

beforeAll(async () => {
  const world = buildWorld(await fixtureSnapshot());
  server = await startFakeSources(world);
  template = await mkdtemp(join(tmpdir(), 'update-safety-template-'));
  const cut = worldUntil(world, CUT);
  const series = new Map(INITIAL.map((id) => [id as string, (cut[id] ?? []).map(([date, value]) => ({ date, value }))]));
  const manifest: Manifest = {
    format: SNAPSHOT_FORMAT,
    revisions: [],
    series: INITIAL.map((id) => buildMeta(id as SeriesId, series.get(id)!, {
      source: 'test', originalUrl: 'https://example.org/fixture', via: 'test fixture', retrieved: CUT, attribution: 'fixture', license: 'public',
    }, `${CUT}T20:00:00.000Z`)),
  };
  await writeSnapshot(template, { manifest, series });
});
afterAll(() => server.close());
beforeEach(async () => {
  server.faults.clear();
  server.requests.length = 0;
  log = [];
  dir = await freshCopy();
});

describe('one update at a time', () => {
  it('refuses a second update while one runs, naming the holder; the snapshot stays consistent and a later run proceeds', async () => {
    const before = await filesOf(dir);
    // Both start at once; whichever takes the lock first runs, the other is refused (either order).
    const results = await Promise.allSettled([update(), update()]);
    expect(results.map((r) => r.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refused = (results.find((r) => r.status === 'rejected') as PromiseRejectedResult).reason as Error;
    expect(refused).toBeInstanceOf(SnapshotLockedError);
    expect(refused.message).toMatch(new RegExp(`locked by another update \\(process ${process.pid} on ${hostname()}, running since \\d{4}-\\d{2}-\\d{2}T[\\d:.]+Z\\); nothing was written`));
    const snap = await readSnapshot(dir); // checks every file against the manifest (extents, checksums)
    expect(snap.series.get('SOFR')?.at(-1)?.date).toBe(WORLD_TO);
    expect((await filesOf(dir)).has(`/${LOCK_FILE}`)).toBe(false); // released
    expect(before.get('/manifest.json')).not.toBe((await filesOf(dir)).get('/manifest.json'));
    const again = await update();
    expect(again.exitCode).toBe(0);
  });

  it('a lock held by a live process refuses the run and writes nothing', async () => {
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), started: '2025-11-06T11:58:00.000Z' }));
    const before = await filesOf(dir);
    await expect(update()).rejects.toThrow(`locked by another update (process ${process.pid} on ${hostname()}, running since 2025-11-06T11:58:00.000Z)`);
    expect(await filesOf(dir)).toEqual(before);
  });

  it('says plainly when the lock cannot be created, before fetching anything', async () => {
    await writeFile(join(dir, 'not-a-folder'), '');
    dir = join(dir, 'not-a-folder', 'snapshot');
    await expect(update()).rejects.toThrow(/^snapshot: cannot create .*\.update\.lock \(ENOTDIR\); an update needs to write to .*Nothing was fetched or written/);
    expect(server.requests).toEqual([]);
  });

  it('takes over a lock left by a process that no longer runs, and says so', async () => {
    const pid = await deadPid();
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid, host: hostname(), started: '2025-11-06T11:00:00.000Z' }));
    const r = await update(['fred:SOFR']);
    expect(r.exitCode).toBe(0);
    expect(log.join('\n')).toContain(`taking over the lock on ${dir} left by process ${pid} (started 2025-11-06T11:00:00.000Z), which is no longer running`);
    expect((await filesOf(dir)).has(`/${LOCK_FILE}`)).toBe(false);
  });
});

describe('npm run update while another update holds the lock', () => {
  it('says who holds it since when, exits 1 and writes nothing', async () => {
    await writeFile(join(dir, LOCK_FILE), JSON.stringify({ pid: process.pid, host: hostname(), started: '2025-11-06T11:58:00.000Z' }));
    const before = await filesOf(dir);
    const child = spawn(process.execPath, ['scripts/update.ts', '--only', 'SOFR'], {
      env: { PATH: process.env.PATH ?? '', SNAPSHOT_DIR: dir, UPDATE_TODAY: '2025-11-06', FRED_BASE_URL: server.url },
    });
    let out = '';
    child.stdout.on('data', (x) => (out += x));
    child.stderr.on('data', (x) => (out += x));
    const code = await new Promise((ok) => child.on('close', ok));
    expect(out).toContain(`update: snapshot: ${dir} is locked by another update (process ${process.pid} on ${hostname()}, running since 2025-11-06T11:58:00.000Z); nothing was written.`);
    expect(out).not.toMatch(/\n\s+at /); // a message for a person, no stack trace
    expect(code).toBe(1);
    expect(server.requests.some((p) => p.includes('id=SOFR'))).toBe(false); // refused before fetching
    expect(await filesOf(dir)).toEqual(before);
  });
});

describe('kill -9 at every step of the commit', () => {
  const KEYS = ['fred:SOFR', 'fred:EFFR']; // as tests/fakes/crash-update.ts

  function crashAt(d: string, step: string): Promise<{ signal: NodeJS.Signals | null; out: string }> {
    const child = spawn(process.execPath, ['tests/fakes/crash-update.ts'], {
      env: { PATH: process.env.PATH ?? '', SNAPSHOT_DIR: d, BASE_URL: server.url, CRASH_AT: step },
    });
    let out = '';
    child.stdout.on('data', (x) => (out += x));
    child.stderr.on('data', (x) => (out += x));
    return new Promise((ok) => child.on('close', (_code, signal) => ok({ signal, out })));
  }

  it('leaves the old or the new snapshot, which the build reads and the next run finishes cleanly', async () => {
    // The update revises a value, so its commit holds the vintage store too (revisions.csv).
    const world = server.world;
    server.world = { ...world, SOFR: world.SOFR!.map(([d, v]) => [d, d === '2025-10-23' ? v + 0.01 : v] as const) };
    try {
      await crashEveryStep();
    } finally {
      server.world = world;
    }
  }, 120_000);

  async function crashEveryStep(): Promise<void> {
    const beforeFiles = await filesOf(dir);
    const beforeSnap = plain(await readSnapshot(dir));
    // The reference: the same update, not interrupted, recording its steps.
    const steps: string[] = [];
    const r = await update(KEYS, { afterCommitStep: (s) => void steps.push(s) });
    expect(r.exitCode).toBe(0);
    const afterFiles = await filesOf(dir);
    const afterSnap = plain(await readSnapshot(dir));
    expect(afterFiles).not.toEqual(beforeFiles);
    expect(steps).toEqual([
      'staged series/SOFR.csv', 'staged series/EFFR.csv', 'staged revisions.csv', 'staged manifest.json', 'journal written', 'journal committed',
      'renamed series/SOFR.csv', 'renamed series/EFFR.csv', 'renamed revisions.csv', 'renamed manifest.json', 'staging removed',
    ]);
    expect(afterSnap.superseded).toHaveLength(1);
    const committedFrom = steps.indexOf('journal committed');

    for (const [i, step] of steps.entries()) {
      const d = await freshCopy();
      const { signal, out } = await crashAt(d, step);
      expect(signal, `${step}: ${out}`).toBe('SIGKILL');
      const committed = i >= committedFrom;
      // The build's read: the old state before the commit point, the new one from it on.
      const notes: string[] = [];
      expect(plain(await readSnapshot(d, { log: (n) => void notes.push(n) })), step).toEqual(committed ? afterSnap : beforeSnap);
      if (step === 'journal written') expect(notes.join('\n')).toMatch(/ignoring .*\.staging, left by an update that stopped before its commit point/);
      if (step.startsWith('renamed series')) expect(notes.join('\n')).toMatch(/committed but stopped before all its files were moved into place/);
      // The next run takes over the dead run's lock, finishes or discards its commit and leaves no leftovers.
      const next: string[] = [];
      const again = await runUpdate({ ...updateOptions(d, []), log: (l) => void next.push(l) });
      expect(again.wrote).toBe(false);
      expect(next.join('\n'), step).toMatch(/taking over the lock .* left by process \d+/);
      expect(await filesOf(d), step).toEqual(committed ? afterFiles : beforeFiles);
    }
  }
});

describe('nothing written when nothing could be updated', () => {
  it('every series failing exits 1 and leaves every file as it was', async () => {
    server.faults.set('fred:SOFR', { kind: 'status', status: 500 });
    server.faults.set('fred:EFFR', { kind: 'html' });
    const before = await filesOf(dir);
    const r = await update(['fred:SOFR', 'fred:EFFR']);
    expect(r).toMatchObject({ exitCode: 1, wrote: false, noNetwork: false });
    expect(r.outcomes.map((o) => o.status)).toEqual(['stale', 'stale']);
    expect(log.join('\n')).toContain('no series could be updated. Nothing was written');
    expect(await filesOf(dir)).toEqual(before);
  });
});

describe('the update deadline', () => {
  /** Ends the run's time once every job but `n` of them has finished (progress lines "[k/total]"). */
  function stopWhenOthersDone(total: number, pending: number, also: (lines: string[]) => boolean = () => true) {
    const stop = new AbortController();
    const lines: string[] = [];
    const onLog = (l: string) => {
      lines.push(l);
      log.push(l);
      const done = lines.filter((x) => /^ {2}\[\d+\/\d+\] /.test(x)).length;
      // On the next turn: the job that logged has then returned its result.
      if (done === total - pending && also(lines)) setImmediate(() => stop.abort());
    };
    return { stop: stop.signal, log: onLog };
  }

  it('abandons a hanging source, marks its series stale with the reason, and writes the healthy sources', async () => {
    server.faults.set('fred:SOFR', { kind: 'hang' });
    const before = await filesOf(dir);
    const r = await update(ALL_JOBS, {
      http: { ...updateOptions(dir, []).http, timeoutMs: 60_000 },
      ...stopWhenOthersDone(ALL_JOBS.length, 1),
    });
    expect(r.exitCode).toBe(2);
    expect(r.outcomes.find((o) => o.id === 'SOFR')).toMatchObject({ status: 'stale', reason: expect.stringMatching(/^abandoned: the update's time limit .*ran out/) });
    expect(log.join('\n')).toContain('the deadline passed; abandoned fred:SOFR');
    const snap = await readSnapshot(dir);
    for (const id of ['EFFR', 'IORB', 'RRPONTSYD', 'TGA_CLOSE', 'BGCR']) expect(snap.series.get(id)?.at(-1)?.date, id).toBe(WORLD_TO);
    expect(snap.manifest.series.find((m) => m.id === 'SOFR')).toMatchObject({ status: 'stale', staleReason: expect.stringMatching(/^abandoned/) });
    expect((await filesOf(dir)).get('/series/SOFR.csv')).toBe(before.get('/series/SOFR.csv'));
  });

  it('cuts short a Retry-After wait', async () => {
    server.faults.set('fred:SOFR', { kind: 'status', status: 429, retryAfter: '120' });
    const r = await update(ALL_JOBS, {
      // The real sleep: only the deadline can end a 120 s wait within this test's time.
      ...stopWhenOthersDone(ALL_JOBS.length, 1, (lines) => lines.some((l) => /fred:SOFR: attempt 1 failed \(HTTP 429.*retrying in 120\.0 s/.test(l))),
    });
    expect(r.outcomes.find((o) => o.id === 'SOFR')?.reason).toMatch(/^abandoned/);
    expect(r.outcomes.find((o) => o.id === 'EFFR')?.status).toBe('ok');
  });

  it('runs on a timer (UPDATE_DEADLINE_MS)', async () => {
    server.faults.set('fred:SOFR', { kind: 'hang' });
    const r = await update(['fred:SOFR'], { http: { ...updateOptions(dir, []).http, timeoutMs: 60_000 }, deadlineMs: 200 });
    expect(r.outcomes.find((o) => o.id === 'SOFR')?.reason).toMatch(/^abandoned: the update's time limit of 0\.2 s \(UPDATE_DEADLINE_MS\) ran out/);
    expect(r).toMatchObject({ exitCode: 1, wrote: false });
  });
});
