// What the search index reads from a page: Pagefind indexes only elements marked
// data-pagefind-body, so a page is searchable exactly when its main <article> carries these
// attributes. Pure; the page components spread the result onto their article.

import type { SearchKind } from '../core/searchKinds.ts';

export interface SearchEntry {
  kind: SearchKind;
  /** Result title, when the page's first <h1> is not one (an edition's h1 is the site name). */
  title?: string;
  /** An edition's ISO date: shown with the result and the key of the exact date lookup. */
  date?: string;
  /** An edition's overall reading, in the page's language. */
  verdict?: string;
}

/**
 * Attributes that put a page's article in the search index, with its title, kind, date and
 * verdict as result metadata (Pagefind also searches metadata, so the ISO date is findable as
 * text) and its kind and date as filters (the search page looks a date query up by filter).
 */
export function searchAttrs(entry: SearchEntry): Record<string, string> {
  const fields = (['kind', 'date', 'verdict', 'title'] as const).filter((k) => entry[k] !== undefined);
  const attrs: Record<string, string> = {
    'data-pagefind-body': '',
    'data-pagefind-meta': fields.map((k) => `${k}[data-search-${k}]`).join(', '),
    'data-pagefind-filter': fields.filter((k) => k === 'kind' || k === 'date').map((k) => `${k}[data-search-${k}]`).join(', '),
  };
  for (const k of fields) attrs[`data-search-${k}`] = entry[k] as string;
  return attrs;
}

/** The part of an edition after its summary, which the index leaves out (SEARCH_EXCLUDE). */
export const EDITION_DETAIL = 'report-detail';

/**
 * An edition's report split after its summary (the first section, up to the second `<h2>`).
 * Editions are indexed by their summary: it is where an edition states that day's reading and
 * what drives it, while the sections after it walk through the same figures in the same words
 * every day, so a word from them would match nearly every edition. Indexing whole editions also
 * took about four times the search indexer's time (Pagefind, 2025's editions: 2.7 s against 0.55 s
 * in Chinese, 1.3 s against 0.33 s in English).
 */
export function splitAfterSummary(html: string): { summary: string; detail: string } {
  const first = html.indexOf('<h2');
  const second = first < 0 ? -1 : html.indexOf('<h2', first + 3);
  return second < 0 ? { summary: html, detail: '' } : { summary: html.slice(0, second), detail: html.slice(second) };
}
