// What the search index reads from a page: Pagefind indexes only elements marked
// data-pagefind-body, so a page is searchable exactly when its main <article> carries these
// attributes. Pure; the page components spread the result onto their article.

/** The kinds of page the search covers; the search page can narrow results to one. */
export const SEARCH_KINDS = ['edition', 'indicator', 'methodology'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];

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
