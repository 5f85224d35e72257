import { MockAgent } from 'undici';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { getText, retryAfterMs, USER_AGENT, type HttpOptions } from '../../src/sources/http.ts';

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
