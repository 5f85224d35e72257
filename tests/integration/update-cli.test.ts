// `npm run update` as a person runs it: a child process, environment variables, exit codes.
import { cp, mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { fakeSourcesEnv, runScript } from '../fakes/run-script.ts';
import { startFakeSources, type FakeSources } from '../fakes/sources-server.ts';
import { buildWorld } from '../fakes/world.ts';
import { closedPortUrl, FIXTURE_DIR, fixtureSnapshot } from '../helpers.ts';

let server: FakeSources;
let dir: string;

beforeAll(async () => {
  server = await startFakeSources(buildWorld(await fixtureSnapshot()));
});
afterAll(() => server.close());
beforeEach(async () => {
  server.faults.clear();
  server.requests.length = 0;
  // Start from the frozen fixture snapshot (real data to 2025-11-20); the fake sources serve Oct–Nov 2025.
  dir = await mkdtemp(join(tmpdir(), 'update-cli-'));
  await cp(FIXTURE_DIR, dir, { recursive: true });
});

/** Runs the CLI without blocking this process, which also serves the fake sources. */
const runCli = (env: Record<string, string>, args: string[] = []) =>
  runScript('scripts/update.ts', args, { ...fakeSourcesEnv(server.url), SNAPSHOT_DIR: dir, ...env });

describe('npm run update', () => {
  it('shows progress and a closing table; exit 0 when every series is ok', async () => {
    // Point-in-time: the committed snapshot runs past the fake's "today", so limit to
    // series whose committed history ends before it, plus new ones.
    const { code, out } = await runCli({}, ['--only', 'TGA_CLOSE,BGCR,SRF_TOTAL']);
    expect(out).toMatch(/update: fetching 6 series in 3 requests \(today 2025-11-06\)/);
    expect(out).toMatch(/\[3\/3\] /);
    expect(out).toMatch(/^series\s+source\s+new\s+revised\s+last obs\s+status\s+why$/m);
    expect(out).toMatch(/^BGCR\s+nyfed\s+\d+\s+0\s+\d{4}-\d{2}-\d{2}\s+ok$/m); // the committed BGCR may run past the fake's dates
    expect(out).toMatch(/^6 ok, 0 stale, 0 failed$/m);
    expect(code).toBe(0);
  });

  it('exits 2 and names series, source URL and problem when a series fails', async () => {
    server.faults.set('nyfed:bgcr', { kind: 'html' });
    const before = await readFile(join(dir, 'series/TGA_CLOSE.csv'), 'utf8');
    const { code, out } = await runCli({}, ['--only', 'TGA_CLOSE,BGCR']);
    // failed when the snapshot has no BGCR yet, stale (its data kept) when it has.
    expect(out).toMatch(/^BGCR\s+nyfed\s+0\s+0\s+(-\s+failed|\d{4}-\d{2}-\d{2}\s+stale)\s+BGCR: got an HTML page .* \(http:\/\/127\.0\.0\.1:\d+\/api\/rates\/secured\/bgcr\/search\.json\?startDate=\d{4}-\d{2}-\d{2}&endDate=2025-11-06&type=rate:1\)$/m);
    expect(code).toBe(2);
    // The committed TGA data already runs past the fake's dates: nothing new, nothing lost.
    expect((await readFile(join(dir, 'series/TGA_CLOSE.csv'), 'utf8')).startsWith(before.slice(0, -1))).toBe(true);
  });

  it('uses the FRED API when FRED_API_KEY is set, and never prints the key', async () => {
    const key = 'abcdefghij0123456789abcdefghij01';
    const { code, out } = await runCli({ FRED_API_KEY: key }, ['--only', 'SOFR']);
    expect(server.requests.some((p) => p.startsWith('/fred/series/observations?series_id=SOFR&api_key='))).toBe(true);
    expect(out).not.toContain(key);
    expect(code).toBe(0);
  });

  it('with no network says so, exits 1 and leaves the snapshot alone', async () => {
    const before = await readFile(join(dir, 'manifest.json'), 'utf8');
    const dead = await closedPortUrl();
    const { code, out } = await runCli({ FRED_BASE_URL: dead, NYFED_BASE_URL: dead, FISCALDATA_BASE_URL: dead, OFR_BASE_URL: dead }, ['--only', 'SOFR,BGCR']);
    expect(out).toMatch(/no source could be reached: this machine seems to have no network/);
    expect(out).toMatch(/connection refused \[ECONNREFUSED\]/);
    expect(code).toBe(1);
    expect(await readFile(join(dir, 'manifest.json'), 'utf8')).toBe(before);
  });

  it('rejects an unknown series name', async () => {
    const { code, out } = await runCli({}, ['--only', 'SOFFR']);
    expect(out).toMatch(/unknown series "SOFFR"/);
    expect(code).toBe(1);
  });
});

