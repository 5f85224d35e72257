// Builds the static search index after every `astro build` (so `npm run build`, the publishing
// build and the test builds all ship a working search): Pagefind reads the built HTML and writes
// its bundle to <outDir>/pagefind/. Pages are split into one index per <html lang> (zh-CN at
// the root, en under /en/), and only articles marked by searchAttrs() are indexed.
import { readdir, readFile, rm, stat } from 'node:fs/promises';
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

/** Indexes the built site in `siteDir` into `siteDir/pagefind`; returns pages indexed per language and bytes written. */
export async function writeSearchIndex(siteDir: string): Promise<{ pages: Record<string, number>; bytes: number }> {
  const fail = (what: string, errors: string[]) =>
    new Error(`search index: Pagefind ${what} in ${siteDir}: ${errors.join('; ')}. ` +
      'Check that `npm install` installed the pagefind package and its platform binary (@pagefind/<os>-<cpu>).');
  try {
    const { index, errors } = await createIndex({ excludeSelectors: SEARCH_EXCLUDE });
    if (!index) throw fail('could not start', errors);
    const added = await index.addDirectory({ path: siteDir });
    if (added.errors.length) throw fail('could not read the pages', added.errors);
    if (added.page_count === 0) throw fail('found no page to index', ['no HTML with data-pagefind-body']);
    const outputPath = join(siteDir, BUNDLE_DIR);
    const written = await index.writeFiles({ outputPath });
    if (written.errors.length) throw fail('could not write the index', written.errors);
    await Promise.all(UNUSED.map((f) => rm(join(outputPath, f), { force: true })));
    const entry = JSON.parse(await readFile(join(outputPath, 'pagefind-entry.json'), 'utf8')) as
      { languages: Record<string, { page_count: number }> };
    const pages = Object.fromEntries(Object.entries(entry.languages).map(([lang, l]) => [lang, l.page_count]));
    return { pages, bytes: await sizeOf(outputPath) };
  } finally {
    await close(); // stops the Pagefind binary so the build process can exit
  }
}

export function searchIndex(): AstroIntegration {
  return {
    name: 'usd-liquidity-search',
    hooks: {
      'astro:build:done': async ({ dir, logger }) => {
        const started = performance.now();
        const { pages, bytes } = await writeSearchIndex(fileURLToPath(dir));
        const counts = Object.entries(pages).map(([lang, n]) => `${n} ${lang}`).join(' + ');
        logger.info(`indexed ${counts} pages for search in ${((performance.now() - started) / 1000).toFixed(1)} s ` +
          `(${(bytes / 1e6).toFixed(1)} MB in ${BUNDLE_DIR}/)`);
      },
    },
  };
}
