// Which Pagefind bundle a page goes into, and what of a page crosses to Pagefind. Pure.
//
// Pagefind holds every page of an index in memory until it writes the index (measured when it
// indexed whole editions: ~0.86 MB per Chinese and ~0.36 MB per English edition; the whole
// archive in one index peaked at 2.1 GB; with summaries only it peaks at ~0.15 GB, and the
// split still keeps each bundle a reader loads small). So editions go into bundles of their own language and a two-year span, which the
// build writes as soon as the pages of the next span begin, and the search page merges the
// bundles of its language. Indicator pages and the methodology go into the primary bundle,
// which the search page loads first.

import { EDITION_DETAIL } from './attrs.ts';

/** The primary bundle's directory inside the site; the search page loads `/pagefind/pagefind.js`. */
export const PRIMARY_BUNDLE = 'pagefind';

/** Years of editions per bundle: about 500 editions (~0.45 GB of Pagefind memory for Chinese when it indexed whole editions). */
export const SHARD_YEARS = 2;

/** The language Pagefind files a page under: its `<html lang>`, lowercased ("zh-cn", "en"). */
export function pageLanguage(html: string): string {
  const lang = /<html\b[^>]*?\slang="([^"]+)"/i.exec(html)?.[1];
  if (!lang) throw new Error('search index: a page has no <html lang>, so Pagefind cannot tell which language index it belongs to');
  return lang.toLowerCase();
}

/**
 * The bundle of a page at `url` in language `lang`: editions (/reports/YYYY-MM-DD/) by language
 * and span of `years` calendar years aligned on multiples of `years` (2018–2019, 2020–2021, …);
 * every other page the primary bundle.
 */
export function bundleOf(url: string, lang: string, years = SHARD_YEARS): string {
  const year = /\/reports\/(\d{4})-\d{2}-\d{2}\/?$/.exec(url)?.[1];
  if (!year) return PRIMARY_BUNDLE;
  const from = Math.floor(Number(year) / years) * years;
  const span = years > 1 ? `${from}-${from + years - 1}` : String(from);
  return `${PRIMARY_BUNDLE}-${lang}-${span}`;
}

/** Searchable pages carry Pagefind's body marker (searchAttrs); others need not be sent at all. */
export const isSearchable = (html: string): boolean => html.includes('data-pagefind-body');

/**
 * The page as Pagefind needs it: the index leaves charts out (SEARCH_EXCLUDE), so their SVG is
 * dropped before the page crosses the pipe to the Pagefind process; it is most of an edition's bytes.
 */
export const withoutCharts = (html: string): string => html.replace(/<svg\b[\s\S]*?<\/svg>/g, '<svg></svg>');

/** An edition's indexed article (searchAttrs on `<article class="report">`). */
const EDITION_ARTICLE = /<article class="report"[^>]*\sdata-pagefind-body/;

/**
 * `html` with the content of its first `<div class="cls">` removed, the element itself kept.
 * Our pages are well-formed and never write "<div" in text (it would be escaped), so counting
 * opening and closing div tags finds its end.
 */
export function emptyDiv(html: string, cls: string): string {
  const open = html.indexOf(`<div class="${cls}"`);
  if (open < 0) return html;
  const start = html.indexOf('>', open) + 1;
  const tags = /<div\b|<\/div>/g;
  tags.lastIndex = start;
  let depth = 1;
  for (let m = tags.exec(html); m; m = tags.exec(html)) {
    depth += m[0] === '</div>' ? -1 : 1;
    if (depth === 0) return html.slice(0, start) + html.slice(m.index);
  }
  throw new Error(`search index: the <div class="${cls}"> of a page is never closed`);
}

/**
 * What crosses the pipe to Pagefind, which reads every byte it is sent: a page without what the
 * index leaves out anyway (SEARCH_EXCLUDE), where that is cheap to cut: its charts and, in an
 * edition, everything after the summary and the tables (all inside `.report .table-wrap`).
 * Pagefind's time goes with the bytes: feeding a year of editions without their tables took 15%
 * less. Other pages keep their tables: the methodology's are indexed.
 */
export function forIndex(html: string): string {
  const page = withoutCharts(html);
  return EDITION_ARTICLE.test(page) ? emptyDiv(page, EDITION_DETAIL).replace(/<table\b[\s\S]*?<\/table>/g, '') : page;
}
