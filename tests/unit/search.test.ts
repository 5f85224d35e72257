// The search page's date reading and the attributes that put a page in the search index.
import { describe, expect, it } from 'vitest';
import { searchAttrs } from '../../src/search/attrs.ts';
import { dateOfQuery, monthAnchor, monthOfQuery } from '../../src/search/query.ts';
import { excerptAround, rankByPhrase } from '../../src/search/rank.ts';
import { expandQuery, phrasesOf } from '../../src/search/synonyms.ts';
import { formatDate } from '../../src/report/format.ts';

describe('dateOfQuery', () => {
  it.each([
    ['2025-11-04', '2025-11-04'],
    ['2025/11/4', '2025-11-04'],
    ['2025.11.04', '2025-11-04'],
    ['20251104', '2025-11-04'],
    ['  2025-11-04 ', '2025-11-04'],
    ['2025年11月4日', '2025-11-04'],
    ['2025 年 11 月 4 日', '2025-11-04'],
    ['2025年11月4号', '2025-11-04'],
    ['２０２５年１１月４日', '2025-11-04'], // full-width digits, as a Chinese input method may type them
    ['2025－11－04', '2025-11-04'],
    ['Nov 4, 2025', '2025-11-04'],
    ['nov. 4 2025', '2025-11-04'],
    ['November 4th, 2025', '2025-11-04'],
    ['4 November 2025', '2025-11-04'],
    ['Sept 30, 2019', '2019-09-30'],
    ['17 Sep 2019', '2019-09-17'],
    ['2024-02-29', '2024-02-29'],
  ])('reads %j as %s', (query, iso) => {
    expect(dateOfQuery(query)).toBe(iso);
  });

  it('reads the dates the site itself prints, in both languages', () => {
    for (const iso of ['2025-11-04', '2019-09-17', '2020-03-16', '2023-12-29']) {
      expect(dateOfQuery(formatDate(iso, 'zh'))).toBe(iso);
      expect(dateOfQuery(formatDate(iso, 'en'))).toBe(iso);
    }
  });

  it.each([
    'SOFR', '逆回购', '2025', '2025-11', '2025年11月', 'Nov 2025', '2025-13-01', '2025-02-30', '2023-02-29',
    'No 4, 2025', 'Nov 4', 'SOFR 2025-11-04', '2025-11-04 SOFR', '',
  ])('leaves %j to the text search', (query) => {
    expect(dateOfQuery(query)).toBeNull();
  });
});

describe('searchAttrs', () => {
  it("marks an edition's article as the indexed body, with its date, verdict and title as metadata and its kind and date as filters", () => {
    const a = searchAttrs({ kind: 'edition', date: '2025-11-04', title: '日报 2025年11月4日', verdict: '紧张' });
    expect(a).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta': 'kind[data-search-kind], date[data-search-date], verdict[data-search-verdict], title[data-search-title]',
      'data-pagefind-filter': 'kind[data-search-kind], date[data-search-date]',
      'data-search-kind': 'edition',
      'data-search-date': '2025-11-04',
      'data-search-verdict': '紧张',
      'data-search-title': '日报 2025年11月4日',
    });
  });

  it('leaves out what a page does not have (an indicator keeps its <h1> as the title)', () => {
    expect(searchAttrs({ kind: 'indicator' })).toEqual({
      'data-pagefind-body': '',
      'data-pagefind-meta': 'kind[data-search-kind]',
      'data-pagefind-filter': 'kind[data-search-kind]',
      'data-search-kind': 'indicator',
    });
    // An edition without a verdict (no signal that day) has no verdict field at all.
    expect(searchAttrs({ kind: 'edition', date: '2018-04-03', verdict: undefined })['data-pagefind-meta'])
      .toBe('kind[data-search-kind], date[data-search-date]');
  });
});

describe('monthOfQuery', () => {
  it.each([
    ['2025-11', { year: 2025, month: 11 }],
    ['2025/11', { year: 2025, month: 11 }],
    ['2025.1', { year: 2025, month: 1 }],
    ['2025年11月', { year: 2025, month: 11 }],
    ['２０２５年１１月', { year: 2025, month: 11 }],
    ['2025年11月份', { year: 2025, month: 11 }],
    ['Nov 2025', { year: 2025, month: 11 }],
    ['november, 2025', { year: 2025, month: 11 }],
    ['Sept. 2019', { year: 2019, month: 9 }],
  ])('reads %j as a month', (query, month) => {
    expect(monthOfQuery(query)).toEqual(month);
    expect(monthAnchor(month)).toBe(`m${month.year}-${String(month.month).padStart(2, '0')}`);
  });

  it.each(['2025-13', '2025-11-04', 'Nov 4, 2025', 'SRF 2025', '2025', 'reserves'])('does not read %j as a month', (query) => {
    expect(monthOfQuery(query)).toBeNull();
  });
});

describe('expandQuery', () => {
  it('searches a name with its other names, in both languages', () => {
    expect(expandQuery('SRF')).toEqual(['SRF', 'Standing Repo Facility', '常备回购便利', '常备回购']);
    expect(expandQuery('常备回购便利')).toEqual(['常备回购便利', 'SRF', 'Standing Repo Facility', '常备回购']);
    expect(expandQuery('TGA 余额')).toContain('财政部一般账户 余额');
  });

  it('reads "ON RRP" as itself, not as RRP inside it, and leaves words it does not know alone', () => {
    expect(expandQuery('ON RRP')).toEqual(['ON RRP', 'reverse repo', 'RRP', '隔夜逆回购', '逆回购']);
    expect(expandQuery('liquidity squeeze')).toEqual(['liquidity squeeze']);
    // A name inside another word is not that name.
    expect(expandQuery('SRFX')).toEqual(['SRFX']);
  });
});

describe('rankByPhrase', () => {
  it('puts pages holding the words as written first, then by score', () => {
    const results = [
      { item: 'bitcoin methodology', score: 9, title: '方法说明', text: '比特币的回购与常备…' },
      { item: 'srf edition', score: 5, title: '2025年11月4日', text: '常备回购便利（SRF）当日使用 50 亿美元' },
      { item: 'srf indicator', score: 7, title: '美联储回购操作', text: '常备回购便利：历史' },
      { item: 'not loaded', score: 8 },
      { item: 'rrp indicator', score: 1, title: '隔夜逆回购（ON RRP）余额', text: '…' },
    ];
    expect(rankByPhrase(results, phrasesOf(expandQuery('常备回购')))).toEqual(['srf indicator', 'srf edition', 'bitcoin methodology', 'not loaded', 'rrp indicator']);
    // A page named by the words comes before pages that only mention them.
    expect(rankByPhrase(results, phrasesOf(expandQuery('逆回购')))[0]).toBe('rrp indicator');
  });

  it('shows the passage that holds the words', () => {
    const text = 'The ON RRP balance fell. Money funds moved cash from the Fed reverse repo facility into bills as yields rose above the award rate.';
    expect(excerptAround(text, phrasesOf(expandQuery('reverse repo')), 20)).toEqual({ before: 'The ', match: 'ON RRP', after: ' balance fell. Money…' });
    expect(excerptAround('比特币的阈值为 15%。常备回购便利（SRF）当日使用 50 亿美元。', ['常备回购'], 5)).toEqual({ before: '…15%。', match: '常备回购', after: '便利（SR…' });
    expect(excerptAround('nothing here', ['srf'])).toBeUndefined();
  });
});
