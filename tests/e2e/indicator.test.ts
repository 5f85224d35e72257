// Indicator pages on a phone (issue 21 §5): nothing wider than the screen, the range switch works
// without script (the 1Y radio shows the 1Y chart and hides the default 5Y), the downloads come
// right after the chart, the explanation follows, and the provenance is collapsed.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { useSharedSite } from './shared-site.ts';

const LAST_SOFR = readFileSync('content/data/series/SOFR.csv', 'utf8').trim().split('\n').at(-1)?.split(',')[0] as string;
const site = useSharedSite('indicator', `${LAST_SOFR.slice(0, 8)}01`);

describe('indicator page at 390 px', () => {
  it.each([
    { path: '/indicators/SOFR/', oneYear: '1年', title: '最近 1 年', verdict: '在总体判断中的作用' },
    { path: '/en/indicators/SOFR/', oneYear: '1Y', title: ': last year', verdict: 'How the verdict uses it' },
  ])('$path: fits the screen, 1Y shows the 1Y chart, downloads beside it, provenance collapsed', { timeout: 60_000 }, async ({ path, oneYear, title, verdict }) => {
    const page = await site().browser.newPage({ viewport: { width: 390, height: 844 } });
    try {
      expect((await page.goto(`${site().server.url}${path}`, { waitUntil: 'load' }))?.status()).toBe(200);
      const overflow = () => page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
      expect(await overflow()).toBeLessThanOrEqual(0);
      const panel = (range: string) => page.locator(`.range-panel[data-range="${range}"]`);
      // The default: five years, the other ranges drawn but hidden.
      expect(await panel('5y').isVisible()).toBe(true);
      expect(await panel('1y').isVisible()).toBe(false);
      await page.locator('.range-pick label', { hasText: oneYear }).click();
      expect(await page.locator('.range-pick input[value="1y"]').isChecked()).toBe(true);
      expect(await panel('1y').isVisible()).toBe(true);
      expect(await panel('5y').isVisible()).toBe(false);
      expect(await panel('1y').locator('svg path').count()).toBeGreaterThan(0);
      expect(await panel('1y').locator('figcaption').textContent()).toContain(title);
      expect(await overflow()).toBeLessThanOrEqual(0);
      // Downloads directly after the chart, before the explanation; the rules the verdict reads are listed.
      const order = await page.evaluate(() => [...document.querySelectorAll('.ind-chart .downloads, .ind-about')].map((e) => e.className));
      expect(order).toEqual(['downloads', 'ind-about']);
      expect(await page.getByRole('heading', { name: verdict }).isVisible()).toBe(true);
      expect(await page.locator('.ind-rules li').count()).toBeGreaterThan(0);
      // Provenance (long English API strings) stays folded until asked for.
      expect(await page.locator('details.ind-provenance').getAttribute('open')).toBeNull();
      expect(await page.locator('.ind-meta').isVisible()).toBe(false);
      await page.locator('details.ind-provenance summary').click();
      expect(await page.locator('.ind-meta').isVisible()).toBe(true);
      expect(await overflow()).toBeLessThanOrEqual(0);
    } finally {
      await page.close();
    }
  });
});
