// Site search in Debian chromium on the built site (the globalSetup's dist/, or a small build of
// its own): a date query finds that day's edition in each language, text queries stay in the
// page's language and honour the kind filter, the page without JavaScript points to the archive
// and the indicator list, and the page with results passes axe at both widths.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import type { BrowserContextOptions, Page } from 'playwright-core';
import { describe, expect, inject, it } from 'vitest';
import { SEARCH_EXCLUDE } from '../../src/search/indexer.ts';
import { forIndex } from '../../src/search/shards.ts';
import { expandQuery } from '../../src/search/synonyms.ts';
import { expectAccessibleLayout, useSharedSite } from './shared-site.ts';

/** An edition of the late-2025 squeeze; the committed snapshot keeps it whatever new data arrives. */
const DAY = '2025-11-04';
const SHOTS = 'tests/e2e/screenshots';

const site = useSharedSite('search', '2025-11-01');

/** Opens `path`, collecting console errors, uncaught exceptions and failed requests into `errors`. */
async function open(path: string, options: BrowserContextOptions = {}): Promise<{ page: Page; errors: string[]; done: () => Promise<void> }> {
  const context = await site().browser.newContext({ viewport: { width: 1280, height: 900 }, ...options });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
  page.on('response', (r) => r.status() >= 400 && errors.push(`${r.status()} ${r.url()}`));
  expect((await page.goto(`${site().server.url}${path}`, { waitUntil: 'load' }))?.status()).toBe(200);
  return { page, errors, done: () => context.close() };
}

/** Types `query` into the search box and returns the result links' hrefs once results show. */
async function searchFor(page: Page, query: string): Promise<string[]> {
  await page.getByRole('searchbox').fill(query);
  await page.locator('.search-results li a').first().waitFor({ timeout: 15_000 });
  return page.locator('.search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
}

describe('a date query', () => {
  it.for([
    { path: '/search/', query: '2025年11月4日', edition: `/reports/${DAY}/` },
    { path: '/search/', query: DAY, edition: `/reports/${DAY}/` },
    { path: '/en/search/', query: DAY, edition: `/en/reports/${DAY}/` },
    { path: '/en/search/', query: 'Nov 4, 2025', edition: `/en/reports/${DAY}/` },
  ])('$path: "$query" finds the edition of that day first, without console errors', { timeout: 60_000 }, async ({ path, query, edition }) => {
    const { page, errors, done } = await open(path);
    try {
      const hrefs = await searchFor(page, query);
      expect(hrefs[0]).toBe(edition);
      // The result is titled with the edition's date in the page's language, and says its verdict.
      const first = page.locator('.search-results li').first();
      expect(await first.locator('a').textContent()).toContain(path.startsWith('/en') ? 'Nov 4, 2025' : '2025年11月4日');
      expect(await first.locator('.search-facts').textContent()).toMatch(path.startsWith('/en') ? /^Overall: \w+/ : /^总体：\S+/);
      // The query is in the address, so the results can be shared.
      expect(new URL(page.url()).searchParams.get('q')).toBe(query);
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
  });

  // Only the full build (the globalSetup's) has editions old enough to sit in another shard's bundle.
  it.runIf(inject('builtSite'))('finds an edition indexed in an older shard, merged into the search', { timeout: 60_000 }, async () => {
    const { page, errors, done } = await open('/search/');
    try {
      expect((await searchFor(page, '2019年9月17日'))[0]).toBe('/reports/2019-09-17/');
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
  });

  it('on a day without an edition (a Saturday), says so and offers the editions either side', { timeout: 60_000 }, async () => {
    const { page, errors, done } = await open('/en/search/');
    try {
      const hrefs = await searchFor(page, '2025-11-08');
      expect(hrefs.sort()).toEqual(['/en/reports/2025-11-07/', '/en/reports/2025-11-10/']);
      expect(await page.locator('.search-status').textContent()).toContain('no edition for Nov 8, 2025');
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
  });
});

describe('a text query', () => {
  it('finds pages of the search page’s language only', { timeout: 60_000 }, async () => {
    for (const [path, query, isOwn] of [
      ['/en/search/', 'reverse repo', (h: string) => h.startsWith('/en/')],
      ['/search/', '逆回购', (h: string) => !h.startsWith('/en/')],
    ] as const) {
      const { page, errors, done } = await open(path);
      try {
        const hrefs = await searchFor(page, query);
        expect(hrefs.length, `${path} ${query}`).toBeGreaterThan(1);
        expect(hrefs.filter((h) => !isOwn(h)), path).toEqual([]);
        expect(errors).toEqual([]);
      } finally {
        await done();
      }
    }
  });

  it('narrows results to one kind of page, and opens a shared link with its results', { timeout: 60_000 }, async () => {
    const { page, errors, done } = await open('/en/search/?q=SOFR&kind=indicator');
    try {
      await page.locator('.search-results li a').first().waitFor({ timeout: 15_000 });
      const hrefs = await page.locator('.search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(hrefs).toContain('/en/indicators/SOFR/');
      expect(hrefs.every((h) => h?.startsWith('/en/indicators/'))).toBe(true);
      await page.locator('select[name="kind"]').selectOption('methodology');
      await expect.poll(() => page.locator('.search-results li a').first().getAttribute('href')).toBe('/en/methodology/');
      expect(errors).toEqual([]);
    } finally {
      await done();
    }
  });
});

describe('ranking: a fixed set of queries in each language', () => {
  // Text queries: the first result holds the words as written, or another name of the same
  // thing (src/search/synonyms.ts), in its title or excerpt; every result is in the page's
  // language. Months list that month's editions in date order and link the month in the
  // archive; days find that day's edition. Chosen so that new data cannot change the answers.
  const TEXT: Record<'zh' | 'en', string[]> = {
    zh: ['常备回购', '常备回购便利', 'SRF', '逆回购', '隔夜逆回购', 'TGA', '财政部一般账户', '准备金', 'SOFR', '缩表'],
    en: ['SRF', 'Standing Repo Facility', 'reverse repo', 'ON RRP', 'TGA', 'reserves', 'SOFR', 'IORB', 'EFFR', 'Treasury General Account'],
  };
  const MONTHS: Record<'zh' | 'en', string[]> = { zh: ['2025年11月', '2025-11'], en: ['Nov 2025', '2025-11'] };
  const DAYS: Record<'zh' | 'en', string> = { zh: '2025年11月4日', en: 'Nov 4, 2025' };

  for (const locale of ['zh', 'en'] as const) {
    const prefix = locale === 'en' ? '/en' : '';
    it(`${locale}: ${TEXT[locale].length + MONTHS[locale].length + 1} queries`, { timeout: 180_000 }, async () => {
      const { page, errors, done } = await open(`${prefix}/search/`);
      try {
        // Queries follow one another in one page: wait for this query's own status line, not
        // the previous query's results still on screen.
        // The status line comes before the results' data have loaded: wait for both.
        const searchNow = async (q: string, status: string) => {
          await page.getByRole('searchbox').fill(q);
          await expect.poll(() => page.locator('.search-status').textContent(), { timeout: 15_000 }).toContain(status);
          if (q) await page.locator('.search-results li a').first().waitFor({ timeout: 15_000 });
          return page.locator('.search-results li a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''));
        };
        for (const q of TEXT[locale]) {
          const hrefs = await searchNow(q, q);
          expect(hrefs.length, q).toBeGreaterThan(0);
          expect(hrefs.filter((h) => h.startsWith('/en/') !== (locale === 'en')), q).toEqual([]);
          const first = (await page.locator('.search-results li').first().textContent() ?? '').toLowerCase();
          const names = expandQuery(q).map((n) => n.toLowerCase());
          expect(names.some((n) => first.includes(n)), `${q}: first result "${first.slice(0, 160)}" holds none of ${names.join(' / ')}`).toBe(true);
        }
        for (const [i, q] of MONTHS[locale].entries()) {
          if (i > 0) await searchNow('', '');
          const hrefs = await searchNow(q, locale === 'zh' ? '2025年11月' : 'November 2025');
          // The editions of November 2025, in date order (the first page of them), and nothing else.
          expect(hrefs.length, q).toBeGreaterThanOrEqual(10);
          expect(await page.locator('.search-more').isVisible(), q).toBe(true);
          expect(hrefs.every((h) => new RegExp(`^${prefix}/reports/2025-11-\\d{2}/$`).test(h)), q).toBe(true);
          expect([...hrefs].sort(), q).toEqual(hrefs);
          const archive = await page.locator('.search-status a').getAttribute('href');
          expect(archive, q).toBe(`${prefix}/reports/#m2025-11`);
        }
        expect((await searchNow(DAYS[locale], locale === 'zh' ? '2025年11月4日' : 'Nov 4, 2025'))[0]).toBe(`${prefix}/reports/${DAY}/`);
        expect(errors).toEqual([]);
      } finally {
        await done();
      }
    });
  }

  it('the archive has the month a month query links to', () => {
    const archive = readFileSync(join(site().dir, 'reports/index.html'), 'utf8');
    expect(archive).toContain('id="m2025-11"');
  });
});

describe('without JavaScript', () => {
  it.for(['/search/', '/en/search/'])('%s says search needs it and links the archive and the indicator list', async (path) => {
    const prefix = path.startsWith('/en') ? '/en' : '';
    const { page, done } = await open(path, { javaScriptEnabled: false });
    try {
      await expect.poll(() => page.locator('.search-fallback').isVisible()).toBe(true);
      expect(await page.locator('.search-fallback').textContent()).toContain('JavaScript');
      const links = await page.locator('.search-fallback a').evaluateAll((as) => as.map((a) => a.getAttribute('href')));
      expect(links).toEqual([`${prefix}/reports/`, `${prefix}/data/`]);
      expect(await page.getByRole('searchbox').isVisible()).toBe(false);
    } finally {
      await done();
    }
  });
});

describe.each([1280, 390])('with results at %i px', (width) => {
  it.for(['/search/', '/en/search/'])('%s: no axe violations and no sideways overflow', { timeout: 60_000 }, async (path) => {
    const { page, errors, done } = await open(path, { viewport: { width, height: 900 } });
    try {
      await searchFor(page, path.startsWith('/en') ? 'repo' : '回购'); // an excerpt with highlights, more than one result
      await expectAccessibleLayout(page);
      expect(errors).toEqual([]);
      if (process.env.SCREENSHOTS) {
        await page.screenshot({ path: `${SHOTS}/search-${path.startsWith('/en') ? 'en' : 'zh'}-${width}.png`, fullPage: true });
      }
    } finally {
      await done();
    }
  });
});

describe('the index', () => {
  it('holds every edition, indicator and the methodology in each language, and nothing else', () => {
    // The primary bundle lists the other bundles by language; their pages add up, each in its language.
    const shards = JSON.parse(readFileSync(join(site().dir, 'pagefind', 'shards.json'), 'utf8')) as Record<string, string[]>;
    const counts: Record<string, number> = {};
    for (const [lang, bundles] of Object.entries(shards)) {
      for (const bundle of bundles) {
        const entry = JSON.parse(readFileSync(join(site().dir, bundle, 'pagefind-entry.json'), 'utf8')) as { languages: Record<string, unknown> };
        expect(Object.keys(entry.languages), bundle).toEqual([lang]);
      }
    }
    for (const bundle of ['/pagefind/', ...Object.values(shards).flat()]) {
      const entry = JSON.parse(readFileSync(join(site().dir, bundle, 'pagefind-entry.json'), 'utf8')) as
        { languages: Record<string, { page_count: number }> };
      for (const [lang, l] of Object.entries(entry.languages)) counts[lang] = (counts[lang] ?? 0) + l.page_count;
    }
    for (const [lang, prefix] of [['zh-cn', ''], ['en', 'en']] as const) {
      const count = (sub: string) => readdirSync(join(site().dir, prefix, sub), { withFileTypes: true }).filter((e) => e.isDirectory()).length;
      expect(counts[lang], lang).toBe(count('reports') + count('indicators') + 1);
    }
    expect(Object.keys(counts).sort()).toEqual(['en', 'zh-cn']);
  });

  it('is fed pages trimmed to what it reads: the text it indexes is the same as from the whole page', () => {
    /** The article Pagefind indexes, without the parts it leaves out, as text. */
    const indexedText = (html: string) => {
      const { document } = parseHTML(html);
      const body = document.querySelector('[data-pagefind-body]');
      if (!body) throw new Error('no data-pagefind-body');
      for (const el of [...body.querySelectorAll(SEARCH_EXCLUDE.join(', '))]) el.remove();
      return (body.textContent ?? '').replace(/\s+/g, ' ');
    };
    for (const file of [`reports/${DAY}/index.html`, `en/reports/${DAY}/index.html`, 'methodology/index.html', 'en/methodology/index.html', 'indicators/SOFR/index.html', 'en/indicators/WTREGEN/index.html']) {
      const html = readFileSync(join(site().dir, file), 'utf8');
      const sent = forIndex(html);
      // An edition crosses at under half its size (no charts, no tables).
      if (file.includes('/reports/')) expect(sent.length, file).toBeLessThan(html.length / 2);
      expect(indexedText(sent), file).toBe(indexedText(html));
      expect(indexedText(sent).length, file).toBeGreaterThan(200);
    }
  });

  it('is linked from the navigation in both languages', () => {
    for (const [file, href] of [['index.html', '/search/'], ['en/index.html', '/en/search/'], [`reports/${DAY}/index.html`, '/search/']] as const) {
      expect(readFileSync(join(site().dir, file), 'utf8')).toMatch(new RegExp(`<nav class="site-nav"[^>]*>[\\s\\S]*href="${href}"[\\s\\S]*</nav>`));
    }
  });
});
