// @ts-check
import { defineConfig } from 'astro/config';

// Static output only: every page is rendered at build time from the committed snapshot.
export default defineConfig({
  site: process.env.SITE_URL ?? 'http://127.0.0.1:4321',
  output: 'static',
  trailingSlash: 'ignore',
  build: { format: 'directory' },
  // Astro reaches for the network (telemetry) unless told not to; builds must work offline.
  devToolbar: { enabled: false },
});
