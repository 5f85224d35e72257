// The search page's script: a search box over the Pagefind index, in the page's language.
// Progressive enhancement: the page's HTML says search needs JavaScript and links the archive
// and the indicator list; this script swaps that for the form once the index has loaded.
// A query that is a date looks that day's edition up by its date filter, so "2025-11-04" or
// "2025年11月4日" finds that edition first instead of every page that mentions those numbers.
import type { Locale } from '../core/locale.ts';
import { searchUi } from '../i18n/search.ts';
import { formatDate } from '../report/date-text.ts';
import type { SearchKind } from '../core/searchKinds.ts';
import { dateOfQuery, monthAnchor, monthOfQuery } from './query.ts';
import { excerptAround, rankByPhrase } from './rank.ts';
import { expandQuery, phrasesOf } from './synonyms.ts';

/** The parts of Pagefind's browser API this page uses (pagefind.js in the built bundle). */
interface Pagefind {
  options(o: Record<string, unknown>): Promise<void>;
  init(): Promise<void>;
  mergeIndex(bundlePath: string): Promise<void>;
  preload(term: string): Promise<void>;
  search(term: string | null, o?: { filters?: Record<string, string | { any: string[] }> }): Promise<{ results: Hit[] }>;
  filters(): Promise<Record<string, Record<string, number>>>;
}
interface Hit { id: string; score: number; data(): Promise<Fragment> }
interface Fragment { url: string; excerpt: string; content: string; meta: Partial<Record<'title' | 'kind' | 'date' | 'verdict', string>> }

/** Results shown at a time; "show more" adds as many again. */
const PAGE = 10;
/** Results whose text is loaded to check for the words as written (the rest keep Pagefind's order). */
const CHECKED = 30;
/** Wait this long after the last keystroke before searching. */
const TYPING_MS = 250;

const el = <T extends Element>(root: ParentNode, sel: string) => {
  const found = root.querySelector<T & Element>(sel);
  if (!found) throw new Error(`search page: no ${sel} in the page`);
  return found as T;
};

export async function startSearch(root: HTMLElement): Promise<void> {
  const locale: Locale = document.documentElement.lang.startsWith('zh') ? 'zh' : 'en';
  const t = searchUi(locale);
  const form = el<HTMLFormElement>(root, 'form');
  const input = el<HTMLInputElement>(form, 'input[name="q"]');
  const kind = el<HTMLSelectElement>(form, 'select[name="kind"]');
  const status = el<HTMLElement>(root, '.search-status');
  const list = el<HTMLOListElement>(root, '.search-results');
  const more = el<HTMLButtonElement>(root, '.search-more');
  const fallback = el<HTMLElement>(root, '.search-fallback');
  const intro = el<HTMLElement>(root, '.search-intro');

  status.textContent = t.loading;
  let pagefind: Pagefind;
  try {
    const bundle = root.dataset.bundle as string;
    pagefind = await import(/* @vite-ignore */ `${bundle}pagefind.js`) as Pagefind;
    await pagefind.init();
    // Editions are indexed in bundles by language and years (src/search/shards.ts); this page
    // searches those of its own language, named like Pagefind names languages ("zh-cn", "en").
    const shards = await fetch(`${bundle}shards.json`).then((r) => r.json() as Promise<Record<string, string[]>>);
    for (const shard of shards[document.documentElement.lang.toLowerCase()] ?? []) await pagefind.mergeIndex(shard);
  } catch (e) {
    console.warn('search: the Pagefind bundle did not load', e);
    status.textContent = t.failed;
    return; // the no-JavaScript links stay
  }
  fallback.hidden = true;
  intro.hidden = false;
  form.hidden = false;
  status.textContent = '';

  /** The status line; with `archive`, followed by a link to the archive. */
  const setStatus = (text: string, archive = false) => {
    if (!archive) return void (status.textContent = text);
    const a = document.createElement('a');
    a.href = root.dataset.archive as string;
    a.textContent = t.archive;
    status.replaceChildren(`${text} `, a);
  };

  /** Editions dated on any of `days`. */
  const editionsOn = async (days: string[]): Promise<Hit[]> => {
    if (!days.length) return [];
    const { results } = await pagefind.search(null, { filters: { date: { any: days } } });
    return results;
  };

  /** The nearest edition dates before and after `day` (the date filter's values are every edition's date). */
  let dates: string[] | undefined;
  const neighbours = async (day: string): Promise<string[]> => {
    dates ??= Object.keys((await pagefind.filters()).date ?? {}).sort();
    const after = dates.findIndex((d) => d > day);
    const before = (after < 0 ? dates.length : after) - 1;
    return [dates[before], dates[after]].filter((d): d is string => d !== undefined);
  };

  /** Editions of a month, by their date filter. */
  const editionsIn = async (year: number, month: number): Promise<Hit[]> => {
    dates ??= Object.keys((await pagefind.filters()).date ?? {}).sort();
    const prefix = `${year}-${String(month).padStart(2, '0')}-`;
    const hits = await editionsOn(dates.filter((d) => d.startsWith(prefix)));
    const dated = await Promise.all(hits.map(async (h) => ({ h, date: (await h.data()).meta.date ?? '' })));
    return dated.sort((a, b) => (a.date < b.date ? -1 : 1)).map(({ h }) => h);
  };

  /**
   * A text query, with the other names of what it names (synonyms.ts): each is searched, a page
   * keeps its best score, and the best-scored pages are checked for the words as written, which
   * go first (rank.ts). Pagefind alone ranks Chinese by shared characters.
   */
  const textSearch = async (q: string, filters: Record<string, string>): Promise<Hit[]> => {
    const queries = expandQuery(q);
    const best = new Map<string, Hit>();
    for (const results of await Promise.all(queries.map((x) => pagefind.search(x, { filters }).then((r) => r.results)))) {
      for (const h of results) if ((best.get(h.id)?.score ?? -1) < h.score) best.set(h.id, h);
    }
    const byScore = [...best.values()].sort((a, b) => b.score - a.score);
    phrases = phrasesOf(queries);
    const top = await Promise.all(byScore.slice(0, CHECKED).map(async (h) => {
      const d = await h.data();
      return { item: h, score: h.score, title: d.meta.title ?? '', text: d.content };
    }));
    return [...rankByPhrase(top, phrases), ...byScore.slice(CHECKED)];
  };

  let run = 0; // the latest search; older ones drop their results
  /** The words of the latest text search and their other names: excerpts show where a page holds them. */
  let phrases: string[] = [];
  let pending: Hit[] = [];

  const item = (r: Fragment): HTMLLIElement => {
    const li = document.createElement('li');
    const a = li.appendChild(document.createElement('a'));
    a.href = r.url;
    a.textContent = r.meta.title ?? r.url;
    // An edition's title already says its kind and date; its verdict is the fact to add.
    const fact = r.meta.kind === 'edition'
      ? r.meta.verdict && `${t.verdict}${locale === 'en' ? ' ' : ''}${r.meta.verdict}`
      : r.meta.kind && t.kindOf[r.meta.kind as SearchKind];
    if (fact) {
      const p = li.appendChild(document.createElement('p'));
      p.className = 'search-facts';
      p.textContent = fact;
    }
    const ex = li.appendChild(document.createElement('p'));
    ex.className = 'search-excerpt';
    // Where the page holds the words as written, show that passage; else Pagefind's excerpt.
    const own = excerptAround(r.content ?? '', phrases);
    if (own) {
      const mark = document.createElement('mark');
      mark.textContent = own.match;
      ex.replaceChildren(own.before, mark, own.after);
    } else {
      ex.innerHTML = r.excerpt; // Pagefind escapes page text and adds only <mark>
    }
    return li;
  };

  /** Shows the next page of `pending`; moves focus to the first new result when asked. */
  const showMore = async (mine: number, focus: boolean) => {
    const batch = pending.slice(0, PAGE);
    pending = pending.slice(PAGE);
    const data = await Promise.all(batch.map((h) => h.data()));
    if (mine !== run) return;
    const items = data.map(item);
    list.append(...items);
    more.hidden = pending.length === 0;
    if (focus) items[0]?.querySelector('a')?.focus();
  };

  const search = async (query: string) => {
    const mine = ++run;
    const q = query.trim();
    const scope = kind.value;
    const url = new URL(location.href);
    url.search = '';
    if (q) url.searchParams.set('q', q);
    if (scope) url.searchParams.set('kind', scope);
    history.replaceState(null, '', url);
    if (!q) {
      list.replaceChildren();
      more.hidden = true;
      status.textContent = '';
      return;
    }
    const filters: Record<string, string> = scope ? { kind: scope } : {};
    phrases = [];
    const month = dateOfQuery(q) ? null : monthOfQuery(q);
    if (month) {
      // A month: its editions in date order, and the month in the archive.
      const inMonth = await editionsIn(month.year, month.month);
      if (mine !== run) return;
      list.replaceChildren();
      pending = inMonth;
      const a = document.createElement('a');
      a.href = `${root.dataset.archive as string}#${monthAnchor(month)}`;
      a.textContent = t.monthInArchive(month.year, month.month);
      status.replaceChildren(`${inMonth.length ? t.monthEditions(inMonth.length) : t.monthNone} `, a);
      await showMore(mine, false);
      return;
    }
    const day = dateOfQuery(q);
    // A date finds that day's edition by its date filter; a day without one, the editions
    // either side of it. Searching its digits as text would match hundreds of other pages.
    const exact = day ? await editionsOn([day]) : [];
    const near = day && !exact.length ? await editionsOn(await neighbours(day)) : [];
    const hits = day ? (exact.length ? exact : near) : await textSearch(q, filters);
    if (mine !== run) return;
    list.replaceChildren();
    pending = hits;
    const dayText = day ? formatDate(day, locale) : '';
    if (!day) setStatus(hits.length ? t.count(hits.length, q) : t.none(q));
    else if (exact.length) setStatus(t.edition(dayText));
    else setStatus(t.noEdition(dayText), near.length > 0);
    await showMore(mine, false);
  };

  let timer: ReturnType<typeof setTimeout> | undefined;
  input.addEventListener('input', () => {
    clearTimeout(timer);
    void pagefind.preload(input.value);
    timer = setTimeout(() => void search(input.value), TYPING_MS);
  });
  form.addEventListener('submit', (e) => {
    e.preventDefault();
    clearTimeout(timer);
    void search(input.value);
  });
  kind.addEventListener('change', () => void search(input.value));
  more.addEventListener('click', () => void showMore(run, true));

  // A shared link (?q=…&kind=…) opens with its results.
  const params = new URLSearchParams(location.search);
  kind.value = params.get('kind') ?? '';
  if (!kind.value) kind.value = ''; // an unknown kind falls back to everything
  input.value = params.get('q') ?? input.value;
  if (input.value) await search(input.value);
}
