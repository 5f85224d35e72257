// Orders search results so that pages holding the words as written come first, and shows each
// such page where it holds them. Pagefind ranks by its own scoring, which for Chinese counts
// single characters: "常备回购" put the methodology first with an excerpt about Bitcoin, because
// that passage shares characters with the phrase. Pure.

export interface Ranked<T> {
  readonly item: T;
  /** Pagefind's score (higher is better). */
  readonly score: number;
  /** The page's title and searchable text, when loaded; unloaded pages keep their score's place. */
  readonly title?: string;
  readonly text?: string;
}

const holds = (text: string | undefined, phrases: readonly string[]) =>
  text !== undefined && phrases.some((p) => text.toLowerCase().includes(p));

/**
 * Pages whose title holds one of `phrases` first, then pages whose text does, then the rest;
 * by score within each, ties in their order. Phrases are compared lowercased.
 */
export function rankByPhrase<T>(results: readonly Ranked<T>[], phrases: readonly string[]): T[] {
  const wanted = phrases.map((p) => p.toLowerCase()).filter((p) => p.length > 0);
  const tier = (r: Ranked<T>) => (holds(r.title, wanted) ? 0 : holds(r.text, wanted) ? 1 : 2);
  return results
    .map((r, i) => ({ r, i, tier: tier(r) }))
    .sort((a, b) => a.tier - b.tier || b.r.score - a.r.score || a.i - b.i)
    .map(({ r }) => r.item);
}

export interface Excerpt {
  readonly before: string;
  readonly match: string;
  readonly after: string;
}

/**
 * The passage of `text` around the first of `phrases` it holds (the earliest occurrence of any),
 * `radius` characters either side, cut at spaces in Latin text; undefined when it holds none.
 */
export function excerptAround(text: string, phrases: readonly string[], radius = 60): Excerpt | undefined {
  const lower = text.toLowerCase();
  let at = -1;
  let length = 0;
  for (const p of phrases) {
    const i = p ? lower.indexOf(p.toLowerCase()) : -1;
    if (i >= 0 && (at < 0 || i < at)) [at, length] = [i, p.length];
  }
  if (at < 0) return undefined;
  let start = Math.max(0, at - radius);
  let end = Math.min(text.length, at + length + radius);
  if (start > 0) start = Math.max(start, text.indexOf(' ', start) + 1 || start);
  if (end < text.length) end = text.lastIndexOf(' ', end) > at + length ? text.lastIndexOf(' ', end) : end;
  return {
    before: `${start > 0 ? '…' : ''}${text.slice(start, at)}`,
    match: text.slice(at, at + length),
    after: `${text.slice(at + length, end)}${end < text.length ? '…' : ''}`,
  };
}
