import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { gzipSync } from 'node:zlib';
import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getText, HttpError, retryAfterMs, USER_AGENT, type HttpOptions } from '../../src/sources/http.ts';
import { redactUrl, scrubSecrets, secretsOf } from '../../src/core/redact.ts';

let agent: MockAgent;
let waits: number[];
const opts = (): HttpOptions => ({
  timeoutMs: 1000, attempts: 3, baseDelayMs: 100, maxDelayMs: 1000, maxRetryAfterMs: 10_000,
  dispatcher: agent, sleep: async (ms) => void waits.push(ms), random: () => 1,
});
const origin = 'https://fred.stlouisfed.org';
const path = '/graph/fredgraph.csv?id=SOFR';

beforeEach(() => {
  agent = new MockAgent();
  agent.disableNetConnect();
  waits = [];
});
afterEach(async () => {
  agent.assertNoPendingInterceptors();
  await agent.close();
});

describe('getText', () => {
  it('sends an honest User-Agent', async () => {
    agent.get(origin).intercept({ path, headers: { 'user-agent': USER_AGENT } }).reply(200, 'observation_date,SOFR\n', { headers: { 'content-type': 'text/csv' } });
    expect((await getText(`${origin}${path}`, opts())).text).toBe('observation_date,SOFR\n');
  });

  it('backs off exponentially on 5xx, then succeeds', async () => {
    agent.get(origin).intercept({ path }).reply(502, 'bad gateway');
    agent.get(origin).intercept({ path }).reply(500, 'oops');
    agent.get(origin).intercept({ path }).reply(200, 'ok\n');
    expect((await getText(`${origin}${path}`, opts())).text).toBe('ok\n');
    expect(waits).toEqual([100, 200]);
  });

  it('waits as long as Retry-After says', async () => {
    agent.get(origin).intercept({ path }).reply(429, 'slow down', { headers: { 'retry-after': '3' } });
    agent.get(origin).intercept({ path }).reply(200, 'ok\n');
    await getText(`${origin}${path}`, opts());
    expect(waits).toEqual([3000]);
  });

  it('gives up at once when Retry-After is longer than we wait', async () => {
    agent.get(origin).intercept({ path }).reply(503, 'later', { headers: { 'retry-after': '3600' } });
    await expect(getText(`${origin}${path}`, opts())).rejects.toThrow(/HTTP 503; server asks to retry after 3600 s/);
    expect(waits).toEqual([]);
  });

  it('does not retry a 404 and names the URL', async () => {
    agent.get(origin).intercept({ path }).reply(404, 'no such series');
    await expect(getText(`${origin}${path}`, opts())).rejects.toThrow(`HTTP 404 Not Found (${origin}${path})`);
  });

  it('retries a connection reset and reports it after the last attempt', async () => {
    agent.get(origin).intercept({ path }).replyWithError(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' })).times(3);
    await expect(getText(`${origin}${path}`, opts())).rejects.toThrow(/network error: connection reset by the server \[ECONNRESET\]; gave up after 3 attempts/);
    expect(waits).toHaveLength(2);
  });
});

describe('retryAfterMs', () => {
  it('reads seconds and HTTP dates', () => {
    expect(retryAfterMs('120')).toBe(120_000);
    expect(retryAfterMs('Wed, 21 Oct 2015 07:28:30 GMT', Date.parse('Wed, 21 Oct 2015 07:28:00 GMT'))).toBe(30_000);
    expect(retryAfterMs(null)).toBeUndefined();
    expect(retryAfterMs('soon')).toBeUndefined();
  });
});

describe('credentials never leave the HTTP layer as text', () => {
  const KEY = 'abcdef0123456789abcdef0123456789';
  const apiPath = `/fred/series/observations?series_id=SOFR&api_key=${KEY}&file_type=json`;
  const api = 'https://api.stlouisfed.org';
  const fails = async (o: HttpOptions = opts()) => {
    const err = await getText(`${api}${apiPath}`, o).then(() => undefined, (e: unknown) => e as HttpError);
    expect(err).toBeInstanceOf(HttpError);
    const text = `${err!.message}\n${err!.url}\n${err!.stack}`;
    expect(text).not.toContain(KEY);
    expect(err!.url).toBe(`${api}/fred/series/observations?series_id=SOFR&api_key=***&file_type=json`);
    return err!;
  };

  it('on a 400 (a bad key)', async () => {
    agent.get(api).intercept({ path: apiPath }).reply(400, `{"error_code":400,"error_message":"Bad Request. api_key ${KEY} is not registered."}`);
    expect((await fails()).message).toMatch(/^HTTP 400 Bad Request \(https:/);
  });

  it('on 5xx until it gives up', async () => {
    agent.get(api).intercept({ path: apiPath }).reply(503, 'down').times(3);
    expect((await fails()).message).toMatch(/HTTP 503 Service Unavailable; gave up after 3 attempts/);
  });

  it('on a reset, and in the retry notes', async () => {
    agent.get(api).intercept({ path: apiPath })
      .replyWithError(Object.assign(new Error(`socket hang up for ${api}${apiPath}`), { code: 'ECONNRESET' })).times(3);
    const notes: string[] = [];
    await expect(getText(`${api}${apiPath}`, opts(), (_a, _w, why) => notes.push(why))).rejects.toThrow(/gave up/);
    expect(notes).toHaveLength(2);
    for (const n of notes) expect(n).not.toContain(KEY);
    agent.get(api).intercept({ path: apiPath }).replyWithError(new Error(`failed ${api}${apiPath}`)).times(3);
    expect((await fails()).message).toContain('api_key=***');
  });

  it('on a timeout', async () => {
    agent.get(api).intercept({ path: apiPath }).reply(200, 'late\n').delay(200).times(3);
    expect((await fails({ ...opts(), timeoutMs: 20 })).message).toMatch(/no complete answer within 20 ms; gave up after 3 attempts/);
  });

  it('redactUrl and scrubSecrets cover other spellings and user info', () => {
    expect(redactUrl('https://u:p@h.example/x?token=t0k3n&a=1&apikey=zz9')).toBe('https://***@h.example/x?token=***&a=1&apikey=***');
    expect(secretsOf(`${api}${apiPath}`)).toEqual([KEY]);
    expect(scrubSecrets(`key ${KEY} in a body`, [KEY])).toBe('key *** in a body');
    expect(redactUrl('content/data/SOFR.csv')).toBe('content/data/SOFR.csv');
  });
});

describe('redirects', () => {
  it('follows one on the same host', async () => {
    agent.get(origin).intercept({ path }).reply(301, '', { headers: { location: '/graph/fredgraph.csv?id=SOFR&moved=1' } });
    agent.get(origin).intercept({ path: '/graph/fredgraph.csv?id=SOFR&moved=1' }).reply(200, 'ok\n');
    expect((await getText(`${origin}${path}`, opts())).text).toBe('ok\n');
  });

  it('refuses one to another host, at once', async () => {
    agent.get(origin).intercept({ path }).reply(302, '', { headers: { location: 'https://elsewhere.example/x.csv' } });
    await expect(getText(`${origin}${path}`, opts())).rejects.toThrow(/redirect to another host or scheme \(https:\/\/elsewhere\.example\), refused/);
    expect(waits).toEqual([]);
  });

  it('refuses a downgrade to http on the same host', async () => {
    agent.get(origin).intercept({ path }).reply(302, '', { headers: { location: `http://fred.stlouisfed.org${path}` } });
    await expect(getText(`${origin}${path}`, opts())).rejects.toThrow(/redirect to another host or scheme \(http:\/\/fred\.stlouisfed\.org\)/);
  });
});

describe('body size', () => {
  it('refuses a declared length over the cap without reading it', async () => {
    agent.get(origin).intercept({ path }).reply(200, 'x'.repeat(2048), { headers: { 'content-length': '2048' } });
    await expect(getText(`${origin}${path}`, { ...opts(), maxBytes: 1024 })).rejects.toThrow(/^response larger than the 1 KiB allowed for this request; refused .*\(https:\/\/fred\.stlouisfed\.org\/graph\/fredgraph\.csv\?id=SOFR\)$/);
    expect(waits).toEqual([]);
  });

  it('stops a gzip body once it inflates past the cap (loopback server)', async () => {
    // 64 MiB of zeros gzip to ~64 KB: read whole, this is what a decompression bomb does.
    const bomb = gzipSync(Buffer.alloc(64 * 1024 * 1024));
    const server = createServer((_req, res) => res.writeHead(200, { 'content-encoding': 'gzip', 'content-type': 'text/csv' }).end(bomb));
    await new Promise<void>((ok) => server.listen(0, '127.0.0.1', ok));
    const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/big.csv`;
    try {
      const before = process.memoryUsage().arrayBuffers;
      await expect(getText(url, { ...opts(), dispatcher: undefined, maxBytes: 1024 * 1024 })).rejects.toThrow(/response larger than the 1 MiB allowed for this request; refused/);
      // Stopped near the cap, not after inflating 64 MiB.
      expect(process.memoryUsage().arrayBuffers - before).toBeLessThan(32 * 1024 * 1024);
    } finally {
      server.closeAllConnections();
      await new Promise<void>((ok) => server.close(() => ok()));
    }
  });
});
