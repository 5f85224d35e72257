// Every page type in both languages, checked with tools this team did not write: html-validate
// (config in .htmlvalidate.json) and axe-core in Debian chromium at desktop and phone widths; plus
// the head and crawl metadata search engines and link previews read.
//
// .htmlvalidate.json relaxes two rules of html-validate's presets, each for a reason:
// - prefer-native-element, for role="region" only: the scrollable table wrappers are named
//   regions, not document sections; as <section> they draw the Nu checker's "section lacks
//   heading" warning.
// - require-sri, for same-origin files: the stylesheet is our own build output on our own host;
//   integrity hashes guard against third-party hosts, and there are none.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { FileSystemConfigLoader, HtmlValidate } from 'html-validate';
import { describe, expect, it } from 'vitest';
import { TEST_SITE_URL } from './a11y-site.ts';
import { expectAccessibleLayout, useSharedSite } from './shared-site.ts';

/** SCREENSHOTS=1 saves every checked page at both widths here, for a human look. */
const SHOTS = 'tests/e2e/screenshots';
const WIDTHS = [1280, 390] as const;

/**
 * The latest edition's date, read from the committed SOFR series (editions are dated by SOFR
 * prints) rather than from the build: the test list is made before the build exists.
 */
const LATEST = readFileSync('content/data/series/SOFR.csv', 'utf8').trim().split('\n').at(-1)?.split(',')[0] as string;

// The globalSetup (a11y-build.ts) builds once for all browser tests; a small site of our own otherwise.
const site = useSharedSite('a11y', `${LATEST.slice(0, 8)}01`);

/** One page of every type in a language, by URL path. */
const pagesOf = (prefix: '' | '/en'): string[] => [
  `${prefix}/`, `${prefix}/reports/${LATEST}/`, `${prefix}/reports/`, `${prefix}/methodology/`, `${prefix}/data/`,
  `${prefix}/indicators/SOFR/`, `${prefix}/indicators/SP500/`, `${prefix}/search/`, prefix ? '/en/404/' : '/404.html',
];
const ALL = () => [...pagesOf(''), ...pagesOf('/en')];
const fileOf = (path: string) => join(site().dir, path.endsWith('.html') ? path : `${path}index.html`);
const html = (path: string) => readFileSync(fileOf(path), 'utf8');
const isNotFound = (path: string) => path.includes('404');

describe('HTML validity', () => {
  // About a hundred pages validated one after another: 10 s on an idle machine, 20+ s on a loaded one.
  it('every page type in both languages, and every indicator page, passes html-validate with zero errors', { timeout: 120_000 }, async () => {
    const validator = new HtmlValidate(new FileSystemConfigLoader());
    const errors: string[] = [];
    // Indicator pages differ by more than their data (titles, notices, copyright), so all of them.
    const indicators = ['', '/en'].flatMap((prefix) =>
      readdirSync(join(site().dir, prefix, 'indicators')).map((id) => `${prefix}/indicators/${id}/`));
    for (const path of new Set([...ALL(), ...indicators])) {
      const report = await validator.validateFile(fileOf(path));
      for (const r of report.results) for (const m of r.messages) errors.push(`${path}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
    }
    expect(errors).toEqual([]);
  });

  it('has none of the errors the Nu checker found that html-validate does not check', () => {
    for (const path of ALL()) {
      const page = html(path);
      expect(page, path).not.toMatch(/<figure\b[^>]*\srole=/); // a figure with a figcaption takes no role
      expect(page, path).not.toMatch(/<g\b[^>]*\s(aria-label|font-variant)=/); // Plot's group names; SVG-invalid font-variant
    }
  });
});

// One page at a time: axe is CPU-bound (about a second a page on an idle CI core), so running
// pages concurrently on two cores gains nothing.
describe.each(WIDTHS)('in chromium at %i px', (width) => {
  it.for(ALL())('%s: no axe violations, console errors or sideways overflow', { timeout: 60_000 }, async (path) => {
    // AxeBuilder needs a page from an explicit context.
    const context = await site().browser.newContext({ viewport: { width, height: 900 } });
    const page = await context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
    try {
      expect((await page.goto(`${site().server.url}${path}`, { waitUntil: 'load' }))?.status()).toBe(200);
      await expectAccessibleLayout(page);
      expect(errors).toEqual([]);
      if (process.env.SCREENSHOTS) {
        const name = path.replace(/^\/|\/$/g, '').replace(/[/.]/g, '_') || 'home';
        await page.screenshot({ path: `${SHOTS}/a11y-${name}-${width}.png`, fullPage: true });
      }
    } finally {
      await context.close();
    }
  });
});

describe('head and crawl metadata', () => {
  const attr = (page: string, re: RegExp) => re.exec(page)?.[1];
  const meta = (page: string, key: string) =>
    attr(page, new RegExp(`<meta (?:name|property)="${key.replace(/[.:]/g, '\\$&')}" content="([^"]*)"`));

  it('gives every indexable page a canonical URL, absolute language alternates and its own description', () => {
    const descriptions = new Map<string, string>();
    for (const prefix of ['', '/en'] as const) {
      for (const path of pagesOf(prefix).filter((p) => !isNotFound(p))) {
        const page = html(path);
        const bare = path.slice(prefix.length);
        expect(attr(page, /<link rel="canonical" href="([^"]+)"/), path).toBe(new URL(path, TEST_SITE_URL).href);
        expect(attr(page, /<link rel="alternate" hreflang="zh-CN" href="([^"]+)"/), path).toBe(new URL(bare, TEST_SITE_URL).href);
        expect(attr(page, /<link rel="alternate" hreflang="en" href="([^"]+)"/), path).toBe(new URL(`/en${bare}`, TEST_SITE_URL).href);
        expect(attr(page, /<link rel="alternate" hreflang="x-default" href="([^"]+)"/), path).toBe(new URL(bare, TEST_SITE_URL).href);
        const description = meta(page, 'description');
        expect(description, path).toBeTruthy();
        expect(descriptions.get(description as string), `${path} repeats the description of another page`).toBeUndefined();
        descriptions.set(description as string, path);
        expect(meta(page, 'og:description'), path).toBe(description);
        expect(meta(page, 'twitter:card'), path).toBe('summary_large_image');
        expect(meta(page, 'og:url'), path).toBe(new URL(path, TEST_SITE_URL).href);
      }
    }
  });

  it("says an edition's date and overall reading in its description", () => {
    const path = pagesOf('/en')[1] as string;
    const page = html(path);
    const regime = attr(page, /data-regime="\d">[^<]*?Overall:\s*([a-z]+)/);
    const date = attr(page, /<time datetime="[\d-]+"[^>]*>([^<]+)<\/time>/);
    expect(regime && date).toBeTruthy();
    expect(meta(page, 'description')).toContain(`Daily edition for ${date}: overall reading ${regime}`);
    expect(meta(page, 'og:type')).toBe('article');
  });

  it('points previews at a 1200×630 PNG per language', () => {
    const images = new Set<string>();
    for (const path of ['/', '/en/']) {
      const url = meta(html(path), 'og:image') as string;
      expect(meta(html(path), 'twitter:image')).toBe(url);
      expect(url.startsWith(TEST_SITE_URL)).toBe(true);
      const png = readFileSync(join(site().dir, new URL(url).pathname));
      expect(png.subarray(1, 4).toString()).toBe('PNG');
      expect([png.readUInt32BE(16), png.readUInt32BE(20)]).toEqual([1200, 630]); // IHDR width, height
      images.add(url);
    }
    expect(images.size).toBe(2);
    for (const icon of ['favicon.svg', 'favicon-32.png', 'apple-touch-icon.png']) expect(existsSync(join(site().dir, icon)), icon).toBe(true);
  });

  it('has a not-found page per language that links home and the archive and stays out of indexes', () => {
    for (const [path, prefix] of [['/404.html', ''], ['/en/404/', '/en']] as const) {
      const page = html(path);
      expect(page).toContain('<meta name="robots" content="noindex">');
      expect(page).not.toContain('rel="canonical"');
      expect(page).toContain(`href="${prefix}/"`);
      expect(page).toContain(`href="${prefix}/reports/"`);
    }
    expect(html('/404.html')).toContain('<p lang="en">'); // the only 404 some hosts serve
  });

  it('names the sitemap on the configured site in robots.txt', () => {
    expect(readFileSync(join(site().dir, 'robots.txt'), 'utf8')).toMatch(new RegExp(`^Sitemap: ${TEST_SITE_URL}sitemap-index\\.xml$`, 'm'));
  });

  it('gives every sitemap URL a last-modified date and its language alternates', () => {
    const xml = readFileSync(join(site().dir, 'sitemap-0.xml'), 'utf8');
    const urls = [...xml.matchAll(/<url>([\s\S]*?)<\/url>/g)].map((m) => m[1] as string);
    expect(urls.length).toBeGreaterThan(50);
    for (const u of urls) {
      const loc = attr(u, /<loc>([^<]+)<\/loc>/) as string;
      expect(u, loc).toMatch(/<lastmod>\d{4}-\d{2}-\d{2}/);
      expect(u, loc).toContain('hreflang="x-default"');
      expect(loc).not.toMatch(/404/);
      const edition = /\/reports\/(\d{4}-\d{2}-\d{2})\/$/.exec(loc)?.[1];
      if (edition) expect(attr(u, /<lastmod>(\d{4}-\d{2}-\d{2})/), loc).toBe(edition);
    }
  });
});
