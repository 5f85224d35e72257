// The summary, risks and conclusion of every fixture edition, both languages (issue 19 §1, §5):
// each edition opens with its verdict and ends with a conclusion, no risk or conclusion sentence
// is printed on more than a third of the editions, and the reader-pass editions read right.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Locale } from '../../src/core/locale.ts';
import { Build } from '../../src/site/build.ts';
import { composeEdition } from '../../src/site/edition.ts';
import { formatDate } from '../../src/report/date-text.ts';
import { boilerplate, sectionSentences } from '../boilerplate.ts';
import { fixtureSnapshot } from '../helpers.ts';

const LOCALES: readonly Locale[] = ['zh', 'en'];
const HEADINGS = {
  zh: { summary: '摘要', risks: '风险', conclusion: '结论', opener: /^(总体判断：|暂无总体判断)/ },
  en: { summary: 'Summary', risks: 'Risks', conclusion: 'Conclusion', opener: /^(Overall: |No overall reading)/ },
} as const;

let build: Build;
const pages = new Map<string, Map<string, string[]>>();
const htmls = new Map<string, string>();
/** Whether an edition draws its own episode panel (issue 19 §5: "an episode panel on every edition"). */
const ownPanel = new Map<string, boolean>();
const key = (locale: Locale, date: string) => `${locale} ${date}`;
beforeAll(async () => {
  build = new Build(await fixtureSnapshot(), { reportsDir: 'content/reports', chartThread: false });
  for (const date of build.dates) {
    for (const locale of LOCALES) {
      const { html } = await build.edition(locale, date);
      pages.set(key(locale, date), sectionSentences(html));
      htmls.set(key(locale, date), html);
      ownPanel.set(key(locale, date), html.includes('class="episode-panel episode-panel-now"'));
    }
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

  it('draws its own episode panel, alone before the first squeeze has passed (issue 19 §5)', () => {
    const without = [...ownPanel].filter(([, has]) => !has).map(([k]) => k);
    expect(without).toEqual([]);
    const first = build.dates[0] as string;
    expect(pages.get(key('en', first))?.get('Historical mirrors')?.join(' ')).toContain('nothing to set this edition beside');
    expect(pages.get(key('zh', first))?.get('历史镜鉴')?.join(' ')).toContain('暂无可对照的对象');
  });

  it('writes no Chinese sentence with two colons (reader pass 2: "背景：…重建现金：较…")', () => {
    const wrong: string[] = [];
    for (const date of build.dates) {
      for (const sentence of [...(pages.get(key('zh', date))?.values() ?? [])].flat()) {
        // Per clause: a label list such as the episode chart's "横轴：…；纵轴：…" is fine.
        if (sentence.split('；').some((clause) => (clause.match(/：/g) ?? []).length > 1)) wrong.push(`${date}: ${sentence}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
  });

  it('reads like an analyst (reader pass 2, C4 C5 B12): a past print in the past tense, a held verdict that does not name a channel as if it read so today', () => {
    const wrong: string[] = [];
    for (const date of build.dates) {
      const all = [...(pages.get(key('en', date))?.values() ?? [])].flat().join(' ');
      for (const re of [/It is a (mid-month|month-end|quarter-end|year-end)/, /\), held from the previous edition/, /of them that day/, /has offered them every day since/]) {
        if (re.test(all)) wrong.push(`${date}: ${re}`);
      }
    }
    expect(wrong.slice(0, 5)).toEqual([]);
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

  it('names no date after its own in its sections: nothing it could not have known (reader pass 4: "they first show in the balance sheet dated Mar 18, 2020" on Mar 16)', () => {
    const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
    const iso = (y: string, m: number, d: string) => `${y}-${String(m).padStart(2, '0')}-${d.padStart(2, '0')}`;
    const datesIn = (text: string, locale: Locale): string[] => locale === 'zh'
      ? [...text.matchAll(/(\d{4})年(\d{1,2})月(\d{1,2})日/g)].map((m) => iso(m[1] as string, Number(m[2]), m[3] as string))
      : [...text.matchAll(/\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{1,2}), (\d{4})\b/g)].map((m) => iso(m[3] as string, MONTHS.indexOf(m[1] as string) + 1, m[2] as string));
    const later: string[] = [];
    let seen = 0;
    for (const date of build.dates) {
      for (const locale of LOCALES) {
        for (const [heading, sentences] of pages.get(key(locale, date)) ?? []) {
          for (const s of sentences) {
            const dates = datesIn(s, locale);
            seen += dates.length;
            // A date the Fed had announced by then may lie ahead: a sentence saying so, or a chart
            // key's event, which opens with the day it was announced.
            const opensWithPastDate = dates[0] !== undefined && dates[0] <= date && (locale === 'zh' ? /^\d{4}年/ : /^[A-Z][a-z]{2} \d/).test(s);
            const announced = /\bhas announced\b|已宣布/.test(s) || opensWithPastDate;
            if (!announced && dates.some((d) => d > date)) later.push(`${date} ${locale} ${heading}: "${s}"`);
          }
        }
      }
    }
    expect(later).toEqual([]);
    expect(seen).toBeGreaterThan(build.dates.length * 10); // not vacuous: the sections do name dates
  });

  it('says a facility did not exist yet rather than "no data", and prints no row of "no data" only (reader pass 4)', () => {
    const rows = (html: string) => [...html.matchAll(/<tr data-metric="([^"]+)">([\s\S]*?)<\/tr>/g)]
      .map((m) => ({ key: m[1] as string, cells: [...(m[2] as string).matchAll(/<td[^>]*>([\s\S]*?)<\/td>/g)].map((c) => (c[1] as string).replace(/<[^>]+>/g, '').trim()) }));
    const wrong: string[] = [];
    let notYet = 0;
    for (const date of build.dates) {
      for (const locale of LOCALES) {
        const words = { noData: locale === 'en' ? 'no data' : '无数据', notYet: locale === 'en' ? 'not yet created' : '尚未设立' };
        for (const { key: metric, cells } of rows(htmls.get(key(locale, date)) as string)) {
          if (cells.length > 0 && cells.every((c) => c === words.noData)) wrong.push(`${date} ${locale} ${metric}: a row of "${words.noData}" only`);
          if (metric === 'srf.latest') {
            notYet += cells.filter((c) => c === words.notYet).length;
            // Only the columns dated before the facility (Jul 28, 2021) may say so.
            if (date < '2021-07-28' && cells.some((c) => c === words.notYet)) wrong.push(`${date} ${locale}: "${words.notYet}" in this edition's own column`);
          }
        }
      }
    }
    expect(wrong).toEqual([]);
    expect(notYet).toBeGreaterThan(0); // not vacuous: later editions set the 2019 and 2020 episodes beside them
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
    expect(section('en', '2018-06-15', 'summary')).toContain('The Fed has no standing repo tool, and is not lending in the repo market');
    expect(section('zh', '2018-06-15', 'summary')).toContain('美联储目前既没有常设的回购后备工具');
    // The page's own repo operations that day ($21.40bn) and the Fed's emergency loans.
    expect(section('en', '2020-05-01', 'summary')).toMatch(/repo operations helped, supplying \$21\.40bn that day/);
    expect(section('en', '2020-05-01', 'summary')).toContain('so its backstop is not idle');
    expect(section('en', '2019-12-31', 'summary')).toContain('repo operations it began on Sep 17, 2019');
    for (const date of ['2018-06-15', '2019-12-31', '2020-05-01']) expect(section('en', date, 'summary'), date).not.toContain('is not known');
    expect(section('en', '2022-06-15', 'summary')).toContain('Standing Repo Facility is not known: our data hold no take-up figures');
  });

  it('open a calm summary with where SOFR sits only when the page shows it there (reader pass 2, C12)', () => {
    // Jun 14, 2022: SOFR 0.69%, 6 bp under the bottom of the range; "where the Fed wants it" would be false.
    expect(section('en', '2022-06-15', 'summary')).toContain('under the floor of the Fed\'s target range');
    expect(section('en', '2022-06-15', 'summary')).not.toContain('where the Fed wants');
    expect(section('zh', '2022-06-15', 'summary')).toContain('低于目标区间下限');
    expect(section('en', '2024-06-28', 'summary')).toContain('inside the Fed\'s target range, where the Fed wants it');
    expect(section('zh', '2024-06-28', 'summary')).toContain('美联储希望的位置');
  });

  it('read a print against its kind of day only when an earlier one exists (own reading of 2019-01-02)', () => {
    // Dec 31, 2018 is the first year-end since SOFR began (Apr 2018): nothing earlier to read it against.
    expect(section('en', '2019-01-02', 'summary')).toContain('the first year-end in our data, so there is no earlier one');
    expect(section('en', '2019-01-02', 'summary')).not.toContain('year-ends since');
    expect(section('zh', '2019-01-02', 'summary')).toContain('我们数据中的第一个年末');
    // A year later there is one.
    expect(section('en', '2020-01-02', 'summary')).toContain('read against the year-ends since Dec 31, 2018');
  });

  it('blame a drain on the Treasury\'s cash only when it is the larger part (reader pass 3, C2)', () => {
    // Dec 31, 2018: the TGA rose 0.22% of reserves and ON RRP; the Fed's run-off made most of the 6.6%.
    expect(section('en', '2018-12-31', 'risks')).toContain('Mostly the Fed\'s own');
    expect(section('en', '2018-12-31', 'risks')).not.toContain('cash build-up');
    expect(section('zh', '2018-12-31', 'risks')).toContain('主要来自美联储自身');
  });

  it('never say the funding rule counted a SOFR margin under 5 bp, which its SOFR rule cannot (reader pass 3, C3)', () => {
    for (const date of build.dates) {
      expect(section('en', date, 'summary'), date).not.toContain('one the funding rule counts as strain');
      expect(section('zh', date, 'summary'), date).not.toContain('融资规则已把它算作紧张信号');
    }
    expect(build.dates.some((d) => section('en', d, 'summary').includes('the funding pillar\'s strain comes from its other gauges'))).toBe(true);
  });

  it('say an index is at its 52-week high rather than "0.0% below" it (reader pass 3)', () => {
    for (const date of build.dates) {
      for (const locale of LOCALES) {
        const snap = (pages.get(key(locale, date))?.get(locale === 'en' ? 'Market snapshot' : '市场速览') ?? []).join(' ');
        expect(snap, `${locale} ${date}`).not.toMatch(locale === 'en' ? /\b0\.0% below/ : /回撤 0\.0%/);
      }
    }
    expect(build.dates.some((d) => (pages.get(key('en', d))?.get('Market snapshot') ?? []).join(' ').includes('at its 52-week high'))).toBe(true);
  });

  it('call an ON RRP balance at its peak the most in the data, never "100.0% of its peak" of the same day (own reading of 2022-12-30)', () => {
    for (const date of build.dates) {
      const all = [...(pages.get(key('en', date))?.values() ?? [])].flat().join(' ');
      expect(all, date).not.toMatch(/100\.0% of its \$[\d.]+(bn|tn) peak/);
    }
    // A fixture edition's figures with ON RRP set at its peak, as on Dec 30, 2022 in the live data.
    const d = '2022-06-30';
    const m = build.metricsAt(d);
    const share = m.figures['rrp.shareOfPeak'];
    expect(share).toBeTruthy();
    const atPeak = { ...m, figures: { ...m.figures, 'rrp.shareOfPeak': { ...(share as NonNullable<typeof share>), value: 1 } } };
    for (const locale of LOCALES) {
      const html = composeEdition({ snap: build.snap, locale, metrics: atPeak, template: readFileSync(`content/reports/${locale}.md`, 'utf8'), file: `content/reports/${locale}.md`, charts: build.charts.of(d) }).html;
      expect(html).toContain(locale === 'en' ? 'the most it has held on any day in our data' : '是我们数据中单日余额的最高值');
      expect(html.replace(/<[^>]+>/g, '')).not.toMatch(locale === 'en' ? /held [^.]*, 100\.0% of its/ : /相当于[^。]*峰值[^。]*的 100\.0%/);
    }
  });

  it('say the debt limit is resolved on the first edition after, before any close shows the rebuild (reader pass 3: 2023-06-05)', () => {
    // Suspended Saturday Jun 3, 2023; Monday's edition holds Friday's close only.
    expect(section('en', '2023-06-02', 'summary')).toContain('debt limit');
    expect(section('en', '2023-06-05', 'summary')).toContain('the debt limit has been resolved, so the Treasury can borrow again');
    expect(section('zh', '2023-06-05', 'summary')).toContain('债务上限问题已经解决');
    expect(section('en', '2023-06-06', 'summary')).toContain('has rebuilt its cash by');
    expect(section('en', '2023-06-06', 'summary')).not.toContain('has been resolved, so');
  });

  it('open a stressed bank-funding or dash-for-cash edition with what happened, not "this or that" (reader pass 3)', () => {
    for (const date of build.dates) {
      expect(section('en', date, 'summary'), date).not.toMatch(/only days old, or|usually moves, or/);
    }
    expect(section('en', '2023-03-13', 'summary')).toMatch(/^Overall: stressed \(bank funding\)\. The Fed is acting as lender of last resort\. Its latest emergency lending action was announced on Mar 12, 2023, within the past week\./);
    expect(section('zh', '2023-03-13', 'summary')).toContain('它最近一次紧急放款行动在 2023年3月12日宣布');
  });

  it('date an emergency action by "within the past week", true also on its own day, not "only days old" (own reading: 2020-03-23)', () => {
    let sameDay = 0;
    for (const date of build.dates) {
      const en = section('en', date, 'summary');
      expect(en, date).not.toContain('is only days old');
      if (en.includes(`was announced on ${formatDate(date, 'en')}, within the past week.`)) sameDay++;
    }
    expect(sameDay).toBeGreaterThan(0);
  });

  it('call ON RRP "under $50bn" only when it is, never "empty" (reader pass 3: $41.8bn on 2018-12-31)', () => {
    let said = 0;
    for (const date of build.dates) {
      const text = [section('en', date, 'summary'), section('en', date, 'conclusion')].join(' ');
      expect(text, date).not.toMatch(/ON RRP (is )?empty/);
      if (text.includes('ON RRP holds under $50bn') || text.includes('ON RRP under $50bn')) {
        said++;
        expect(build.metricsAt(date).figures['rrp.latest']?.value, date).toBeLessThan(50);
      }
    }
    expect(said).toBeGreaterThan(0);
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
    // Mar 23 names that day's action (its balance sheet is of Mar 18); Mar 26 has the Mar 25 one.
    expect(section('en', '2020-03-23', 'conclusion')).toContain('on Mar 23, 2020 it announced facilities under 13(3)');
    expect(section('en', '2020-03-26', 'conclusion')).toMatch(/loans to banks and foreign central banks stood at \$[\d.]+bn on Mar 25, 2020/);
    expect(section('zh', '2020-03-23', 'conclusion')).toContain('美联储正在充当最后贷款人');
  });
});

// Reader pass 2, B5–B7, C6, C8: what the lender of last resort, the backstop and the dash for
// cash are said to do is read from figures dated to match, and a tight verdict always has risks.
describe('every edition, reader pass 2 (B5–B7, C6, C8)', () => {
  const fig = (date: string, k: string) => build.metricsAt(date).figures[k as keyof ReturnType<Build['metricsAt']>['figures']] ?? null;
  const sec = (locale: Locale, date: string, name: 'summary' | 'risks' | 'conclusion') =>
    (pages.get(key(locale, date))?.get(HEADINGS[locale][name]) ?? []).join(' ');

  it('gives every tight or stressed edition a Risks section tied to its channel (C8)', () => {
    const wrong: string[] = [];
    let tight = 0;
    for (const date of build.dates) {
      if ((fig(date, 'signal.overall')?.value ?? 0) < 1) continue;
      tight++;
      for (const locale of LOCALES) if (sec(locale, date, 'risks') === '') wrong.push(`${date} ${locale}`);
    }
    expect(wrong).toEqual([]);
    expect(tight).toBeGreaterThan(50);
    // A stressed bank-funding edition names the borrowing that drives it.
    expect(sec('en', '2020-03-23', 'risks')).toContain("Banks owed $28.2bn to the Fed's discount window (primary credit) in the weekly balance sheet of Mar 18, 2020");
    expect(sec('zh', '2020-03-23', 'risks')).toContain('一级信贷余额为 282 亿美元');
  });

  it('explains an amber or red dash-for-cash pillar with the reading that fired, figure and date (B7)', () => {
    const wrong: string[] = [];
    for (const date of build.dates) {
      if ((fig(date, 'signal.cash')?.value ?? 0) < 1) continue;
      if (!sec('en', date, 'risks').includes('Dash for cash: ')) wrong.push(`${date} en`);
      if (!sec('zh', date, 'risks').includes('抢现金：')) wrong.push(`${date} zh`);
    }
    expect(wrong).toEqual([]);
    expect(sec('en', '2020-03-23', 'risks')).toContain('paid 207 bp over the 3-month Treasury bill on Mar 20, 2020');
    expect(sec('en', '2023-03-14', 'risks')).toContain('It fell 57 bp on Mar 13, 2023, more than six times its usual daily move of 8 bp');
    expect(sec('zh', '2023-03-14', 'risks')).toContain('超过此前常见单日波动的六倍');
  });

  it('never cites a weekly balance sheet dated before the emergency action as lender-of-last-resort evidence (B5)', () => {
    let named = 0;
    for (const date of build.dates) {
      const lending = fig(date, 'lending.latest');
      const action = fig(date, 'emergency.sinceRed');
      const c = sec('en', date, 'conclusion');
      if (!lending || !action || lending.date >= action.date) continue;
      expect(c, date).not.toContain('The Fed is lending as a last resort');
      expect(sec('zh', date, 'conclusion'), date).not.toContain('其对银行和外国央行的放款为');
      if (!c.includes('The Fed is acting as lender of last resort: ')) continue;
      named++;
      // The action is named with its own date, and the balance sheet is said to predate it.
      expect(c, date).toContain(formatDate(action.date, 'en'));
      expect(c, date).toMatch(/is not out yet|behind their schedule/);
      expect(sec('zh', date, 'conclusion'), date).toContain(formatDate(action.date, 'zh'));
    }
    expect(named).toBeGreaterThanOrEqual(8);
    for (const date of ['2023-03-13', '2023-03-14']) {
      expect(sec('en', date, 'conclusion'), date).toContain('Mar 12, 2023 it created the Bank Term Funding Program');
      expect(sec('en', date, 'conclusion'), date).not.toContain('$15.6bn');
      // One day after creation there is no BTFP balance yet: no "still lean on".
      expect(sec('en', date, 'risks'), date).not.toContain('still lean on');
      expect(sec('zh', date, 'risks'), date).not.toContain('仍在依赖');
    }
    expect(sec('en', '2020-03-16', 'conclusion')).not.toContain('$69mn');
    expect(sec('en', '2020-03-16', 'conclusion')).toContain('Mar 15, 2020');
    // From the first balance sheet after it, the figure is the evidence again.
    expect(sec('en', '2023-03-16', 'conclusion')).toContain('stood at $318.6bn on Mar 15, 2023');
    expect(sec('en', '2023-03-16', 'risks')).toContain('$11.9bn of Bank Term Funding Program (BTFP) loans');
  });

  it('names Signature Bank\'s closure in the context from the first edition after it (B5)', () => {
    expect(sec('en', '2023-03-13', 'summary')).toContain('Signature Bank was closed');
    expect(sec('zh', '2023-03-13', 'summary')).toContain('签名银行也被关闭');
    expect(sec('en', '2023-03-10', 'summary')).not.toContain('Signature Bank');
  });

  it('calls the backstop "not idle" only over new lending, and a running-off balance what it is (B6)', () => {
    for (const date of build.dates) {
      const en = sec('en', date, 'summary');
      if (en.includes('backstop is not idle')) expect(fig(date, 'lending.chg1m')?.value ?? 0, date).toBeGreaterThanOrEqual(5);
    }
    for (const date of ['2024-06-28', '2021-10-14', '2021-12-16', '2022-02-09']) {
      expect(sec('en', date, 'summary'), date).not.toContain('not idle');
      expect(sec('zh', date, 'summary'), date).not.toContain('并未闲置');
    }
    expect(sec('en', '2024-06-28', 'summary')).toContain('$116.6bn of loans to banks and foreign central banks');
    expect(sec('en', '2024-06-28', 'summary')).toContain('older loans running off');
    expect(sec('zh', '2024-06-28', 'summary')).toContain('早先发放的贷款陆续到期');
  });

  it('ends a tight repo edition on its own ON RRP and TGA figures, never "manageable" (C6)', () => {
    for (const date of build.dates) {
      expect(sec('en', date, 'conclusion'), date).not.toContain('manageable');
      expect(sec('zh', date, 'conclusion'), date).not.toContain('可控');
    }
    expect(sec('en', '2025-11-12', 'conclusion')).toContain('ON RRP held $5.89bn on Nov 12, 2025');
    expect(sec('zh', '2025-11-12', 'conclusion')).toContain('逆回购余额为 58.9 亿美元');
  });
});
