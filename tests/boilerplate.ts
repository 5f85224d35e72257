// How templated the editions read (issue 19 §5): sentences of each section, how many editions each
// one appears on, and how many distinct sentences an edition has that fewer than a third of all
// editions share. Pure over page HTML; tests/unit/boilerplate.test.ts and scripts/boilerplate.ts use it.

/** Sections of an edition's report HTML by their heading text, each as plain-text sentences. */
export function sectionSentences(html: string): Map<string, string[]> {
  const out = new Map<string, string[]>();
  const body = html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<table[\s\S]*?<\/table>/g, '');
  const parts = body.split(/<h2[^>]*>/).slice(1);
  for (const part of parts) {
    const end = part.indexOf('</h2>');
    const heading = part.slice(0, end).replace(/<[^>]+>/g, '').trim();
    const text = part.slice(end + 5).replace(/<\/(p|li|h3|div)>/g, '\n').replace(/<[^>]+>/g, '').replace(/&nbsp;/g, ' ')
      .replace(/&amp;/g, '&').replace(/&#x27;|&#39;/g, "'").replace(/&quot;/g, '"');
    out.set(heading, sentencesOf(text));
  }
  return out;
}

/** Sentences of a text: split after 。 ！ ？ or ". " and at line breaks; fragments under 6 characters dropped. */
export function sentencesOf(text: string): string[] {
  return text.split(/\n|(?<=[。！？])|(?<=[.!?])\s+(?=[A-Z"(])/).map((s) => s.replace(/\s+/g, ' ').trim()).filter((s) => s.length >= 6);
}

export interface Boilerplate {
  readonly editions: number;
  /** Distinct sentences over all editions. */
  readonly distinct: number;
  /** Mean number of sentences per edition that appear on at most a third of the editions. */
  readonly ownPerEdition: number;
  /** Sentences on more than a third of the editions, most shared first, with their share. */
  readonly common: ReadonlyArray<{ readonly sentence: string; readonly share: number }>;
}

/** Shares over editions, each given as its list of sentences (a sentence counts once per edition). */
export function boilerplate(editions: ReadonlyArray<readonly string[]>): Boilerplate {
  const count = new Map<string, number>();
  for (const e of editions) for (const s of new Set(e)) count.set(s, (count.get(s) ?? 0) + 1);
  const n = editions.length;
  const limit = n / 3;
  const own = editions.reduce((sum, e) => sum + [...new Set(e)].filter((s) => (count.get(s) ?? 0) <= limit).length, 0);
  const common = [...count].filter(([, c]) => c > limit).sort((a, b) => b[1] - a[1]).map(([sentence, c]) => ({ sentence, share: c / n }));
  return { editions: n, distinct: count.size, ownPerEdition: n ? own / n : 0, common };
}
