// The kinds of page the search covers, shared by the indexer (search/), its words (i18n/) and
// the search page, so neither of the first two has to import the other.

/** The kinds of page the search covers; the search page can narrow results to one. */
export const SEARCH_KINDS = ['edition', 'indicator', 'methodology'] as const;
export type SearchKind = (typeof SEARCH_KINDS)[number];
