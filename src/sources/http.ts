// The one place that talks HTTP. undici fetch with a per-request timeout, retries with
// exponential backoff and jitter that honour Retry-After, and an honest User-Agent.
import { fetch, type Dispatcher } from 'undici';

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

/** A failed request, with what a person needs: the URL, what happened, and whether it was the network. */
export class HttpError extends Error {
  readonly url: string;
  readonly status: number | undefined;
  /** True when no server answered at all (DNS, refused, unreachable): likely no network. */
  readonly unreachable: boolean;

  constructor(url: string, message: string, status?: number, unreachable = false) {
    super(`${message} (${url})`);
    this.name = 'HttpError';
    this.url = url;
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

/**
 * GETs a URL as text. Retries network errors, timeouts, 429 and 5xx; fails at once on other
 * 4xx. The body must arrive complete (undici rejects a body shorter than its Content-Length).
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
      const res = await fetch(url, {
        headers: { 'user-agent': USER_AGENT, accept: 'application/json, text/csv;q=0.9, */*;q=0.5' },
        signal: opts.signal ? AbortSignal.any([AbortSignal.timeout(opts.timeoutMs), opts.signal]) : AbortSignal.timeout(opts.timeoutMs),
        ...(opts.dispatcher ? { dispatcher: opts.dispatcher } : {}),
      });
      const text = await res.text();
      if (res.ok) return { text, contentType: res.headers.get('content-type') ?? '' };
      const retryable = res.status === 429 || res.status >= 500;
      lastError = new HttpError(url, `HTTP ${res.status} ${res.statusText}`.trim(), res.status);
      if (!retryable) throw lastError;
      wait = retryAfterMs(res.headers.get('retry-after'));
      if (wait !== undefined && wait > opts.maxRetryAfterMs) {
        throw new HttpError(url, `HTTP ${res.status}; server asks to retry after ${Math.round(wait / 1000)} s, longer than we wait`, res.status);
      }
    } catch (err) {
      if (err instanceof HttpError) throw err; // a definite answer (4xx, Retry-After too long): no retry
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
  throw new HttpError(
    lastError?.url ?? url,
    `${(lastError?.message ?? 'failed').replace(` (${url})`, '')}; gave up after ${opts.attempts} attempts`,
    lastError?.status,
    lastError?.unreachable ?? false,
  );
}
