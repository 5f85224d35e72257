// The search page's date reading and the attributes that put a page in the search index.
import { describe, expect, it } from 'vitest';
import { searchAttrs } from '../../src/search/attrs.ts';
import { dateOfQuery } from '../../src/search/query.ts';
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
