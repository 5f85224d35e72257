import type { Locale } from '../core/locale.ts';
import type { SearchKind } from '../core/searchKinds.ts';

// Words of the search page and its script, in both languages (the script picks them by the
// page's language). Our own wording.

const SEARCH = {
  zh: {
    nav: '搜索',
    title: '搜索',
    description: '在全部美元流动性日报、指标页和方法说明中搜索；输入日期即可找到当天的日报。',
    intro: '在全部日报、指标页和方法说明中搜索；日报按各期的摘要编入索引。输入一个日期（如 2025-11-04 或 2025年11月4日）可直接找到当天的日报。',
    needsJs: '搜索要在浏览器启用 JavaScript 后才能使用。不用搜索也能找到内容：',
    byDate: '往期报告按日期列出每一期日报',
    byIndicator: '数据状态页列出每个指标，并链接到各自的页面',
    label: '搜索内容',
    kindLabel: '范围',
    kinds: { all: '全部', edition: '日报', indicator: '指标', methodology: '方法说明' } as Record<SearchKind | 'all', string>,
    kindOf: { edition: '日报', indicator: '指标', methodology: '方法说明' } as Record<SearchKind, string>,
    submit: '搜索',
    loading: '正在载入搜索索引……',
    failed: '搜索索引未能载入，请稍后再试，或用下面的链接查找：',
    count: (n: number, q: string) => `找到 ${n} 条与“${q}”相关的结果。`,
    none: (q: string) => `没有找到与“${q}”相关的结果。`,
    edition: (date: string) => `${date}的日报：`,
    noEdition: (date: string) => `${date}没有日报（只有纽约联储公布了 SOFR 的工作日才有一期）。下面是离它最近的日报。`,
    archive: '往期报告列出了每一期。',
    monthEditions: (n: number) => `这个月共有 ${n} 期日报，按日期排列如下；`,
    monthNone: '这个月没有日报；',
    monthInArchive: (y: number, m: number) => `在往期报告中查看 ${y}年${m}月。`,
    more: '显示更多结果',
    verdict: '总体：',
  },
  en: {
    nav: 'Search',
    title: 'Search',
    description: "Search every daily edition, indicator page and the methodology; type a date to find that day's edition.",
    intro: "Search every daily edition (each is indexed by its summary), indicator page and the methodology. Type a date (such as 2025-11-04 or Nov 4, 2025) to go straight to that day's edition.",
    needsJs: 'Search needs JavaScript in your browser. Everything is reachable without it:',
    byDate: 'the archive lists every edition by date',
    byIndicator: 'the data status page lists every indicator and links to its page',
    label: 'Search for',
    kindLabel: 'In',
    kinds: { all: 'Everything', edition: 'Daily editions', indicator: 'Indicators', methodology: 'Methodology' } as Record<SearchKind | 'all', string>,
    kindOf: { edition: 'Daily edition', indicator: 'Indicator', methodology: 'Methodology' } as Record<SearchKind, string>,
    submit: 'Search',
    loading: 'Loading the search index…',
    failed: 'The search index did not load. Try again later, or use these links:',
    count: (n: number, q: string) => `${n} ${n === 1 ? 'result' : 'results'} for "${q}".`,
    none: (q: string) => `No results for "${q}".`,
    edition: (date: string) => `The edition of ${date}:`,
    noEdition: (date: string) => `There is no edition for ${date} (there is one for each business day on which the New York Fed published SOFR). Below are the nearest editions.`,
    archive: 'The archive lists every edition.',
    monthEditions: (n: number) => `${n} edition${n === 1 ? '' : 's'} that month, in date order;`,
    monthNone: 'No edition that month;',
    monthInArchive: (y: number, m: number) => `see ${new Date(Date.UTC(y, m - 1, 1)).toLocaleString('en-US', { month: 'long', timeZone: 'UTC' })} ${y} in the archive.`,
    more: 'Show more results',
    verdict: 'Overall:',
  },
} as const;

export type SearchStrings = (typeof SEARCH)[Locale];

export const searchUi = (locale: Locale): SearchStrings => SEARCH[locale];
