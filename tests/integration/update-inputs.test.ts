// Wire data that must not be trusted, fed through the real update (runUpdate with the loopback
// fake sources): FRED served from the frozen fixture's values, the NY Fed replaying the recorded
// answers of tests/fixtures/recorded. Each fault changes one thing in the body the server would
// send and says what; no committed value may change.
import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/snapshot/store.ts';
import { buildJobs } from '../../src/update/plan.ts';
import { runUpdate, type UpdateResult } from '../../src/update/run.ts';
import { joinBody, loadRecorded, splitArray } from '../fakes/recorded.ts';
import { startFakeSources, type FakeSources } from '../fakes/sources-server.ts';
import { buildWorld } from '../fakes/world.ts';
import { fixtureSnapshot } from '../helpers.ts';

const RECORDED = new URL('../fixtures/recorded/', import.meta.url).pathname;
const TODAY = '2025-12-31'; // the last day of the recorded repo operations
const KEY = 'abcdefghij0123456789abcdefghij01'; // the fake FRED API accepts any 32 lowercase letters and digits
const REPO = ['SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'];

let server: FakeSources;
let dir: string;
let log: string[];

async function seriesFiles(d: string): Promise<Map<string, string>> {
  const names = (await readdir(join(d, 'series'))).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(d, 'series', n), 'utf8')] as const)));
}

function update(keys: readonly string[]): Promise<UpdateResult> {
  const base = server.url;
  return runUpdate({
    snapshotDir: dir,
    jobs: buildJobs({ FRED_BASE_URL: base, NYFED_BASE_URL: base, FISCALDATA_BASE_URL: base, OFR_BASE_URL: base, FRED_API_KEY: KEY }).filter((j) => keys.includes(j.key)),
    http: { timeoutMs: 5000, attempts: 1, baseDelayMs: 1, maxDelayMs: 5, maxRetryAfterMs: 1000, sleep: async () => {}, random: () => 0.5 },
    today: TODAY,
    now: `${TODAY}T21:00:00.000Z`,
    pace: { fred: { parallel: 2, intervalMs: 0 }, nyfed: { parallel: 2, intervalMs: 0 }, fiscaldata: { parallel: 1, intervalMs: 0 }, binance: { parallel: 1, intervalMs: 0 }, ofr: { parallel: 1, intervalMs: 0 } },
    confirm: new Set(),
    log: (l) => void log.push(l),
  });
}

const outcome = (r: UpdateResult, id: string) => r.outcomes.find((o) => o.id === id);

/** The repo answer as served, with its operation elements rearranged by `f` (elements kept byte for byte). */
const repoBody = (f: (els: readonly string[]) => string[]) => ({
  kind: 'body' as const,
  transform: (b: string) => {
    const split = splitArray(b, 'operations');
    return joinBody(split, f(split.elements));
  },
});
const isOp = (id: string) => (e: string) => e.includes(`"operationId": "${id}"`);

beforeAll(async () => {
  server = await startFakeSources(buildWorld(await fixtureSnapshot()), { replay: loadRecorded(RECORDED) });
});
afterAll(() => server.close());
beforeEach(async () => {
  server.faults.clear();
  log = [];
  // A snapshot made by a clean update from the same answers: SOFR from FRED's API, the repo series from the recording.
  dir = join(await mkdtemp(join(tmpdir(), 'update-inputs-')), 'data');
  const first = await update(['fred:SOFR', 'nyfed:repo']);
  expect(first.exitCode).toBe(0);
  log = [];
});

describe('FRED API dates', () => {
  it('an answer with MM/DD/YYYY dates stops SOFR with a clear message and writes none of it', async () => {
    const before = await seriesFiles(dir);
    // The answer rendered from the fixture's real values, its dates rewritten as MM/DD/YYYY.
    server.faults.set('fred:SOFR', { kind: 'body', transform: (b) => b.replace(/"date":"(\d{4})-(\d{2})-(\d{2})"/g, '"date":"$2/$3/$1"') });
    const r = await update(['fred:SOFR', 'nyfed:repo']);
    expect(r.exitCode).toBe(2);
    expect(outcome(r, 'SOFR')).toMatchObject({ status: 'stale' });
    expect(outcome(r, 'SOFR')?.reason).toMatch(
      /^SOFR: observations\[0\]\.date "\d{2}\/\d{2}\/\d{4}" is not a YYYY-MM-DD date; .* \(http:\/\/127\.0\.0\.1:\d+\/fred\/series\/observations\?series_id=SOFR&api_key=\*\*\*&/);
    expect(outcome(r, 'SOFR')?.reason).not.toContain(KEY);
    expect(await seriesFiles(dir)).toEqual(before);
    const snap = await readSnapshot(dir); // and the snapshot still reads
    expect(snap.series.get('SOFR')?.every((o) => /^\d{4}-\d{2}-\d{2}$/.test(o.date))).toBe(true);
  });
});

describe('repo operations listed twice', () => {
  it('the same operation twice counts once: 2025-12-31 stays $74.6bn, no revision', async () => {
    const before = await seriesFiles(dir);
    expect((await readSnapshot(dir)).series.get('SRF_TOTAL')?.find((o) => o.date === '2025-12-31')?.value).toBe(74.6);
    server.faults.set('nyfed:repo', repoBody((els) => els.flatMap((e) => (isOp('RP 123125 25')(e) ? [e, e] : [e]))));
    const r = await update(['nyfed:repo']);
    expect(r.exitCode).toBe(0);
    expect(outcome(r, 'SRF_TOTAL')).toMatchObject({ status: 'ok', added: 0, revised: 0 });
    expect(await seriesFiles(dir)).toEqual(before);
    expect((await readSnapshot(dir)).manifest.revisions).toEqual([]);
  });

  it('two different operations under one id stop the repo series and change nothing', async () => {
    const before = await seriesFiles(dir);
    server.faults.set('nyfed:repo', repoBody((els) => els.flatMap((e) =>
      isOp('RP 123125 25')(e) ? [e, e.replace('"totalAmtAccepted": 74600000000', '"totalAmtAccepted": 75600000000')] : [e])));
    const r = await update(['nyfed:repo']);
    expect(r.exitCode).toBe(1);
    for (const id of REPO) {
      expect(outcome(r, id)?.status).toBe('stale');
      expect(outcome(r, id)?.reason).toMatch(/^SRF_TOTAL: operations\[\d+\] \(RP 123125 25, 2025-12-31\) repeats the id of operations\[\d+\] with different figures; .*\(http:\/\/127\.0\.0\.1:\d+\/api\/rp\/results\/search\.json\?startDate=2025-12-17&endDate=2025-12-31\)$/);
    }
    expect(await seriesFiles(dir)).toEqual(before);
  });
});

describe('rows a source withdraws', () => {
  it('are kept, logged and recorded once in the manifest', async () => {
    const before = await seriesFiles(dir);
    const snap0 = await readSnapshot(dir);
    const kept = new Map(REPO.map((id) => [id, snap0.series.get(id)?.find((o) => o.date === '2025-12-30')?.value]));
    expect(kept.get('SRF_TOTAL')).toBe(3);
    // The recorded answer without the day's two Repo operations (its reverse repo stays).
    server.faults.set('nyfed:repo', repoBody((els) => els.filter((e) => !isOp('RP 123025 25')(e) && !isOp('RP 123025 26')(e))));
    const r = await update(['nyfed:repo']);
    expect(r.exitCode).toBe(0);
    expect(outcome(r, 'SRF_TOTAL')).toMatchObject({ status: 'ok', added: 0, revised: 0, withdrawn: 1 });
    expect(await seriesFiles(dir)).toEqual(before);
    expect(log).toContain('  SRF_TOTAL: the source no longer serves 1 row we hold (2025-12-30 3); kept, and listed under "withdrawn" in the manifest');
    const want = REPO.map((id) => ({ series: id, date: '2025-12-30', value: kept.get(id), recorded: `${TODAY}T21:00:00.000Z` }));
    expect((await readSnapshot(dir)).manifest.withdrawn).toEqual(want);
    // Still missing the next day: logged again, recorded once.
    log = [];
    await update(['nyfed:repo']);
    expect(log.some((l) => l.startsWith('  SRF_TOTAL: the source no longer serves 1 row'))).toBe(true);
    expect((await readSnapshot(dir)).manifest.withdrawn).toEqual(want);
    expect(await seriesFiles(dir)).toEqual(before);
  });

  it('a run where nothing is withdrawn leaves the manifest without the field', async () => {
    await update(['nyfed:repo']);
    expect((await readSnapshot(dir)).manifest.withdrawn).toBeUndefined();
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).not.toContain('withdrawn');
  });
});
