import type { APIRoute } from 'astro';

// Crawl everything; point crawlers at the sitemap on whatever site this build is published to.
export const GET: APIRoute = ({ site }) => {
  if (!site) throw new Error('robots.txt: set `site` in astro.config.mjs (SITE_URL) so the sitemap URL is absolute');
  const sitemap = new URL('sitemap-index.xml', site.href.endsWith('/') ? site : `${site.href}/`).href;
  return new Response(`User-agent: *\nAllow: /\n\nSitemap: ${sitemap}\n`, { headers: { 'content-type': 'text/plain; charset=utf-8' } });
};
