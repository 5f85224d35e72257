// The summary, risks and conclusion of every fixture edition, both languages (issue 19 §1, §5):
// each edition opens with its verdict and ends with a conclusion, no risk or conclusion sentence
// is printed on more than a third of the editions, and the reader-pass editions read right.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.ts';
import { Build } from '../../src/site/build.ts';
import { composeEdition } from '../../src/site/edition.ts';
import { boilerplate, sectionSentences } from '../boilerplate.ts';
import { fixtureSnapshot } from '../helpers.ts';

const LOCALES: readonly Locale[] = ['zh', 'en'];
const HEADINGS = {
  zh: { summary: '摘要', risks: '风险', conclusion: '结论', opener: /^(总体判断：|暂无总体判断)/ },
  en: { summary: 'Summary', risks: 'Risks', conclusion: 'Conclusion', opener: /^(Overall: |No overall reading)/ },
} as const;

let build: Build;
const pages = new Map<string, Map<string, string[]>>();
const key = (locale: Locale, date: string) => `${locale} ${date}`;
beforeAll(async () => {
  build = new Build(await fixtureSnapshot(), { reportsDir: 'content/reports', chartThread: false });
  for (const date of build.dates) {
    for (const locale of LOCALES) pages.set(key(locale, date), sectionSentences((await build.edition(locale, date)).html));
  }
}, 240_000);

describe('every edition', () => {
  it('opens its summary with the verdict and has a conclusion that says something', () => {
    const wrong: string[] = [];
    for (const date of build.dates) {
      for (const locale of LOCALES) {
        const h = HEADINGS[locale];
        const s = pages.get(key(locale, date)) as Map<string, string[]>;
        if (!h.opener.test(s.get(h.summary)?.[0] ?? '')) wrong.push(`${date} ${locale}: summary opens "${s.get(h.summary)?.[0]}"`);
        if ((s.get(h.conclusion) ?? []).length === 0) wrong.push(`${date} ${locale}: no conclusion`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('names a verdict and its channel without a second colon (en)', () => {
    for (const date of build.dates) {
      const first = pages.get(key('en', date))?.get('Summary')?.[0] ?? '';
      expect(first, date).not.toMatch(/^Overall: \w+: /);
    }
  });

  it('calls a TGA change under 0.05% of reserves and ON RRP barely moved, never "rose by 0.00x%" (reader pass 2)', () => {
    for (const date of build.dates) {
      const all = [...(pages.get(key('en', date))?.values() ?? [])].flat().join(' ');
      expect(all, date).not.toMatch(/(rose|fell) by an amount equal to 0\.0[0-4]\d*%/);
    }
    // The fixture holds no such quarter; the latest live edition does (+0.001%). The same
    // template on a fixture edition's figures with that one value set to it:
    const d = '2025-10-31';
    const m = build.metricsAt(d);
    const drain = m.figures['fiscal.drain3m'];
    expect(drain).toBeTruthy();
    const charts = build.charts.of(d);
    const tiny = { ...m, figures: { ...m.figures, 'fiscal.drain3m': { ...(drain as NonNullable<typeof drain>), value: 0.00001 } } };
    for (const locale of LOCALES) {
      const html = composeEdition({ snap: build.snap, locale, metrics: tiny, template: readFileSync(`content/reports/${locale}.md`, 'utf8'), file: `content/reports/${locale}.md`, charts }).html;
      expect(html).toContain(locale === 'en' ? "the TGA's weekly average barely moved" : 'TGA 周均余额几乎没有变化');
      expect(html).not.toContain(locale === 'en' ? "the TGA's weekly average rose by" : 'TGA 周均余额的增加额');
    }
  });

  it('prints no risk or conclusion sentence on more than a third of the editions', () => {
    for (const locale of LOCALES) {
      for (const section of [HEADINGS[locale].risks, HEADINGS[locale].conclusion]) {
        const lists = build.dates.map((d) => pages.get(key(locale, d))?.get(section) ?? []);
        const b = boilerplate(lists);
        expect(b.common, `${locale} ${section}`).toEqual([]);
        // Not vacuous: the sections are there on most editions.
        expect(lists.filter((l) => l.length > 0).length).toBeGreaterThan(build.dates.length / 2);
      }
    }
  });
});

describe('the editions of the reader pass', () => {
  const section = (locale: Locale, date: string, name: 'summary' | 'risks' | 'conclusion') =>
    (pages.get(key(locale, date))?.get(HEADINGS[locale][name]) ?? []).join(' ');

  it('say Bitcoin, not risk assets, is down when the equity indexes sit near their highs', () => {
    for (const date of ['2019-09-17', '2019-09-18', '2019-12-31', '2024-06-28']) {
      expect(section('en', date, 'risks'), date).not.toContain('Risk assets under pressure');
      expect(section('zh', date, 'risks'), date).not.toContain('风险资产承压');
      expect(section('en', date, 'risks'), date).toContain('confined to crypto');
      expect(section('zh', date, 'risks'), date).toContain('局限于加密资产');
    }
    // A real sell-off still says so: the S&P 500 was 22% off its high.
    expect(section('en', '2022-06-15', 'risks')).toContain('Risk assets under pressure');
  });

  it('say what the data show about the Fed\'s backstop on calm days, and "not known" only when they lack it', () => {
    expect(section('en', '2018-06-15', 'summary')).toContain('The Fed had no standing repo backstop then');
    expect(section('zh', '2018-06-15', 'summary')).toContain('当时美联储既没有常设的回购后备工具');
    // The page's own repo operations that day ($21.40bn) and the Fed's emergency loans.
    expect(section('en', '2020-05-01', 'summary')).toMatch(/repo operations, which supplied \$21\.40bn that day/);
    expect(section('en', '2020-05-01', 'summary')).toContain('so its backstop is not idle');
    expect(section('en', '2019-12-31', 'summary')).toContain('repo operations it began on Sep 17, 2019');
    for (const date of ['2018-06-15', '2019-12-31', '2020-05-01']) expect(section('en', date, 'summary'), date).not.toContain('is not known');
    expect(section('en', '2022-06-15', 'summary')).toContain('Standing Repo Facility is not known: our data hold no take-up figures');
  });

  it('give the level of SOFR against the range before ranking it among its kind of day', () => {
    for (const [locale, level, rank] of [['en', 'above the top of the Fed', 'for its kind of day'], ['zh', '比当日联邦基金目标区间上限高出', '同类日期']] as const) {
      const s = section(locale, '2019-09-17', 'summary');
      expect(s.indexOf(level), locale).toBeGreaterThan(-1);
      expect(s.indexOf(rank), locale).toBeGreaterThan(s.indexOf(level));
    }
  });

  it('keep "clearly" for a wide gap over IORB and "broken out" for SOFR itself well over the range', () => {
    // 2025-11-12: SOFR 5 bp over IORB; 2025-10-31: stressed with SOFR only 4 bp over the top.
    expect(section('en', '2025-11-12', 'summary')).not.toContain('clearly more');
    expect(section('en', '2025-11-12', 'summary')).toContain('an early sign');
    expect(section('en', '2025-10-31', 'summary')).not.toContain('broken out of its usual place');
    expect(section('en', '2019-09-18', 'summary')).toContain('broken out of its usual place');
    expect(section('en', '2019-09-18', 'summary')).toContain('clearly more');
  });

  it('end the held and bank-funding stress editions of March 2020 with a conclusion', () => {
    expect(section('en', '2020-03-09', 'conclusion')).toContain('calmer than the verdict they carry');
    expect(section('en', '2020-03-23', 'conclusion')).toMatch(/loans to banks and foreign central banks stood at \$[\d.]+bn/);
    expect(section('zh', '2020-03-23', 'conclusion')).toContain('美联储正在充当最后贷款人');
  });
});
