// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { basePathOf, resolveSiteUrl } from './src/site/site-url.ts';
import { sitemapOptions } from './src/site/sitemap.ts';
import { searchIndex } from './src/search/integration.ts';

// Static output only: every page is rendered at build time from the committed snapshot.
const site = resolveSiteUrl(process.env);

export default defineConfig({
  // SITE_URL, or the local preview address; PUBLISH=1 makes a missing or local SITE_URL an error.
  site,
  // A project site (https://<user>.github.io/<repo>/) is served under its path: every internal
  // link goes through src/site/paths.ts, which reads this as import.meta.env.BASE_URL.
  base: basePathOf(site),
  output: 'static',
  trailingSlash: 'ignore',
  // Three pages in flight: others render while one's file is written or its charts come from
  // the chart thread (Astro awaits each; with one page at a time the main thread sat idle ~15%
  // of the build). Alternating full builds: 51.6/47.0 s at 3 against 58.3/55.4 s at 2, and
  // 47.2/50.5 s at 3 against 49.1/53.8 s at 4.
  build: { format: 'directory', concurrency: 3 },
  // Builds must work offline: telemetry is switched off by ASTRO_TELEMETRY_DISABLED in the
  // build script; the dev toolbar is not needed for a report site.
  devToolbar: { enabled: false },
  // One sitemap for all editions in both languages, so search engines find the archive; each
  // URL with its last-modified date and its other-language alternate.
  // Then the static search index (Pagefind) over the built pages, into dist/pagefind/.
  integrations: [sitemap(sitemapOptions()), searchIndex()],
});
