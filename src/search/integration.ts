// Builds the static search index during every `astro build` (so `npm run build`, the publishing
// build and the test builds all ship a working search): each rendered page goes to Pagefind as
// soon as Astro has rendered it (a wrapper around Astro's prerenderer), so the Pagefind process
// indexes on the second core while Node renders the next pages (handed over by a worker thread,
// searchThread.ts); the last bundles are written
// when the build is done. Pages are split into one index per <html lang> (zh-CN at the root, en
// under /en/), and only articles marked by searchAttrs() are indexed (src/search/indexer.ts).
import { fileURLToPath } from 'node:url';
import type { AstroIntegration } from 'astro';
import { SearchThread } from './searchThread.ts';

export function searchIndex(): AstroIntegration {
  let outDir = '';
  let base = '/';
  let indexer: SearchThread | undefined;
  return {
    name: 'usd-liquidity-search',
    hooks: {
      'astro:config:done': ({ config }) => {
        outDir = fileURLToPath(config.outDir);
        base = config.base;
      },
      'astro:build:start': ({ setPrerenderer }) => {
        const index = (indexer = new SearchThread(outDir, base));
        setPrerenderer((astro) => ({
          ...astro,
          name: 'usd-liquidity-search',
          render: async (request, options) => {
            const rendered = await astro.render(request, options);
            const response = rendered instanceof Response ? rendered : rendered.response;
            if (!(response.headers.get('content-type') ?? '').includes('text/html') || !response.body) return rendered;
            // The bytes go back to Astro as they came, rather than encoded again from the text.
            const bytes = new Uint8Array(await response.arrayBuffer());
            // Pagefind's browser script puts the bundle's parent (the site's base) before every
            // result URL, so pages are indexed by their path inside the site.
            const path = new URL(request.url).pathname;
            await index.add(path.startsWith(base) ? `/${path.slice(base.length)}` : path, bytes);
            const copy = new Response(bytes, { status: response.status, statusText: response.statusText, headers: response.headers });
            return rendered instanceof Response ? copy : { ...rendered, response: copy };
          },
        }));
      },
      'astro:build:done': async ({ logger }) => {
        if (!indexer) throw new Error('search index: the build finished without starting the search indexer (astro:build:start did not run)');
        const started = performance.now();
        const { pages, bytes, bundles } = await indexer.finish();
        indexer = undefined;
        const counts = Object.entries(pages).map(([lang, n]) => `${n} ${lang}`).join(' + ');
        logger.info(`indexed ${counts} pages for search while they were built, ${((performance.now() - started) / 1000).toFixed(1)} s ` +
          `after the last one (${(bytes / 1e6).toFixed(1)} MB in ${bundles.length} bundles: ${bundles.map((b) => `${b}/`).join(', ')})`);
      },
    },
  };
}
