// Options for @astrojs/sitemap: each URL's last-modified date from the committed snapshot, and
// its language alternates (zh-CN at the root, en under /en, x-default the Chinese page).
import { readFileSync } from 'node:fs';
import type { SitemapItem, SitemapOptions } from '@astrojs/sitemap';

interface ManifestEntry {
  readonly id: string;
  readonly last: string;
}

/**
 * Last-modified date of a page, from its path without the /en prefix: an edition changes with
 * its own date, an indicator page with its series' latest observation up to the latest edition,
 * every other page with the latest edition (dated by SOFR, as the editions are).
 */
export function lastmodOf(path: string, lastBySeries: ReadonlyMap<string, string>): string | undefined {
  const latest = lastBySeries.get('SOFR');
  const edition = /^\/reports\/(\d{4}-\d{2}-\d{2})\/$/.exec(path)?.[1];
  if (edition) return edition;
  const series = /^\/indicators\/([^/]+)\/$/.exec(path)?.[1];
  const last = series ? lastBySeries.get(series) : undefined;
  if (last && latest) return last < latest ? last : latest;
  return latest;
}

/** Adds lastmod and an x-default alternate to one sitemap entry. */
export function serializeItem(item: SitemapItem, lastBySeries: ReadonlyMap<string, string>): SitemapItem {
  const path = new URL(item.url).pathname.replace(/^\/en(?=\/)/, '');
  const lastmod = lastmodOf(path, lastBySeries);
  const zh = item.links?.find((l) => l.lang === 'zh-CN');
  const links = item.links && zh ? [...item.links, { url: zh.url, lang: 'x-default' }] : item.links;
  return { ...item, ...(lastmod ? { lastmod } : {}), ...(links ? { links } : {}) };
}

export function sitemapOptions(manifestFile = 'content/data/manifest.json'): SitemapOptions {
  const manifest = JSON.parse(readFileSync(manifestFile, 'utf8')) as { series: readonly ManifestEntry[] };
  const lastBySeries = new Map(manifest.series.map((s) => [s.id, s.last]));
  return {
    i18n: { defaultLocale: 'zh', locales: { zh: 'zh-CN', en: 'en' } },
    serialize: (item) => serializeItem(item, lastBySeries),
  };
}
