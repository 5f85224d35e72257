// @ts-check
import sitemap from '@astrojs/sitemap';
import { defineConfig } from 'astro/config';
import { resolveSiteUrl } from './src/site/site-url.ts';
import { sitemapOptions } from './src/site/sitemap.ts';

// EDITION_WORKERS=N builds editions (template, charts, tables: nearly all of the build's work)
// in N worker threads while Astro renders pages on the main thread, with 2N pages in flight so
// every worker has one to build (src/site/edition-pool.ts). Off by default: on the 2-core
// reference machine it doubled peak memory (1.24 GB against 0.64 GB) for no gain under load.
const workers = Number(process.env.EDITION_WORKERS) || 0;

// Static output only: every page is rendered at build time from the committed snapshot.
export default defineConfig({
  // SITE_URL, or the local preview address; PUBLISH=1 makes a missing or local SITE_URL an error.
  site: resolveSiteUrl(process.env),
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory', concurrency: Math.max(1, 2 * workers) },
  // Builds must work offline: telemetry is switched off by ASTRO_TELEMETRY_DISABLED in the
  // build script; the dev toolbar is not needed for a report site.
  devToolbar: { enabled: false },
  // One sitemap for all editions in both languages, so search engines find the archive; each
  // URL with its last-modified date and its other-language alternate.
  integrations: [sitemap(sitemapOptions())],
});
