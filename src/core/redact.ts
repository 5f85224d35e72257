// Credentials never leave the HTTP layer as text. A URL becomes text in error messages, logs,
// the manifest's stale reasons and provenance; all of those take it through here first.

/** Query parameters whose values are credentials (FRED's is api_key; the rest are common spellings). */
const SECRET_PARAM = /([?&;](?:api[_-]?key|apikey|key|token|access[_-]?token|auth|secret|password|signature|sig)=)[^&#;\s"')]*/gi;
/** user:password@ before a host. */
const USERINFO = /(\/\/)[^/?#@\s]+@/g;

export const REDACTED = '***';

/** The URL with every credential replaced by ***; anything that is not a URL comes back unchanged. */
export function redactUrl(url: string): string {
  return url.replace(SECRET_PARAM, `$1${REDACTED}`).replace(USERINFO, `$1${REDACTED}@`);
}

/** The raw credential values a URL carries, decoded and as written, longest first. */
export function secretsOf(url: string): string[] {
  const found = new Set<string>();
  for (const m of url.matchAll(SECRET_PARAM)) {
    const raw = m[0].slice(m[1]!.length);
    if (raw === '' || raw === REDACTED) continue;
    found.add(raw);
    try {
      found.add(decodeURIComponent(raw));
    } catch {
      // not percent-encoded text: the raw form is enough
    }
  }
  for (const m of url.matchAll(USERINFO)) found.add(m[0].slice(2, -1));
  return [...found].sort((a, b) => b.length - a.length);
}

/**
 * Removes the given secret values from any text (an error chain's message, a body excerpt),
 * then redacts whatever URLs it still holds. Values shorter than 4 characters are not
 * treated as secrets: replacing them would mangle ordinary words.
 */
export function scrubSecrets(text: string, secrets: readonly string[]): string {
  let out = text;
  for (const s of secrets) if (s.length >= 4) out = out.split(s).join(REDACTED);
  return redactUrl(out);
}

/** The credentials a run holds, from its environment (FRED_API_KEY; none when unset). */
export const secretsInEnv = (env: Readonly<Record<string, string | undefined>>): string[] =>
  [env.FRED_API_KEY].filter((s): s is string => Boolean(s));
