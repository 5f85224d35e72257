// The rate paid on reserves is named by the window a chart shows (catalog: reserveRateOver): IOER
// before 2021-07-29, IORB after, both across the switch, and never the "(IOER/IORB)" that string
// replacements once printed on 179 editions in each language.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { reserveRateOver } from '../../src/catalog/series.ts';
import { editionDates, editionOf } from '../../src/site/edition.ts';
import { fixtureSnapshot } from '../helpers.ts';

describe('the reserve rate by window', () => {
  it('switches on IORB\'s first day, from the catalog', () => {
    expect(reserveRateOver('2021-02-01', '2021-07-28')).toBe('ioer');
    expect(reserveRateOver('2021-02-01', '2021-07-29')).toBe('both');
    expect(reserveRateOver('2021-07-29', '2022-01-01')).toBe('iorb');
  });

  it('no edition whose chart spans the switch prints "IOER/IORB", in either language', async () => {
    const snap = await fixtureSnapshot();
    const across = editionDates(snap).filter((d) => d >= '2021-07-30' && d <= '2022-04-18');
    expect(across.length).toBeGreaterThan(150);
    for (const locale of ['zh', 'en'] as const) {
      const file = `content/reports/${locale}.md`;
      const template = readFileSync(file, 'utf8');
      for (const d of across.filter((_, i) => i % 10 === 0)) {
        const { html } = editionOf(snap, locale, d, template, file);
        expect(html, `${locale} ${d}`).not.toContain('IOER/IORB');
        expect(html, `${locale} ${d}`).toContain(locale === 'zh' ? 'IOER（其后为 IORB）' : 'IOER, then IORB');
      }
    }
  }, 60_000);
});
