// Source text on its way to the CI log. On GitHub Actions a stdout line starting with `::` is a
// workflow command; a source string with a line break in it must never start one. `npm run
// daily` runs as the workflow does (GITHUB_ACTIONS=true, a step summary file) against the loopback
// fake sources, every answer carrying a forged command in a field the parsers quote in their
// errors: the recorded NY Fed and FiscalData bodies and FRED's answer rendered from the fixture.
import { spawn } from 'node:child_process';
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildJobs } from '../../src/update/plan.ts';
import { loadRecorded } from '../fakes/recorded.ts';
import { startFakeSources, type FakeSources } from '../fakes/sources-server.ts';
import { buildWorld } from '../fakes/world.ts';
import { FIXTURE_DIR, fixtureSnapshot } from '../helpers.ts';

const RECORDED = new URL('../fixtures/recorded/', import.meta.url).pathname;

let server: FakeSources;
let work: string;
let out: string;
let code: number | null;
let stepSummary: string;
let before: Map<string, string>;
let after: Map<string, string>;

async function seriesFiles(d: string): Promise<Map<string, string>> {
  const names = (await readdir(join(d, 'series'))).sort();
  return new Map(await Promise.all(names.map(async (n) => [n, await readFile(join(d, 'series', n), 'utf8')] as const)));
}

/** The first match of `pattern` in the body gets `tail` appended inside its JSON string (a JSON-escaped line break and a command). */
const inject = (pattern: RegExp, tail: string) => ({
  kind: 'body' as const,
  transform: (b: string) => {
    expect(b).toMatch(pattern); // the fault must really be in the body served
    return b.replace(pattern, (m) => `${m.slice(0, -1)}${tail}"`);
  },
});

beforeAll(async () => {
  server = await startFakeSources(buildWorld(await fixtureSnapshot()), { replay: loadRecorded(RECORDED) });
  work = await mkdtemp(join(tmpdir(), 'log-escaping-'));
  const snap = join(work, 'data');
  await cp(FIXTURE_DIR, snap, { recursive: true });
  before = await seriesFiles(snap);
  stepSummary = join(work, 'step-summary.md');

  // FRED (CSV, no key): SOFR's header gets a carriage return and a command; the other series answer a maintenance page.
  for (const job of buildJobs({}).filter((j) => j.source === 'fred')) server.faults.set(job.key, { kind: 'html' });
  server.faults.set('fred:SOFR', { kind: 'body', transform: (b) => b.replace('observation_date,SOFR\n', 'observation_date,SOFR\r::stop-commands::tok\n') });
  // NY Fed reference rates: the newest effectiveDate; repo results: the newest operationDate; FiscalData: the first record_date.
  for (const key of ['nyfed:sofr', 'nyfed:sofr-volume', 'nyfed:bgcr', 'nyfed:tgcr']) {
    server.faults.set(key, inject(/"effectiveDate": "\d{4}-\d{2}-\d{2}"/, '\\n::warning::forged'));
  }
  server.faults.set('nyfed:repo', inject(/"operationDate": "\d{4}-\d{2}-\d{2}"/, '\\n::add-mask::x'));
  // OFR's CSV: a data row's date carries a command.
  server.faults.set('ofr:fsi', {
    kind: 'body',
    transform: (b: string) => {
      expect(b).toMatch(/\n\d{4}-\d{2}-\d{2},/);
      return b.replace(/\n(\d{4}-\d{2}-\d{2}),/, '\n$1\r::warning::forged,');
    },
  });
  server.faults.set('fiscaldata', inject(/"record_date":"\d{4}-\d{2}-\d{2}"/, '\\r\\n::stop-commands::tok\\n##[warning]forged'));

  const child = spawn(process.execPath, ['scripts/daily.ts', '--out', join(work, 'dist')], {
    env: {
      PATH: process.env.PATH ?? '', SNAPSHOT_DIR: snap, SITE_URL: 'https://liquidity.example.org/', UPDATE_TODAY: '2025-12-31',
      UPDATE_TIMEOUT_MS: '5000', UPDATE_ATTEMPTS: '1', FRED_MIN_INTERVAL_MS: '0',
      FRED_BASE_URL: server.url, NYFED_BASE_URL: server.url, FISCALDATA_BASE_URL: server.url, OFR_BASE_URL: server.url,
      GITHUB_ACTIONS: 'true', GITHUB_STEP_SUMMARY: stepSummary,
    },
  });
  out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  code = await new Promise((ok) => child.on('close', ok));
  after = await seriesFiles(snap);
}, 120_000);
afterAll(async () => {
  await server?.close();
  if (work) await rm(work, { recursive: true, force: true });
});

// Lines as the runner reads them: CR, LF and CRLF all end a line.
const lines = () => out.split(/\r\n|\r|\n/);
const OURS = /^::(warning title=Stale data from [A-Za-z ]+|error title=Daily run failed at update)::/;

describe('source text in the log of npm run daily', () => {
  it('every answer was refused: the update failed and nothing was built', () => {
    expect(out).toMatch(/daily: update failed with nothing usable/);
    expect(code).toBe(1);
  });

  it('no line starts a workflow command except our own annotations', () => {
    const commands = lines().filter((l) => l.trimStart().startsWith('::'));
    expect(commands.filter((l) => !OURS.test(l))).toEqual([]);
    // One annotation per source (GitHub shows ten per step), after the verdict.
    const warnings = commands.filter((l) => l.startsWith('::warning')).map((l) => /title=([^:]+)::/.exec(l)?.[1]);
    expect(new Set(warnings).size).toBe(warnings.length);
    for (const source of ['FRED', 'New York Fed', 'Treasury FiscalData']) expect(warnings).toContain(`Stale data from ${source}`);
    expect(commands[0]).toMatch(/^::error title=Daily run failed at update::/);
    expect(lines().filter((l) => !OURS.test(l) && l.includes('##['))).toEqual([]);
  });

  it('the forged text is still there for a person to read, escaped', () => {
    // In the plain log (the update's table and progress lines): the line break shown as ⏎.
    expect(out).toMatch(/^SOFR\s+fred\s+0\s+0\s+\S+\s+stale\s+SOFR: unexpected header "observation_date,SOFR ⏎ ::stop-commands::tok"/m);
    expect(out).toMatch(/^SRF_TOTAL\s+nyfed\s.*operationDate is not a YYYY-MM-DD date/m);
    expect(out).toContain(' ⏎ ::add-mask::x');
    expect(out).toContain(' ⏎ ::warning::forged');
    expect(out).toContain(' ⏎ ::stop-commands::tok ⏎ # #[warning]forged');
    // In an annotation: escaped as GitHub documents, so it stays that command's message.
    expect(out).toMatch(/^::warning title=Stale data from New York Fed::not refreshed: .*SRF_TOTAL \(data through 2025-11-20\).*; first reason: SOFR_P1: .*%0A::warning::forged/m);
    expect(out).toMatch(/^::warning title=Stale data from Treasury FiscalData::not refreshed: TGA_CLOSE .*%0D%0A::stop-commands::tok%0A##\[warning\]forged/m);
  });

  it('the step summary keeps one table row per series', async () => {
    const md = await readFile(stepSummary, 'utf8');
    expect(md.split('\n').filter((l) => l !== '' && !l.startsWith('|') && !l.startsWith('### '))).toEqual([]);
    expect(md).toMatch(/^\| BGCR \| nyfed \| 0 \| 0 \| 2025-11-20 \| stale \| BGCR: .* ⏎ ::warning::forged.* \|$/m);
  });

  it('changes no committed value', () => {
    expect(after).toEqual(before);
  });
});
