// `npm run update` against a loopback server replaying the recorded NY Fed and FiscalData
// answers in tests/fixtures/recorded: starting from an empty snapshot directory, every NY Fed
// and FiscalData series must hold exactly the recorded values afterwards.
import { readFileSync, readdirSync } from 'node:fs';
import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/snapshot/store.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { loadRecorded } from '../fakes/recorded.ts';
import { runScript } from '../fakes/run-script.ts';
import { startFakeSources, type FakeSources } from '../fakes/sources-server.ts';

const RECORDED = new URL('../fixtures/recorded/', import.meta.url).pathname;
const TODAY = '2025-12-31'; // the last day of the recorded repo operations and TGA answers
const NYFED = ['SOFR_P1', 'SOFR_P25', 'SOFR_P75', 'SOFR_P99', 'SOFR_VOLUME', 'BGCR', 'TGCR', 'SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'];
const ALL = [...NYFED, 'TGA_CLOSE'];

let server: FakeSources;
let dir: string;
let run: { code: number | null; out: string };
let snap: Snapshot;

const runCli = (env: Record<string, string>, args: string[]) =>
  runScript('scripts/update.ts', args, { UPDATE_TIMEOUT_MS: '5000', UPDATE_ATTEMPTS: '1', ...env });

// What the recorded bodies say, read with plain JSON.parse (not the project's parsers).
type Row = Record<string, unknown>;
const json = (sub: string, name: string) => JSON.parse(readFileSync(join(RECORDED, sub, name), 'utf8')) as Row;
const files = (sub: string) => readdirSync(join(RECORDED, sub)).filter((n) => n.endsWith('.json'));

function expectedNyFed(): Map<string, Map<string, number>> {
  const out = new Map<string, Map<string, number>>(NYFED.map((id) => [id, new Map()]));
  const put = (id: string, date: string, v: unknown) => {
    if (typeof v === 'number') out.get(id)!.set(date, v);
  };
  for (const name of files('nyfed')) {
    const body = json('nyfed', name);
    for (const r of (body.refRates as Row[] | undefined) ?? []) {
      const date = r.effectiveDate as string;
      if (r.type === 'SOFR') {
        for (const p of ['1', '25', '75', '99']) put(`SOFR_P${p}`, date, r[`percentPercentile${p}`]);
        put('SOFR_VOLUME', date, r.volumeInBillions);
      } else {
        put(r.type as string, date, r.percentRate);
      }
    }
    const ops = ((body.repo as Row | undefined)?.operations as Row[] | undefined) ?? [];
    const sums = new Map<string, Record<string, number>>();
    for (const op of ops.filter((o) => o.operationType === 'Repo')) {
      const s = sums.get(op.operationDate as string) ?? { SRF_TOTAL: 0, SRF_TREASURY: 0, SRF_AGENCY: 0, SRF_MBS: 0 };
      s.SRF_TOTAL! += op.totalAmtAccepted as number;
      for (const d of op.details as Row[]) {
        s[{ Treasury: 'SRF_TREASURY', Agency: 'SRF_AGENCY', 'Mortgage-Backed': 'SRF_MBS' }[d.securityType as string]!]! += d.amtAccepted as number;
      }
      sums.set(op.operationDate as string, s);
    }
    for (const [date, s] of sums) for (const [id, usd] of Object.entries(s)) put(id, date, Math.round(usd / 1e6) / 1e3);
  }
  return out;
}

function expectedTga(): Map<string, number> {
  const out = new Map<string, number>();
  for (const name of files('fiscaldata')) {
    for (const r of json('fiscaldata', name).data as Row[]) {
      const closing = r.account_type === 'Treasury General Account (TGA) Closing Balance';
      out.set(r.record_date as string, Number(closing ? r.open_today_bal : r.close_today_bal) / 1000);
    }
  }
  return out;
}

const asMap = (id: string) => new Map((snap.series.get(id) ?? []).map((o) => [o.date, o.value]));

beforeAll(async () => {
  server = await startFakeSources({}, { replay: loadRecorded(RECORDED) });
  dir = join(await mkdtemp(join(tmpdir(), 'update-replay-')), 'data'); // does not exist yet
  run = await runCli({
    SNAPSHOT_DIR: dir, UPDATE_TODAY: TODAY, NYFED_BASE_URL: server.url, FISCALDATA_BASE_URL: server.url, OFR_BASE_URL: server.url, FRED_BASE_URL: server.url,
  }, ['--only', ALL.join(',')]);
  snap = await readSnapshot(dir);
}, 60_000);
afterAll(() => server.close());

describe('npm run update against the recorded answers, from an empty snapshot', () => {
  it('updates every NY Fed and FiscalData series and exits 0', () => {
    expect(run.out).toMatch(/holds no snapshot yet; starting a new one/);
    expect(run.out).toMatch(/^12 ok, 0 stale, 0 failed$/m);
    expect(run.code).toBe(0);
  });

  it('makes exactly the recorded kinds of request', () => {
    const paths = server.requests.map((p) => p.replace(/\?.*/, '')).sort();
    expect(new Set(paths)).toEqual(new Set([
      '/api/rates/secured/sofr/search.json', '/api/rates/secured/bgcr/search.json', '/api/rates/secured/tgcr/search.json',
      '/api/rp/results/search.json', '/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance',
    ]));
    expect(server.requests).toContain(`/api/rates/secured/sofr/search.json?startDate=2018-04-02&endDate=${TODAY}&type=rate`);
    expect(server.requests).toContain(`/api/rates/secured/sofr/search.json?startDate=2018-04-02&endDate=${TODAY}&type=volume`);
    expect(server.requests).toContain(`/api/rp/results/search.json?startDate=2019-09-16&endDate=${TODAY}`);
    // One FiscalData request per account-type era, form-encoded like the recorded ones.
    const dts = server.requests.filter((p) => p.includes('operating_cash_balance'));
    expect(dts).toEqual(['Federal+Reserve+Account', 'Treasury+General+Account+%28TGA%29', 'Treasury+General+Account+%28TGA%29+Closing+Balance']
      .map((a) => '/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance?fields=record_date%2Caccount_type%2Copen_today_bal%2Cclose_today_bal' +
        `&filter=record_date%3Agte%3A2005-10-03%2Crecord_date%3Alte%3A${TODAY}%2Caccount_type%3Aeq%3A${a}&sort=record_date&page%5Bsize%5D=10000`));
  });

  it.each(NYFED)('%s holds exactly the recorded values', (id) => {
    const want = expectedNyFed().get(id)!;
    expect(want.size).toBeGreaterThan(0);
    expect(asMap(id)).toEqual(want);
  });

  it('TGA_CLOSE holds exactly the recorded closing balances of all three eras', () => {
    expect(asMap('TGA_CLOSE')).toEqual(expectedTga());
    expect(asMap('TGA_CLOSE').size).toBe(189 + 63 + 73 + 177 + 250);
  });

  it('holds the figures the recorded answers are known for', () => {
    const at = (id: string, date: string) => asMap(id).get(date);
    // 2025-10-31: two SRF operations, 20.35 + 30.00.
    expect([at('SRF_TOTAL', '2025-10-31'), at('SRF_MBS', '2025-10-31'), at('SRF_TREASURY', '2025-10-31'), at('SRF_AGENCY', '2025-10-31')])
      .toEqual([50.35, 20.95, 29.4, 0]);
    expect([at('SOFR_P1', '2025-10-31'), at('SOFR_P25', '2025-10-31'), at('SOFR_P75', '2025-10-31'), at('SOFR_P99', '2025-10-31')])
      .toEqual([4.05, 4.15, 4.29, 4.35]);
    expect(at('SOFR_VOLUME', '2025-10-31')).toBe(3211);
    expect([at('BGCR', '2025-10-31'), at('TGCR', '2025-10-31')]).toEqual([4.15, 4.15]);
    // 2019-05-31: the percentiles were not published ("NA"): no observation, neighbours kept.
    expect(asMap('SOFR_P1').has('2019-05-31')).toBe(false);
    expect(at('SOFR_P1', '2019-06-03')).toBe(2.35);
    expect([at('TGA_CLOSE', '2021-09-30'), at('TGA_CLOSE', '2021-10-01'), at('TGA_CLOSE', '2022-04-15'), at('TGA_CLOSE', '2022-04-18'), at('TGA_CLOSE', '2025-12-31')])
      .toEqual([215.16, 132.452, 578.473, 841.253, 872.853]);
  });

  it('prints a table with the rows added per series', () => {
    expect(run.out).toMatch(/^SOFR_P1\s+nyfed\s+44\s+0\s+2025-11-28\s+ok$/m); // 40 + 5 from 2019, less the "NA" day
    expect(run.out).toMatch(/^SOFR_VOLUME\s+nyfed\s+40\s+0\s+2025-11-28\s+ok$/m);
    expect(run.out).toMatch(/^TGA_CLOSE\s+fiscaldata\s+752\s+0\s+2025-12-31\s+ok$/m);
  });
});
