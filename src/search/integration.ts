// Builds the static search index after every `astro build` (so `npm run build`, the publishing
// build and the test builds all ship a working search): Pagefind reads the built HTML and writes
// its bundle to <outDir>/pagefind/. Pages are split into one index per <html lang> (zh-CN at
// the root, en under /en/), and only articles marked by searchAttrs() are indexed.
import { readdir, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { close, createIndex } from 'pagefind';

/**
 * Parts of indexed articles left out of the index, as noise that every page of a kind repeats or
 * that would double the index: chart internals (tick labels, legends; each chart's title and
 * description stay); an edition's header (site name, date and verdict, which are result
 * metadata instead), stale-data banner and tables (the prose states their figures with dates);
 * an indicator's latest figures, which change daily (its title, notes and provenance stay).
 */
export const SEARCH_EXCLUDE = [
  'svg', '.chart-legend',
  '.report-head', '.stale-banner', '.report .table-wrap',
  '.indicator .as-of', '.ind-figures',
];

/** The bundle directory inside the built site; the search page loads `/pagefind/pagefind.js`. */
export const BUNDLE_DIR = 'pagefind';

/** Pagefind's ready-made search interfaces, which the site does not use (it has its own, src/search/client.ts). */
const UNUSED = ['pagefind-ui', 'pagefind-modular-ui', 'pagefind-component-ui'].flatMap((f) => [`${f}.js`, `${f}.css`])
  .concat('pagefind-highlight.js');

async function sizeOf(dir: string): Promise<number> {
  let total = 0;
  for (const e of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (e.isFile()) total += (await stat(join(e.parentPath, e.name))).size;
  }
  return total;
}

/**
 * Most editions per language one Pagefind run indexes. Pagefind holds every page it indexes in
 * memory until it writes (measured: ~0.86 MB per Chinese and ~0.36 MB per English edition), so
 * the whole archive (2,100 editions) in one run peaked at 2.1 GB; shards of at most this many
 * editions peaked at 0.83 GB. The browser merges the shards' results (Pagefind's mergeIndex).
 */
export const SHARD_EDITIONS = 700;

/**
 * Edition years grouped into shards of consecutive years, newest first, each of at most `max`
 * editions (a larger year is a shard of its own). The first shard also holds the indicator
 * pages and the methodology and is the primary bundle the search page loads.
 */
export function shardYears(dates: readonly string[], max = SHARD_EDITIONS): string[][] {
  const perYear = new Map<string, number>();
  for (const d of dates) perYear.set(d.slice(0, 4), (perYear.get(d.slice(0, 4)) ?? 0) + 1);
  const shards: string[][] = [];
  let count = 0;
  for (const year of [...perYear.keys()].sort().reverse()) {
    const n = perYear.get(year) as number;
    const last = shards.at(-1);
    if (last && count + n <= max) {
      last.push(year);
      count += n;
    } else {
      shards.push([year]);
      count = n;
    }
  }
  return shards.length ? shards : [[]];
}

/** Where shard `i` of `years` is written, as a path inside the site. */
const bundleOf = (i: number, years: string[]) => (i === 0 ? BUNDLE_DIR : `${BUNDLE_DIR}-${years.at(-1)}-${years[0]}`);

/** The list of extra bundles the search page merges, written into the primary bundle. */
export const SHARDS_FILE = 'shards.json';

/**
 * Indexes the built site in `siteDir`: the primary bundle in `siteDir/pagefind` (with a list of
 * the other shards' bundles in shards.json) and one more bundle per older shard of editions.
 * Returns pages indexed per language and bytes written, over all bundles.
 */
export async function writeSearchIndex(siteDir: string, maxEditions = SHARD_EDITIONS): Promise<{ pages: Record<string, number>; bytes: number; bundles: string[] }> {
  const fail = (what: string, errors: string[]) =>
    new Error(`search index: Pagefind ${what} in ${siteDir}: ${errors.join('; ')}. ` +
      'Check that `npm install` installed the pagefind package and its platform binary (@pagefind/<os>-<cpu>).');
  const dates = await readdir(join(siteDir, 'reports')).catch(() => [] as string[]);
  const shards = shardYears(dates.filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)), maxEditions);
  const pages: Record<string, number> = {};
  const bundles: string[] = [];
  let bytes = 0;
  for (const [i, years] of shards.entries()) {
    const globs = [
      ...years.flatMap((y) => [`reports/${y}-*/index.html`, `en/reports/${y}-*/index.html`]),
      ...(i === 0 ? ['indicators/*/index.html', 'en/indicators/*/index.html', 'methodology/index.html', 'en/methodology/index.html'] : []),
    ];
    try {
      const { index, errors } = await createIndex({ excludeSelectors: SEARCH_EXCLUDE });
      if (!index) throw fail('could not start', errors);
      let found = 0;
      for (const glob of globs) {
        const added = await index.addDirectory({ path: siteDir, glob });
        if (added.errors.length) throw fail(`could not read the pages (${glob})`, added.errors);
        found += added.page_count;
      }
      if (found === 0) throw fail('found no page to index', [`nothing matches ${globs.join(', ')}`]);
      const bundle = bundleOf(i, years);
      const outputPath = join(siteDir, bundle);
      const written = await index.writeFiles({ outputPath });
      if (written.errors.length) throw fail('could not write the index', written.errors);
      await Promise.all(UNUSED.map((f) => rm(join(outputPath, f), { force: true })));
      const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as
        { languages: Record<string, { page_count: number }> };
      for (const [lang, l] of Object.entries(entry.languages)) pages[lang] = (pages[lang] ?? 0) + l.page_count;
      bytes += await sizeOf(outputPath);
      bundles.push(bundle);
    } finally {
      await close(); // stops the Pagefind binary: frees this shard's memory, and lets the build exit
    }
  }
  await writeFile(join(siteDir, BUNDLE_DIR, SHARDS_FILE), JSON.stringify(bundles.slice(1).map((b) => `/${b}/`)));
  return { pages, bytes, bundles };
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'usd-liquidity-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, bytes, bundles } = await writeSearchIndex(fileURLToPath(dir));
        const counts = Object.entries(pages).map(([lang, n]) => `${n} ${lang}`).join(' + ');
        logger.info(`indexed ${counts} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
          `(${(bytes / 1e6).toFixed(1)} MB in ${bundles.map((b) => `${b}/`).join(', ')})`);
      },
    },
  };
}
