// A loopback stand-in for FRED, the NY Fed Markets API and FiscalData, speaking each source's
// real wire format, with faults that can be injected per route. Test-only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';

export type World = Record<string, ReadonlyArray<readonly [string, number]>>;

export type Fault =
  | { kind: 'status'; status: number; times?: number; retryAfter?: string }
  | { kind: 'hang' }
  | { kind: 'reset' }
  | { kind: 'truncate' }
  | { kind: 'html' }
  | { kind: 'body'; transform: (body: string) => string };

export interface FakeSources {
  readonly url: string;
  /** Route key -> fault. Keys: `fred:<ID>`, `nyfed:sofr|bgcr|tgcr|repo`, `fiscaldata`. */
  readonly faults: Map<string, Fault>;
  /** Every request path+query served, in order. */
  readonly requests: string[];
  world: World;
  close(): Promise<void>;
}

const inRange = (rows: World[string] | undefined, start: string, end: string) =>
  (rows ?? []).filter(([d]) => d >= start && d <= end);

function fredCsv(world: World, q: URLSearchParams): string {
  const id = q.get('id') ?? '';
  const rows = inRange(world[id], q.get('cosd') ?? '0000', q.get('coed') ?? '9999');
  return `observation_date,${id}\n${rows.map(([d, v]) => `${d},${v}`).join('\n')}${rows.length ? '\n' : ''}`;
}

function fredApi(world: World, q: URLSearchParams): string {
  const id = q.get('series_id') ?? '';
  const rows = inRange(world[id], q.get('observation_start') ?? '0000', q.get('observation_end') ?? '9999');
  return JSON.stringify({
    realtime_start: '2025-11-06', realtime_end: '2025-11-06', units: 'lin', file_type: 'json', count: rows.length,
    observations: rows.map(([date, v]) => ({ realtime_start: '2025-11-06', realtime_end: '2025-11-06', date, value: String(v) })),
  });
}

function refRates(world: World, rate: string, q: URLSearchParams): string {
  const id = rate.toUpperCase();
  const value = (s: string, d: string) => world[s]?.find(([x]) => x === d)?.[1];
  const rows = inRange(world[id], q.get('startDate') ?? '0000', q.get('endDate') ?? '9999').slice().reverse(); // newest first, as the API
  return JSON.stringify({
    refRates: rows.map(([d, v]) => ({
      effectiveDate: d, type: id, percentRate: v,
      ...(id === 'SOFR'
        ? {
            percentPercentile1: value('SOFR_P1', d), percentPercentile25: value('SOFR_P25', d),
            percentPercentile75: value('SOFR_P75', d), percentPercentile99: value('SOFR_P99', d),
            volumeInBillions: value('SOFR_VOLUME', d),
          }
        : { volumeInBillions: 1000 }),
      revisionIndicator: '',
    })),
  });
}

function repoOps(world: World, q: URLSearchParams): string {
  const at = (s: string, d: string) => (world[s]?.find(([x]) => x === d)?.[1] ?? 0) * 1e9;
  const operations = inRange(world.SRF_TOTAL, q.get('startDate') ?? '0000', q.get('endDate') ?? '9999').flatMap(([d]) => {
    // Split each day's take-up across the morning and afternoon windows, as the SRF runs two.
    const parts = { Treasury: at('SRF_TREASURY', d), Agency: at('SRF_AGENCY', d), 'Mortgage-Backed': at('SRF_MBS', d) };
    return (['AM', 'PM'] as const).map((w, i) => {
      const share = (x: number) => (i === 0 ? Math.round(x * 0.6) : x - Math.round(x * 0.6));
      const details = Object.entries(parts).map(([securityType, amt]) => ({
        securityType, amtSubmitted: share(amt), amtAccepted: share(amt), percentOfferingRate: 4.0,
      }));
      return {
        operationId: `RP ${d} ${w}`, auctionStatus: 'Results', operationDate: d, settlementDate: d,
        operationType: 'Repo', operationMethod: 'Full Allotment', settlementType: 'Same Day',
        termCalenderDays: 1, term: 'Overnight', releaseTime: w === 'AM' ? '08:30' : '13:45',
        totalAmtSubmitted: details.reduce((n, x) => n + x.amtAccepted, 0),
        totalAmtAccepted: details.reduce((n, x) => n + x.amtAccepted, 0), details,
      };
    });
  });
  return JSON.stringify({ repo: { operations } });
}

function dts(world: World, q: URLSearchParams): string {
  const filter = q.get('filter') ?? '';
  const start = /record_date:gte:([\d-]+)/.exec(filter)?.[1] ?? '0000';
  const end = /record_date:lte:([\d-]+)/.exec(filter)?.[1] ?? '9999';
  const all = inRange(world.TGA_CLOSE, start, end).flatMap(([d, bn]) => {
    const mn = String(Math.round(bn * 1000));
    const base = { record_date: d, close_today_bal: 'null', open_month_bal: 'null', table_nbr: 'I' };
    return [
      { ...base, account_type: 'Treasury General Account (TGA) Opening Balance', open_today_bal: mn },
      { ...base, account_type: 'Treasury General Account (TGA) Closing Balance', open_today_bal: mn },
    ];
  });
  const size = Number(q.get('page[size]') ?? 10000);
  const number = Number(q.get('page[number]') ?? 1);
  const pages = Math.max(1, Math.ceil(all.length / size));
  return JSON.stringify({
    data: all.slice((number - 1) * size, number * size),
    meta: { count: Math.min(size, all.length), 'total-count': all.length, 'total-pages': pages },
    links: { self: `&page%5Bnumber%5D=${number}`, next: number < pages ? `&page%5Bnumber%5D=${number + 1}` : null },
  });
}

function route(path: string, q: URLSearchParams): { key: string; type: string; render: (w: World) => string } | undefined {
  if (path === '/fred/series/observations') {
    if (!/^[a-z0-9]{32}$/.test(q.get('api_key') ?? '')) return { key: 'fred:badkey', type: 'application/json', render: () => '' };
    return { key: `fred:${q.get('series_id')}`, type: 'application/json', render: (w) => fredApi(w, q) };
  }
  if (path === '/graph/fredgraph.csv') return { key: `fred:${q.get('id')}`, type: 'text/csv', render: (w) => fredCsv(w, q) };
  const rate = /^\/api\/rates\/secured\/(sofr|bgcr|tgcr)\/search\.json$/.exec(path)?.[1];
  if (rate) return { key: `nyfed:${rate}`, type: 'application/json', render: (w) => refRates(w, rate, q) };
  if (path === '/api/rp/results/search.json') return { key: 'nyfed:repo', type: 'application/json', render: (w) => repoOps(w, q) };
  if (path === '/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance') {
    return { key: 'fiscaldata', type: 'application/json', render: (w) => dts(w, q) };
  }
  return undefined;
}

export async function startFakeSources(world: World): Promise<FakeSources> {
  const faults = new Map<string, Fault>();
  const requests: string[] = [];
  const state = { world };
  // How often each fault has been hit: counted per fault object, so a new fault starts at 0.
  const hits = new WeakMap<Fault, number>();
  const server = createServer((req: IncomingMessage, res: ServerResponse) => {
    const u = new URL(req.url ?? '/', 'http://x');
    requests.push(`${u.pathname}${u.search}`);
    const r = route(u.pathname, u.searchParams);
    if (!r) return void res.writeHead(404, { 'content-type': 'text/plain' }).end(`no route ${u.pathname}`);
    const fault = faults.get(r.key);
    const n = fault ? (hits.get(fault) ?? 0) + 1 : 0;
    if (fault) hits.set(fault, n);
    const body = r.render(state.world);
    if (fault?.kind === 'status' && (fault.times === undefined || n <= fault.times)) {
      return void res.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) })
        .end(`error ${fault.status}`);
    }
    if (fault?.kind === 'hang') return; // never answers: the client must time out
    if (fault?.kind === 'reset') return void req.socket.destroy();
    if (fault?.kind === 'truncate') {
      res.writeHead(200, { 'content-type': r.type, 'content-length': String(Buffer.byteLength(body)) });
      res.write(body.slice(0, Math.floor(body.length / 2)));
      return void setTimeout(() => req.socket.destroy(), 10);
    }
    if (fault?.kind === 'html') {
      return void res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' })
        .end('<!DOCTYPE html><html><body><h1>Scheduled maintenance</h1></body></html>');
    }
    const text = fault?.kind === 'body' ? fault.transform(body) : body;
    res.writeHead(200, { 'content-type': r.type }).end(text);
  });
  await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
  const addr = server.address();
  if (!addr || typeof addr === 'string') throw new Error('fake sources: no port');
  return {
    url: `http://127.0.0.1:${addr.port}`,
    faults,
    requests,
    get world() { return state.world; },
    set world(w: World) { state.world = w; },
    close: () => new Promise<void>((ok) => {
      server.closeAllConnections();
      server.close(() => ok());
    }),
  };
}
