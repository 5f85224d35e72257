// Every internal link of the site goes through here, so the site works at a domain root ("/")
// and under a project path ("/usd-liquidity/", a fork's GitHub Pages address) alike. The base
// comes from astro.config.mjs (`base`, from SITE_URL) as Vite's BASE_URL; code that runs
// outside Vite (tests of pure modules, scripts) sees the root.
import type { Locale } from '../core/locale.ts';
import { localePrefix } from '../i18n/ui.ts';

/** The base without its trailing slash: "" at a domain root, "/repo" under a project path. */
const BASE = ((import.meta as ImportMeta & { env?: { BASE_URL?: string } }).env?.BASE_URL ?? '/').replace(/\/+$/, '');

/** A site path ("/downloads/x.csv") as linked from the site's pages. */
export const sitePath = (path: string): string => `${BASE}${path}`;

/** A path inside a language's part of the site: localePath('en', '/reports/') is "/en/reports/" (under the base). */
export const localePath = (locale: Locale, path: string): string => sitePath(`${localePrefix(locale)}${path}`);

/** The base path as Astro gives it ("/" or "/repo/"). */
export const basePath = (): string => `${BASE}/`;
