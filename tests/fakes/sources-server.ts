// A loopback stand-in for FRED, the NY Fed Markets API and FiscalData, speaking each source's
// real wire format (as in research/captures), with faults that can be injected per route.
// Two ways to answer: render a World of values in the source's shape, or (replay) serve the
// recorded bodies of tests/fixtures/recorded or ../shared/data for the request made, with the
// elements outside the asked window left out and nothing else changed. Test-only.
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { gzipSync } from 'node:zlib';
import { DTS_ERAS } from '../../src/sources/fiscaldata.ts';
import { OFR_COLUMNS, OFR_FSI_PATH, type OfrColumn } from '../../src/sources/ofr.ts';
import { joinBody, type RecordedFile, type SplitBody } from './recorded.ts';

export type World = Record<string, ReadonlyArray<readonly [string, number]>>;

export type Fault =
  | { kind: 'status'; status: number; times?: number; retryAfter?: string }
  | { kind: 'hang' }
  | { kind: 'reset' }
  | { kind: 'truncate' }
  | { kind: 'html' }
  | { kind: 'body'; transform: (body: string) => string }
  /** A 302 to `location` (another host, say). */
  | { kind: 'redirect'; location: string }
  /** `bytes` of zeros, gzip-compressed (a few KB on the wire): a decompression bomb. */
  | { kind: 'gzip-bomb'; bytes: number };

export interface FakeSources {
  readonly url: string;
  /** Route key -> fault. Keys: `fred:<ID>`, `nyfed:sofr|bgcr|tgcr` (type=rate), `nyfed:sofr-volume`, `nyfed:repo`, `fiscaldata`, `ofr:fsi`. */
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

// Reference rates as the API answers: newest first; `type=rate` rows carry the rate and its
// percentiles (only those the world holds), `type=volume` rows only the volume.
function refRates(world: World, rate: string, q: URLSearchParams): string {
  const id = rate.toUpperCase();
  const at = (s: string, d: string) => world[s]?.find(([x]) => x === d)?.[1];
  const volume = q.get('type') === 'volume';
  const dates = inRange(world[volume ? `${id}_VOLUME` : id], q.get('startDate') ?? '0000', q.get('endDate') ?? '9999')
    .map(([d]) => d).reverse();
  const rows = dates.map((d) => {
    if (volume) return { effectiveDate: d, type: id, volumeInBillions: at(`${id}_VOLUME`, d), revisionIndicator: '' };
    const pct = Object.fromEntries(['1', '25', '75', '99'].flatMap((p) => {
      const v = at(`${id}_P${p}`, d);
      return v === undefined ? [] : [[`percentPercentile${p}`, v]];
    }));
    return { effectiveDate: d, type: id, percentRate: at(id, d), ...pct, revisionIndicator: '' };
  });
  return JSON.stringify({ refRates: rows });
}

// Repo operation results in the Multiple Price layout: one Repo operation per day of
// SRF_TOTAL (amounts in whole dollars, no isSmallValue field), and the day's ON RRP as a
// Reverse Repo operation the parser must leave out.
function repoOps(world: World, q: URLSearchParams): string {
  const usd = (s: string, d: string) => Math.round((world[s]?.find(([x]) => x === d)?.[1] ?? 0) * 1e9);
  const days = inRange(world.SRF_TOTAL, q.get('startDate') ?? '0000', q.get('endDate') ?? '9999').map(([d]) => d).reverse();
  const mmddyy = (d: string) => `${d.slice(5, 7)}${d.slice(8, 10)}${d.slice(2, 4)}`;
  const operations = days.flatMap((d) => {
    const details = ([['Treasury', 'SRF_TREASURY'], ['Agency', 'SRF_AGENCY'], ['Mortgage-Backed', 'SRF_MBS']] as const)
      .map(([securityType, s]) => ({ securityType, amtSubmitted: usd(s, d), amtAccepted: usd(s, d), minimumBidRate: 4.0 }));
    const accepted = details.reduce((n, x) => n + x.amtAccepted, 0);
    const common = {
      auctionStatus: 'Results', operationDate: d, settlementDate: d, maturityDate: d, settlementType: 'Same Day',
      termCalenderDays: 1, term: 'Overnight', note: '', lastUpdated: `${d} 13:45:00`,
    };
    const repo = {
      operationId: `RP ${mmddyy(d)} 3`, ...common, operationType: 'Repo', operationMethod: 'Multiple Price',
      releaseTime: '13:30', closeTime: '13:45', operationLimit: 500000000000,
      totalAmtSubmitted: accepted, totalAmtAccepted: accepted, details,
    };
    const rrp = usd('RRPONTSYD', d);
    return rrp === 0 ? [repo] : [repo, {
      operationId: `RP ${mmddyy(d)} 2`, ...common, operationType: 'Reverse Repo', operationMethod: 'Fixed Rate',
      releaseTime: '12:45', closeTime: '13:15', totalAmtSubmitted: rrp, totalAmtAccepted: rrp,
      details: [{ securityType: 'Treasury', amtSubmitted: rrp, amtAccepted: rrp, percentOfferingRate: 4.0, percentAwardRate: 4.0 }],
    }];
  });
  return JSON.stringify({ repo: { operations } });
}

/** The parts of a FiscalData request the fakes read: window, account type, paging. */
function dtsQuery(q: URLSearchParams): { start: string; end: string; account: string | undefined; size: number; number: number } {
  const filter = q.get('filter') ?? '';
  return {
    start: /record_date:gte:([\d-]+)/.exec(filter)?.[1] ?? '0000',
    end: /record_date:lte:([\d-]+)/.exec(filter)?.[1] ?? '9999',
    account: /account_type:eq:([^,]+)/.exec(filter)?.[1],
    size: Number(q.get('page[size]') ?? 100),
    number: Number(q.get('page[number]') ?? 1),
  };
}

const DTS_META = {
  labels: { record_date: 'Record Date', account_type: 'Type of Account', open_today_bal: 'Opening Balance Today', close_today_bal: 'Closing Balance Today' },
  dataTypes: { record_date: 'DATE', account_type: 'STRING', open_today_bal: 'CURRENCY0', close_today_bal: 'CURRENCY0' },
  dataFormats: { record_date: 'YYYY-MM-DD', account_type: 'String', open_today_bal: '$1,000,000', close_today_bal: '$1,000,000' },
};

/** FiscalData's page envelope after the data array, as recorded (meta, then links). */
function dtsTail(labels: object, total: number, size: number, number: number): string {
  const pages = Math.ceil(total / size);
  const count = Math.max(0, Math.min(size, total - (number - 1) * size));
  const link = (n: number) => `&page%5Bnumber%5D=${n}&page%5Bsize%5D=${size}`;
  return `,"meta":${JSON.stringify({ count, ...labels, 'total-count': total, 'total-pages': pages })},"links":${JSON.stringify({
    self: link(number), first: link(1), prev: number > 1 ? link(number - 1) : null, next: number < pages ? link(number + 1) : null, last: link(pages),
  })}}`;
}

// The operating cash balance as FiscalData serves it: every value a string in $ millions,
// "null" for none, rows only of the account type asked for, each day in the era that used it.
function dts(world: World, q: URLSearchParams): string {
  const { start, end, account, size, number } = dtsQuery(q);
  const all = (world.TGA_CLOSE ?? []).flatMap(([d, bn], i, rows) => {
    const era = DTS_ERAS.find((e) => d >= e.from && d <= e.to);
    if (!era || d < start || d > end || (account !== undefined && era.account !== account)) return [];
    const mn = String(Math.round(bn * 1000));
    const prev = String(Math.round((rows[i - 1]?.[1] ?? bn) * 1000));
    return era.field === 'open_today_bal'
      ? [{ record_date: d, account_type: era.account, open_today_bal: mn, close_today_bal: 'null' }]
      : [{ record_date: d, account_type: era.account, open_today_bal: prev, close_today_bal: mn }];
  });
  const data = all.slice((number - 1) * size, number * size);
  return `{"data":${JSON.stringify(data)}${dtsTail(DTS_META, all.length, size, number)}`;
}

/** The world key of each column of OFR's FSI download (regions only give the rows their recorded shape). */
export const OFR_WORLD_KEYS: Readonly<Record<OfrColumn, string>> = {
  'OFR FSI': 'OFR_FSI', Credit: 'OFR_FSI_CREDIT', 'Equity valuation': 'OFR_FSI_EQUITY', 'Safe assets': 'OFR_FSI_SAFE_ASSETS',
  Funding: 'OFR_FSI_FUNDING', Volatility: 'OFR_FSI_VOLATILITY', 'United States': 'OFR_FSI_US',
  'Other advanced economies': 'OFR_FSI_OTHER_ADVANCED', 'Emerging markets': 'OFR_FSI_EMERGING',
};

// OFR's fsi.csv as served: the whole history (no query), oldest first, every column on every
// row, LF line ends, an empty cell where the world has no value.
function ofrFsi(world: World): string {
  const keys = OFR_COLUMNS.map((c) => OFR_WORLD_KEYS[c]);
  const byKey = keys.map((k) => new Map(world[k] ?? []));
  const dates = [...new Set(keys.flatMap((k) => (world[k] ?? []).map(([d]) => d)))].sort();
  const rows = dates.map((d) => [d, ...byKey.map((m) => (m.has(d) ? String(m.get(d)) : ''))].join(','));
  return `Date,${OFR_COLUMNS.join(',')}\n${rows.map((r) => `${r}\n`).join('')}`;
}

// ---- Replay of recorded bodies -------------------------------------------------------------

/** A request the recorded bodies cannot answer, and why (served as HTTP 400). */
class NotRecorded extends Error {}

const exactParams = (q: URLSearchParams, names: readonly string[], optional: readonly string[] = []) => {
  const got = [...q.keys()];
  const missing = names.filter((n) => !q.has(n));
  const extra = got.filter((n) => !names.includes(n) && !optional.includes(n));
  if (missing.length || extra.length) {
    throw new NotRecorded(`the recorded requests have exactly ${names.join(', ')}; missing [${missing.join(', ')}], unexpected [${extra.join(', ')}]`);
  }
};

/**
 * Elements of the matching recorded files whose date lies in [start, end], newest first as the
 * NY Fed serves them (files are read newest first, so a day's operations keep their order).
 */
function pick(files: readonly RecordedFile[], start: string, end: string, order: 'desc' | 'asc'): { body: SplitBody; texts: string[] } | undefined {
  if (files.length === 0) return undefined;
  const byNewest = [...files].sort((a, b) => (a.elements[0]!.date < b.elements[0]!.date ? 1 : -1));
  const els = byNewest.flatMap((f) => f.elements).filter((e) => e.date >= start && e.date <= end);
  const sorted = els.map((e, i) => [e, i] as const).sort(([a, i], [b, j]) =>
    a.date === b.date ? i - j : (a.date < b.date) === (order === 'asc') ? -1 : 1);
  return { body: byNewest[0]!.body, texts: sorted.map(([e]) => e.text) };
}

/** Answers a NY Fed or FiscalData request from recorded bodies; undefined when no recording covers that route. */
export function replay(files: readonly RecordedFile[], path: string, q: URLSearchParams): string | undefined {
  const rate = /^\/api\/rates\/secured\/(\w+)\/search\.json$/.exec(path)?.[1];
  if (rate) {
    exactParams(q, ['startDate', 'endDate', 'type']);
    const type = q.get('type');
    const got = pick(files.filter((f) => f.kind.source === 'nyfed-rate' && f.kind.rate === rate && f.kind.type === type),
      q.get('startDate')!, q.get('endDate')!, 'desc');
    if (!got) throw new NotRecorded(`no recorded ${rate} answer for type=${type}`);
    return joinBody(got.body, got.texts);
  }
  if (path === '/api/rp/results/search.json') {
    exactParams(q, ['startDate', 'endDate']);
    const got = pick(files.filter((f) => f.kind.source === 'nyfed-repo'), q.get('startDate')!, q.get('endDate')!, 'desc');
    if (!got) throw new NotRecorded('no recorded repo operation results');
    return joinBody(got.body, got.texts);
  }
  if (path === '/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance') {
    exactParams(q, ['fields', 'filter', 'sort', 'page[size]'], ['page[number]']);
    const { start, end, account, size, number } = dtsQuery(q);
    if (q.get('fields') !== 'record_date,account_type,open_today_bal,close_today_bal' || q.get('sort') !== 'record_date' || !account) {
      throw new NotRecorded('fields, sort or the account_type filter differ from the recorded requests');
    }
    const matching = files.filter((f) => f.kind.source === 'fiscaldata' && f.kind.account === account);
    const got = pick(matching, start, end, 'asc');
    if (!got) return `{"data":[]${dtsTail(DTS_META, 0, size, number)}`;
    const texts = got.texts.slice((number - 1) * size, number * size);
    const tail = got.body.suffix.slice(got.body.suffix.indexOf(']') + 1);
    const labels = JSON.parse(tail.slice(',"meta":'.length, tail.indexOf(',"links":'))) as Record<string, unknown>;
    const { count: _c, 'total-count': _t, 'total-pages': _p, ...rest } = labels;
    return `${got.body.prefix}${texts.join(got.body.separator)}]${dtsTail(rest, got.texts.length, size, number)}`;
  }
  return undefined;
}

const NYFED_JSON = 'application/json; charset=utf-8'; // as in the recorded NY Fed answers

function route(path: string, q: URLSearchParams): { key: string; type: string; render: (w: World) => string } | undefined {
  if (path === '/fred/series/observations') {
    if (!/^[a-z0-9]{32}$/.test(q.get('api_key') ?? '')) return { key: 'fred:badkey', type: 'application/json', render: () => '' };
    return { key: `fred:${q.get('series_id')}`, type: 'application/json', render: (w) => fredApi(w, q) };
  }
  if (path === '/graph/fredgraph.csv') return { key: `fred:${q.get('id')}`, type: 'text/csv', render: (w) => fredCsv(w, q) };
  const rate = /^\/api\/rates\/secured\/(sofr|bgcr|tgcr)\/search\.json$/.exec(path)?.[1];
  if (rate) {
    const key = q.get('type') === 'volume' ? `nyfed:${rate}-volume` : `nyfed:${rate}`;
    return { key, type: NYFED_JSON, render: (w) => refRates(w, rate, q) };
  }
  if (path === '/api/rp/results/search.json') return { key: 'nyfed:repo', type: NYFED_JSON, render: (w) => repoOps(w, q) };
  if (path === '/services/api/fiscal_service/v1/accounting/dts/operating_cash_balance') {
    return { key: 'fiscaldata', type: 'application/json', render: (w) => dts(w, q) };
  }
  if (path === OFR_FSI_PATH) return { key: 'ofr:fsi', type: 'text/csv', render: ofrFsi };
  return undefined;
}

export interface FakeOptions {
  /**
   * Recorded bodies (see loadRecorded): NY Fed and FiscalData requests are answered from them,
   * strictly (a query unlike the recorded ones gets HTTP 400 naming the difference); FRED still
   * renders the World.
   */
  readonly replay?: readonly RecordedFile[];
  readonly port?: number;
}

export async function startFakeSources(world: World, options: FakeOptions = {}): Promise<FakeSources> {
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
    let body: string;
    try {
      body = (options.replay && replay(options.replay, u.pathname, u.searchParams)) ?? r.render(state.world);
    } catch (err) {
      if (!(err instanceof NotRecorded)) throw err;
      return void res.writeHead(400, { 'content-type': 'text/plain' }).end(`replay: ${err.message}`);
    }
    if (fault?.kind === 'status' && (fault.times === undefined || n <= fault.times)) {
      return void res.writeHead(fault.status, { 'content-type': 'text/plain', ...(fault.retryAfter ? { 'retry-after': fault.retryAfter } : {}) })
        .end(`error ${fault.status}`);
    }
    if (fault?.kind === 'hang') return; // never answers: the client must time out
    if (fault?.kind === 'redirect') return void res.writeHead(302, { location: fault.location }).end();
    if (fault?.kind === 'gzip-bomb') {
      return void res.writeHead(200, { 'content-type': r.type, 'content-encoding': 'gzip' }).end(gzipSync(Buffer.alloc(fault.bytes)));
    }
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
  await new Promise<void>((ok, fail) => server.once('error', fail).listen(options.port ?? 0, '127.0.0.1', ok));
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
