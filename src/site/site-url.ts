// The site's public address, from the environment. Feeds, the sitemap and canonical links are
// absolute, so a published build must know where it will live; a local build may default.

/** Where `npm run preview` serves dist/; only ever used for local builds. */
export const LOCAL_SITE_URL = 'http://127.0.0.1:4321/';

const LOCAL_HOSTS = new Set(['localhost', '127.0.0.1', '0.0.0.0', '[::1]', '[::]']);

/** True for addresses that only make sense on the machine that built the site. */
export function isLocalUrl(url: string | URL): boolean {
  const host = new URL(url).hostname.toLowerCase();
  return LOCAL_HOSTS.has(host) || host.endsWith('.localhost') || /^127\./.test(host);
}

export class SiteUrlError extends Error {}

/**
 * SITE_URL when set (validated), else the local preview address, always ending in "/". It may
 * have a path: a GitHub project site lives at https://<user>.github.io/<repo>/, and the build
 * then serves every page under that path (Astro's `base`, `basePathOf`). With PUBLISH=1 (set by
 * the daily workflow and `npm run build:publish`) a missing or local SITE_URL is an error, so a
 * published site never points its readers at someone's laptop.
 */
export function resolveSiteUrl(env: Readonly<Record<string, string | undefined>>): string {
  const publishing = env.PUBLISH === '1' || env.PUBLISH === 'true';
  const raw = env.SITE_URL?.trim();
  if (!raw) {
    if (publishing) {
      throw new SiteUrlError('site URL: PUBLISH is set but SITE_URL is not. Set SITE_URL to the public address of the site, ' +
        'e.g. SITE_URL=https://example.github.io/ (the daily workflow takes it from actions/configure-pages).');
    }
    return LOCAL_SITE_URL;
  }
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    throw new SiteUrlError(`site URL: SITE_URL="${raw}" is not an absolute URL; write it with its scheme, e.g. https://example.org/`);
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    throw new SiteUrlError(`site URL: SITE_URL="${raw}" must start with https:// (or http://)`);
  }
  if (url.search || url.hash || url.username || url.password) {
    throw new SiteUrlError(`site URL: SITE_URL="${raw}" has a query, fragment or user name; give only the address the site is served from, e.g. https://example.github.io/repo/`);
  }
  if (!/^(\/[A-Za-z0-9._~-]+)*\/?$/.test(url.pathname)) {
    throw new SiteUrlError(`site URL: SITE_URL="${raw}" has the path "${url.pathname}"; a path may hold only letters, digits and . _ ~ - between slashes`);
  }
  if (publishing && isLocalUrl(url)) {
    throw new SiteUrlError(`site URL: PUBLISH is set but SITE_URL="${raw}" is a local address; set the public address of the site`);
  }
  return `${url.origin}${url.pathname.replace(/\/?$/, '/')}`;
}

/** The path the site is served under, from a resolved site URL: "/" for a domain root, "/repo/" for a project site. */
export const basePathOf = (siteUrl: string): string => new URL(siteUrl).pathname;
