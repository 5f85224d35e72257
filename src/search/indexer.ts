// The search index, written while the site builds: pages are handed to Pagefind as they are
// rendered (src/search/integration.ts), so the Pagefind process indexes on the second core while
// Node renders the next pages, and each bundle of editions is written, and its memory freed, as
// soon as the pages of the next span begin. writeSearchIndex() (searchThread.ts) feeds the same
// indexer from files on disk (tests, or a site built some other way).
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { close, createIndex, type PagefindIndex } from 'pagefind';
import { EDITION_DETAIL } from './attrs.ts';
import { bundleOf, forIndex, isSearchable, pageLanguage, PRIMARY_BUNDLE, SHARD_YEARS } from './shards.ts';

/**
 * Parts of indexed articles left out of the index, as noise that every page of a kind repeats or
 * that would double the index: everything in an edition after its summary (splitAfterSummary); chart internals (tick labels, legends, episode panel titles) and
 * the generated description and source line under each chart (each chart's title stays; the
 * prose states its figures); an edition's header (site name, date and verdict, which are result
 * metadata instead), stale-data banner and tables (the prose states their figures with dates);
 * an indicator's kicker (its series id, which a result's excerpt would open with; the source line
 * below still names a FRED id), its latest figures, which change daily, and its charts and
 * downloads (the indicator's name four times over, then "Download CSV"; its title, notes and
 * provenance stay).
 * Leaving out the chart texts cut Pagefind's CPU time for a year of Chinese editions by ~15%.
 */
export const SEARCH_EXCLUDE = [
  `.${EDITION_DETAIL}`, 'svg', '.chart-legend', '.chart-key', '.chart-desc', '.chart-source', '.episode-axes', '.episode-panels', '.scroll-hint',
  '.report-head', '.stale-banner', '.report .table-wrap',
  '.indicator .kicker', '.indicator .as-of', '.ind-figures', '.ind-chart',
];

/** Written into the primary bundle: the other bundles by language, which the search page merges. */
export const SHARDS_FILE = 'shards.json';

/** Pagefind's ready-made search interfaces, which the site does not use (it has its own, src/search/client.ts). */
const UNUSED = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui'].flatMap((f) => [`${f}.js`, `${f}.css`])
  .concat('pagefind-highlight.js');

/**
 * Pages handed to Pagefind and not yet acknowledged, before add() waits: bounds Node's memory
 * (pages cross without their charts, ~50 KB each) without stalling the build while Pagefind
 * writes a bundle, which holds up the pages queued behind it.
 */
const MAX_IN_FLIGHT = 256;

/** Pages of a new span after which the earlier spans of its language are written. */
const SETTLED = 8;

export interface IndexResult {
  /** Pages indexed per language, over all bundles. */
  readonly pages: Record<string, number>;
  readonly bytes: number;
  /** Bundle directories written, the primary first. */
  readonly bundles: string[];
}

interface OpenBundle {
  readonly dir: string;
  /** The language of an edition bundle; null for the primary one. */
  readonly lang: string | null;
  /** Asked for, not awaited: Pagefind answers after writing the bundle before. */
  readonly index: Promise<PagefindIndex>;
  readonly adds: Promise<void>[];
}

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}

const advice = 'Check that `npm install` installed the pagefind package and its platform binary (@pagefind/<os>-<cpu>).';

export class SearchIndexer {
  readonly #siteDir: string;
  /** The site's base path ("/" or "/repo/"): shards.json names bundles as the browser loads them. */
  readonly #base: string;
  readonly #years: number;
  readonly #open = new Map<string, OpenBundle>();
  /** Bundle names already written, and how often each was reopened (pages out of date order). */
  readonly #used = new Map<string, number>();
  readonly #writes: Promise<void>[] = [];
  readonly #inFlight = new Set<Promise<void>>();
  readonly #errors: string[] = [];
  readonly #pages: Record<string, number> = {};
  readonly #bundles: { dir: string; lang: string | null }[] = [];
  #bytes = 0;

  constructor(siteDir: string, years = SHARD_YEARS, base = '/') {
    this.#siteDir = siteDir;
    this.#base = base.endsWith('/') ? base : `${base}/`;
    this.#years = years;
  }

  /**
   * Queues one rendered page (its site URL, e.g. "/en/reports/2025-11-04/", and its HTML).
   * Pages without the search marker are skipped. Resolves once Pagefind has room for more.
   */
  async add(url: string, html: string): Promise<void> {
    if (!isSearchable(html)) return;
    const lang = pageLanguage(html);
    const name = bundleOf(url, lang, this.#years);
    const isEditions = name !== PRIMARY_BUNDLE;
    let b = this.#open.get(name);
    if (!b) {
      b = this.#start(name, isEditions ? lang : null);
      this.#open.set(name, b);
    }
    // Editions arrive in date order per language, give or take the few pages Astro renders at
    // once: once a span has some pages, the earlier spans of its language are complete.
    if (isEditions && b.adds.length === SETTLED) {
      for (const [open, bundle] of [...this.#open]) if (open < name && bundle.lang === lang) this.#close(open);
    }
    const content = forIndex(html);
    // Never rejects: a page Pagefind could not read is reported by finish(), with the others.
    const added = b.index.then((index) => index.addHTMLFile({ url, content })).then(
      (r) => { if (r.errors.length) this.#errors.push(`${url}: ${r.errors.join('; ')}`); },
      (e: unknown) => { this.#errors.push(`${url}: ${e instanceof Error ? e.message : String(e)}`); },
    );
    b.adds.push(added);
    this.#inFlight.add(added);
    void added.then(() => this.#inFlight.delete(added));
    while (this.#inFlight.size >= MAX_IN_FLIGHT) await Promise.race(this.#inFlight);
  }

  /** Writes every open bundle and the list of bundles; stops Pagefind. */
  async finish(): Promise<IndexResult> {
    try {
      if (!this.#open.has(PRIMARY_BUNDLE)) throw this.#fail('found no page to index', ['no indicator page or methodology carries the search marker']);
      for (const name of [...this.#open.keys()]) this.#close(name);
      await Promise.all(this.#writes);
      if (this.#errors.length) throw this.#fail('could not read some pages', this.#errors.slice(0, 5));
      // In name order, not in the order the bundles happened to be written, so builds are reproducible.
      const shards: Record<string, string[]> = {};
      for (const b of [...this.#bundles].sort((x, y) => x.dir.localeCompare(y.dir))) if (b.lang) (shards[b.lang] ??= []).push(`${this.#base}${b.dir}/`);
      await writeFile(join(this.#siteDir, PRIMARY_BUNDLE, SHARDS_FILE), JSON.stringify(shards));
      const bundles = this.#bundles.map((b) => b.dir).sort((a, b) => (a === PRIMARY_BUNDLE ? -1 : b === PRIMARY_BUNDLE ? 1 : a.localeCompare(b)));
      return { pages: { ...this.#pages }, bytes: this.#bytes, bundles };
    } finally {
      await close(); // stops the Pagefind binary, and lets the build exit
    }
  }

  #fail(what: string, errors: string[]): Error {
    return new Error(`search index: Pagefind ${what} in ${this.#siteDir}: ${errors.join('; ')}. ${advice}`);
  }

  #start(name: string, lang: string | null): OpenBundle {
    // A span reopened after it was written (pages out of date order) gets a bundle of its own.
    const n = this.#used.get(name) ?? 0;
    this.#used.set(name, n + 1);
    const dir = n === 0 ? name : `${name}-${n + 1}`;
    const index = createIndex({ excludeSelectors: SEARCH_EXCLUDE }).then(({ index: created, errors }) => {
      if (!created) throw this.#fail('could not start', errors);
      return created;
    });
    // Its failure is reported through the pages added to it.
    index.catch(() => undefined);
    return { dir, lang, index, adds: [] };
  }

  /** Writes a bundle in the background once its pages are in, then frees its memory in Pagefind. */
  #close(name: string): void {
    const bundle = this.#open.get(name);
    if (!bundle) return;
    this.#open.delete(name);
    const write = (async () => {
      const { dir, lang, adds } = bundle;
      const index = await bundle.index;
      await Promise.all(adds);
      const outputPath = join(this.#siteDir, dir);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw this.#fail(`could not write ${dir}`, written.errors);
      await index.deleteIndex();
      await Promise.all(UNUSED.map((f) => rm(join(outputPath, f), { force: true })));
      const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as
        { languages: Record<string, { page_count: number }> };
      for (const [l, e] of Object.entries(entry.languages)) this.#pages[l] = (this.#pages[l] ?? 0) + e.page_count;
      const size = await sizeOf(outputPath);
      this.#bytes += size;
      this.#bundles.push({ dir, lang });
    })();
    // finish() reports a failed write; until then it must not count as unhandled.
    write.catch(() => undefined);
    this.#writes.push(write);
  }
}
