// The archive as a picture, and the ways between editions, in Debian chromium: keyboard through
// the year navigation to a day whose accessible name gives its date and verdict (checked against
// the edition it opens), prev/next between editions, and the optional "N days ago" script.
// Uses the site the globalSetup built (a11y-build.ts); builds a small one only when it was skipped.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { beforeAll, describe, expect, it } from 'vitest';
import { useSharedSite } from './shared-site.ts';

/** The last SOFR observation in the committed series: the latest edition is on or after it. */
const LAST_SOFR = readFileSync('content/data/series/SOFR.csv', 'utf8').trim().split('\n').at(-1)?.split(',')[0] as string;

const site = useSharedSite('archive', `${LAST_SOFR.slice(0, 8)}01`);
/** Edition dates with a built page, oldest first. */
let built: string[];
/** The latest edition: the last one built (every build has it). */
let LATEST: string;

beforeAll(() => {
  built = readdirSync(join(site().dir, 'reports')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d)).sort();
  LATEST = built.at(-1) as string;
});

const LOCALES = [
  { prefix: '', colon: '：', prev: '上一期', next: '下一期' },
  { prefix: '/en', colon: ': ', prev: 'Previous edition', next: 'Next edition' },
] as const;

/** An edition page's own date and overall reading, as its header shows them. */
async function editionHead(page: Page) {
  const asOf = await page.getAttribute('article.report', 'data-as-of');
  const date = (await page.textContent('.report-head time'))?.trim();
  // "Overall: calm" / "总体：偏紧": the verdict follows the label's colon.
  const regime = (await page.textContent('.report-head .state'))?.trim().replace(/^[^:：]*[:：]\s*/, '');
  return { asOf, date, regime };
}

const focusedName = (page: Page) => page.evaluate(() => document.activeElement?.textContent ?? '');

describe.each(LOCALES)('archive and edition links ($prefix/)', ({ prefix, colon, prev, next }) => {
  it('reaches a year by keyboard, then a day named by its date and verdict, which opens that edition', { timeout: 60_000 }, async () => {
    const year = built.some((d) => d.startsWith('2020')) ? '2020' : LATEST.slice(0, 4);
    const first = built.find((d) => d.startsWith(year)) as string;
    const page = await site().browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${site().server.url}${prefix}/reports/`, { waitUntil: 'load' });
      // Tab from the top of the page to the year's link in the year navigation.
      let reached = false;
      for (let i = 0; i < 80 && !reached; i++) {
        await page.keyboard.press('Tab');
        reached = await page.evaluate((y) => document.activeElement?.getAttribute('href') === `#y${y}`, year);
      }
      expect(reached, `Tab never reached the ${year} link of the year navigation`).toBe(true);
      await page.keyboard.press('Enter');
      expect(await page.evaluate(() => location.hash)).toBe(`#y${year}`);
      const top = await page.evaluate((y) => document.getElementById(`y${y}`)?.getBoundingClientRect().top ?? -1, year);
      expect(top).toBeGreaterThanOrEqual(0);
      expect(top).toBeLessThan(60);

      // The next Tab stops go through the year's summary line to its first edition.
      let href = '';
      for (let i = 0; i < 5 && !href.includes(`/reports/${first}/`); i++) {
        await page.keyboard.press('Tab');
        href = await page.evaluate(() => document.activeElement?.getAttribute('href') ?? '');
      }
      expect(href).toBe(`${prefix}/reports/${first}/`);
      const name = await focusedName(page);
      // Sighted keyboard users see the name beside the focused day, inside the page.
      const shown = await page.evaluate(() => {
        const r = (document.activeElement!.firstElementChild as Element).getBoundingClientRect();
        return { width: r.width, left: r.left, right: r.right };
      });
      expect(shown.width).toBeGreaterThan(40);
      expect(shown.left).toBeGreaterThanOrEqual(0);
      expect(shown.right).toBeLessThanOrEqual(390);
      expect(await page.getByRole('link', { name, exact: true }).getAttribute('href')).toBe(href);
      expect(await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth)).toBeLessThanOrEqual(0);

      await page.keyboard.press('Enter');
      await page.waitForURL(`**${prefix}/reports/${first}/`);
      const head = await editionHead(page);
      expect(head.asOf).toBe(first);
      expect(name.startsWith(`${head.date}${colon}${head.regime}`), `"${name}" vs the edition's own "${head.date}" and "${head.regime}"`).toBe(true);
    } finally {
      await page.close();
    }
  });

  it('names every day of the whole history by date and verdict, and links every built edition', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site().server.url}${prefix}/reports/`, { waitUntil: 'load' });
      const links = await page.$$eval('.days a', (as) => as.map((a) => [a.getAttribute('href'), a.textContent]));
      // Years newest first; within a year, days in time order.
      const years = [...new Set(built.map((d) => d.slice(0, 4)))].reverse();
      expect(links.map(([h]) => h)).toEqual(years.flatMap((y) => built.filter((d) => d.startsWith(y))).map((d) => `${prefix}/reports/${d}/`));
      const verdict = prefix ? /^[A-Z][a-z]{2} \d{1,2}, \d{4}: (calm|tight|stressed|no reading)( \(.+\))?$/ : /^\d{4}年\d{1,2}月\d{1,2}日：(平稳|偏紧|紧张|无判断)(（.+）)?$/;
      for (const [h, label] of links) expect(label, h as string).toMatch(verdict);
      // The computed accessible name (what assistive technology reads) is the label.
      const [h, label] = links.at(-1) as [string, string];
      expect(await page.getByRole('link', { name: label, exact: true }).getAttribute('href')).toBe(h);
      // One cell per edition of the whole history, built or not (EDITIONS_FROM builds fewer pages).
      expect(await page.locator('.days > *').count()).toBeGreaterThanOrEqual(built.length);
      // A key that names each regime in words, and the episodes that had happened, each marked on a day.
      const key = await page.textContent('.key');
      for (const word of prefix ? ['calm', 'tight', 'stressed'] : ['平稳', '偏紧', '紧张']) expect(key).toContain(word);
      expect(await page.locator('.days .ep').count()).toBe(await page.locator('.episode-list li').count());
      expect(await page.locator('.episode-list li').count()).toBeGreaterThanOrEqual(4);
    } finally {
      await page.close();
    }
  });

  it('sets each day in its weekday column, overviews every year on one screen, and lets the keyboard skip the calendars', async () => {
    const page = await site().browser.newPage({ viewport: { width: 1280, height: 900 } });
    try {
      await page.goto(`${site().server.url}${prefix}/reports/`, { waitUntil: 'load' });
      // Each day's cell sits in the column of its weekday (Monday first), measured from the layout.
      const placed = await page.$$eval('.days a', (as) => as.map((a) => {
        const row = a.parentElement as HTMLElement;
        const cols = getComputedStyle(row).gridTemplateColumns.split(' ').length;
        const x = a.getBoundingClientRect().left - row.getBoundingClientRect().left;
        return [a.getAttribute('href'), Math.round(x / (row.getBoundingClientRect().width / cols)) + 1, cols] as const;
      }));
      expect(placed.length).toBeGreaterThan(0);
      for (const [href, column, cols] of placed) {
        const date = /(\d{4}-\d{2}-\d{2})/.exec(href as string)?.[1] as string;
        expect(cols).toBe(5);
        expect(column, date).toBe(new Date(`${date}T12:00:00Z`).getUTCDay());
      }
      // Every year's band is above the fold of a desktop screen.
      const years = new Set(built.map((d) => d.slice(0, 4)));
      const bands = page.locator('.year-nav .year-strip');
      expect(await bands.count()).toBeGreaterThanOrEqual(years.size);
      const last = await bands.last().boundingBox();
      expect(last!.y + last!.height).toBeLessThanOrEqual(900);
      // The skip link lands past every day cell, on the verdict history download.
      const skip = page.locator('a.skip-cells');
      expect(await skip.getAttribute('href')).toBe('#archive-end');
      const end = page.locator('#archive-end a[href$="/downloads/verdicts.csv"]');
      expect(await end.count()).toBe(1);
      const csv = readFileSync(join(site().dir, 'downloads', 'verdicts.csv'), 'utf8').trim().split('\n');
      expect(csv.length - 1).toBe(await page.locator('.days > *').count());
    } finally {
      await page.close();
    }
  });

  it('steps to the previous and next editions by keyboard, each link named by its date', { timeout: 60_000 }, async () => {
    const i = Math.max(1, built.length - 3);
    const [before, date, after] = [built[i - 1], built[i], built[i + 1]] as [string, string, string];
    const page = await site().browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      await page.goto(`${site().server.url}${prefix}/reports/${date}/`, { waitUntil: 'load' });
      const nextName = (await page.locator('a[rel="next"]').innerText()).replace(/\s*→$/, '');
      await page.focus('a[rel="next"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${prefix}/reports/${after}/`);
      const afterHead = await editionHead(page);
      expect(afterHead.asOf).toBe(after);
      expect(nextName).toBe(`${next}${colon}${afterHead.date}`);
      await expect(page.getByRole('link', { name: `${prev}${colon}` }).getAttribute('href')).resolves.toBe(`${prefix}/reports/${date}/`);

      await page.focus('a[rel="prev"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${prefix}/reports/${date}/`);
      await page.focus('a[rel="prev"]');
      await page.keyboard.press('Enter');
      await page.waitForURL(`**${prefix}/reports/${before}/`);
      expect((await editionHead(page)).asOf).toBe(before);

      // The latest edition (and the home page, which is it) has no next.
      for (const path of [`${prefix}/reports/${LATEST}/`, `${prefix}/`]) {
        await page.goto(`${site().server.url}${path}`, { waitUntil: 'load' });
        expect(await page.locator('a[rel="next"]').count(), path).toBe(0);
        expect(await page.getAttribute('a[rel="prev"]', 'href'), path).toBe(`${prefix}/reports/${built.at(-2)}/`);
      }
    } finally {
      await page.close();
    }
  });
});

describe('freshness', () => {
  const PAGES = ['/', '/reports/', '/data/', '/methodology/', '/indicators/SOFR/'];
  const addDays = (iso: string, n: number) => new Date(Date.parse(iso) + n * 864e5).toISOString().slice(0, 10);

  it('keeps the script optional and under 1 KB', () => {
    expect(statSync(join(site().dir, 'fresh.js')).size).toBeLessThanOrEqual(1024);
  });

  it.each([['', ' · 3 天前'], ['/en', ' · 3 days ago']])('%s: every page says when its data was published, and how long ago by the reader\'s clock', { timeout: 60_000 }, async (prefix, ago) => {
    // 1 a.m. in Shanghai three days after the latest edition (still the day before in UTC and New
    // York): the reader's own calendar day counts.
    const context = await site().browser.newContext({ timezoneId: 'Asia/Shanghai' });
    const page = await context.newPage();
    await page.clock.setFixedTime(new Date(`${addDays(LATEST, 3)}T01:00:00+08:00`));
    try {
      for (const path of PAGES.map((p) => `${prefix}${p}`)) {
        await page.goto(`${site().server.url}${path}`, { waitUntil: 'load' });
        const time = page.locator('time[data-fresh]');
        expect(await time.count(), path).toBe(1);
        expect(await time.getAttribute('datetime'), path).toBe(LATEST);
        expect(await page.locator('time[data-fresh] + .fresh-ago').textContent(), path).toBe(ago);
      }
      // A dated edition in the archive says its date only: "N days ago" helps on pages that are current.
      await page.goto(`${site().server.url}${prefix}/reports/${LATEST}/`, { waitUntil: 'load' });
      expect(await page.locator('.report-head time').count()).toBe(1);
      expect(await page.locator('time[data-fresh]').count()).toBe(0);
      expect(await page.locator('.fresh-ago').count()).toBe(0);
      await page.clock.setFixedTime(new Date(`${LATEST}T10:00:00+08:00`));
      await page.goto(`${site().server.url}${prefix}/`, { waitUntil: 'load' });
      expect(await page.locator('.fresh-ago').textContent()).toBe(prefix ? ' · today' : ' · 今天');
    } finally {
      await context.close();
    }
  });

  it('leaves a complete date without JavaScript, and adds nothing when the reader\'s clock is behind the data', async () => {
    const context = await site().browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.goto(`${site().server.url}/en/data/`, { waitUntil: 'load' });
    expect(await page.locator('time[data-fresh]').textContent()).toMatch(/^[A-Z][a-z]{2} \d{1,2}, \d{4}$/);
    expect(await page.locator('.fresh-ago').count()).toBe(0);
    await context.close();

    const late = await site().browser.newPage();
    await late.clock.setFixedTime(new Date(`${addDays(LATEST, -2)}T12:00:00Z`));
    await late.goto(`${site().server.url}/en/`, { waitUntil: 'load' });
    expect(await late.locator('time[data-fresh]').count()).toBe(1);
    expect(await late.locator('.fresh-ago').count()).toBe(0);
    await late.close();
  });
});
