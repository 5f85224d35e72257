// The one place that talks HTTP. undici fetch with a per-request timeout, retries with
// exponential backoff and jitter that honour Retry-After, and an honest User-Agent.
import { fetch, type Dispatcher, type Response } from 'undici';
import { redactUrl, scrubSecrets, secretsOf } from '../core/redact.ts';

export const USER_AGENT =
  'usd-liquidity-monitor/0.1 (static report site; daily refresh of public series; contact via the project repository)';

export interface HttpOptions {
  readonly timeoutMs: number;
  /** Total tries, first included. */
  readonly attempts: number;
  readonly baseDelayMs: number;
  readonly maxDelayMs: number;
  /** Longest Retry-After we are willing to wait; longer means give up now and try tomorrow. */
  readonly maxRetryAfterMs: number;
  /**
   * Largest body accepted, counted after decompression, so a gzip bomb stops here too. Jobs
   * ask for less per request kind (Get's limits); this is the ceiling for any request.
   */
  readonly maxBytes?: number;
  readonly dispatcher?: Dispatcher;
  /** Aborts the request and any wait between tries (the update's overall deadline). */
  readonly signal?: AbortSignal;
  /** Injected for tests: sleep and randomness. */
  readonly sleep?: (ms: number) => Promise<void>;
  readonly random?: () => number;
}

export const DEFAULT_HTTP: HttpOptions = {
  timeoutMs: 30_000, attempts: 4, baseDelayMs: 1_000, maxDelayMs: 30_000, maxRetryAfterMs: 120_000,
};

/** Ceiling on any body when the request names no smaller limit. */
export const DEFAULT_MAX_BYTES = 64 * 1024 * 1024;

/** Same-host redirects followed before giving up. */
const MAX_REDIRECTS = 5;

/**
 * A failed request, with what a person needs: the URL (credentials redacted: the constructor
 * redacts, so no caller can forget), what happened, and whether it was the network.
 */
export class HttpError extends Error {
  readonly url: string;
  readonly status: number | undefined;
  /** True when no server answered at all (DNS, refused, unreachable): likely no network. */
  readonly unreachable: boolean;

  constructor(url: string, message: string, status?: number, unreachable = false) {
    const safe = redactUrl(url);
    super(`${scrubSecrets(message, secretsOf(url))} (${safe})`);
    this.name = 'HttpError';
    this.url = safe;
    this.status = status;
    this.unreachable = unreachable;
  }
}

const UNREACHABLE = new Set(['ENOTFOUND', 'EAI_AGAIN', 'ECONNREFUSED', 'ENETUNREACH', 'EHOSTUNREACH']);

const NETWORK_WORDS: Readonly<Record<string, string>> = {
  ENOTFOUND: 'host not found (DNS lookup failed)',
  EAI_AGAIN: 'DNS lookup failed',
  ECONNREFUSED: 'connection refused',
  ECONNRESET: 'connection reset by the server',
  ENETUNREACH: 'network unreachable',
  EHOSTUNREACH: 'host unreachable',
  UND_ERR_SOCKET: 'connection closed before the response was complete',
};

/** The innermost message of an error chain (undici wraps the useful one in `cause`). */
function rootMessage(err: unknown): string {
  let e = err as { message?: string; cause?: unknown };
  while (e.cause && typeof e.cause === 'object') e = e.cause as typeof e;
  return e.message ?? String(err);
}

function errorCode(err: unknown): string | undefined {
  let e: unknown = err;
  for (let depth = 0; e && depth < 5; depth++) {
    const code = (e as { code?: unknown }).code;
    if (typeof code === 'string') return code;
    e = (e as { cause?: unknown }).cause;
  }
  return undefined;
}

/** Retry-After as milliseconds: delta-seconds or an HTTP date. */
export function retryAfterMs(header: string | null, now = Date.now()): number | undefined {
  if (!header) return undefined;
  const secs = Number(header);
  if (Number.isFinite(secs) && secs >= 0) return secs * 1000;
  const at = Date.parse(header);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now);
}

export interface Retrieved {
  readonly text: string;
  readonly contentType: string;
}

export type RetryNote = (attempt: number, waitMs: number, why: string) => void;

/** A failure that retrying cannot mend (4xx, refused redirect, oversized body): thrown at once. */
class Definite extends HttpError {}

const size = (n: number) => (n >= 1024 * 1024 ? `${Math.round(n / 1024 / 1024)} MiB` : `${Math.ceil(n / 1024)} KiB`);

/**
 * Reads a body chunk by chunk and stops as soon as it passes `maxBytes` (decompressed bytes:
 * undici inflates as it streams, so memory stays near the cap whatever the compression ratio).
 */
async function readCapped(res: Response, url: string, maxBytes: number): Promise<string> {
  const declared = Number(res.headers.get('content-length') ?? NaN);
  const tooBig = () => new Definite(url, `response larger than the ${size(maxBytes)} allowed for this request; refused (a source never sends this much: check the URL or raise the limit in its source module)`, res.status);
  if (declared > maxBytes && !res.headers.get('content-encoding')) {
    await res.body?.cancel();
    throw tooBig();
  }
  if (!res.body) return '';
  const chunks: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of res.body) {
    total += chunk.byteLength;
    if (total > maxBytes) {
      await res.body.cancel().catch(() => undefined);
      throw tooBig();
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks, total).toString('utf8');
}

/**
 * Follows a redirect only to the same scheme and host: a source that moves elsewhere is a
 * change a maintainer must approve (by setting its base URL), not something to trust silently.
 */
function redirectTarget(res: Response, current: string): string {
  const location = res.headers.get('location');
  if (!location) throw new Definite(current, `HTTP ${res.status} redirect without a Location header`, res.status);
  const from = new URL(current);
  const to = new URL(location, from);
  if (to.protocol !== from.protocol || to.host !== from.host) {
    throw new Definite(current, `HTTP ${res.status} redirect to another host or scheme (${to.protocol}//${to.host}), refused; if the source has moved, set its base URL (README: Refresh data)`, res.status);
  }
  return to.href;
}

/** One request, following same-host redirects; returns the final response with its body unread. */
async function fetchFollowing(url: string, opts: HttpOptions): Promise<{ res: Response; url: string }> {
  let current = url;
  for (let hop = 0; ; hop++) {
    const res = await fetch(current, {
      headers: { 'user-agent': USER_AGENT, accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
      signal: opts.signal ? AbortSignal.any([AbortSignal.timeout(opts.timeoutMs), opts.signal]) : AbortSignal.timeout(opts.timeoutMs),
      redirect: 'manual',
      ...(opts.dispatcher ? { dispatcher: opts.dispatcher } : {}),
    });
    if (res.status < 300 || res.status >= 400 || res.status === 304) return { res, url: current };
    await res.body?.cancel();
    if (hop === MAX_REDIRECTS) throw new Definite(url, `more than ${MAX_REDIRECTS} redirects`, res.status);
    current = redirectTarget(res, current);
  }
}

/**
 * GETs a URL as text. Retries network errors, timeouts, 429 and 5xx; fails at once on other
 * 4xx, on a redirect off the host and on a body over `maxBytes`. The body must arrive complete
 * (undici rejects a body shorter than its Content-Length). Every error it throws is an
 * HttpError whose text holds no credential from the URL.
 */
export async function getText(url: string, opts: HttpOptions, onRetry?: RetryNote): Promise<Retrieved> {
  const sleep = opts.sleep ?? ((ms: number) => new Promise<void>((ok) => {
    const done = () => { clearTimeout(timer); opts.signal?.removeEventListener('abort', done); ok(); };
    const timer = setTimeout(done, ms);
    opts.signal?.addEventListener('abort', done, { once: true });
  }));
  const random = opts.random ?? Math.random;
  let lastError: HttpError | undefined;
  for (let attempt = 1; attempt <= opts.attempts; attempt++) {
    let wait: number | undefined;
    try {
      const { res, url: final } = await fetchFollowing(url, opts);
      if (res.ok) return { text: await readCapped(res, final, opts.maxBytes ?? DEFAULT_MAX_BYTES), contentType: res.headers.get('content-type') ?? '' };
      await res.body?.cancel();
      const retryable = res.status === 429 || res.status >= 500;
      if (!retryable) throw new Definite(url, `HTTP ${res.status} ${res.statusText}`.trim(), res.status);
      lastError = new HttpError(url, `HTTP ${res.status} ${res.statusText}`.trim(), res.status);
      wait = retryAfterMs(res.headers.get('retry-after'));
      if (wait !== undefined && wait > opts.maxRetryAfterMs) {
        throw new Definite(url, `HTTP ${res.status}; server asks to retry after ${Math.round(wait / 1000)} s, longer than we wait`, res.status);
      }
    } catch (err) {
      if (err instanceof Definite) throw new HttpError(url, err.message.replace(` (${err.url})`, ''), err.status);
      if (opts.signal?.aborted) throw new HttpError(url, 'abandoned: the update ran out of time');
      const code = errorCode(err);
      const name = (err as Error).name;
      const why = name === 'TimeoutError' || name === 'AbortError'
        ? `no complete answer within ${opts.timeoutMs} ms`
        : `network error: ${NETWORK_WORDS[code ?? ''] ?? rootMessage(err)}${code ? ` [${code}]` : ''}`;
      lastError = new HttpError(url, why, undefined, code !== undefined && UNREACHABLE.has(code));
    }
    if (attempt === opts.attempts) break;
    const backoff = Math.min(opts.maxDelayMs, opts.baseDelayMs * 2 ** (attempt - 1));
    const delay = wait ?? backoff * (0.5 + random() / 2); // jitter spreads retries of parallel requests
    onRetry?.(attempt, delay, lastError.message);
    await sleep(delay);
  }
  const last = lastError ?? new HttpError(url, 'failed');
  throw new HttpError(url, `${last.message.replace(` (${last.url})`, '')}; gave up after ${opts.attempts} attempts`, last.status, last.unreachable);
}
