import type { Locale } from '../core/locale.ts';

// Words for the <head>: per-page descriptions for search results and link previews, the preview
// image's alternative text, and the not-found page. Our own wording, in both languages.

const META = {
  zh: {
    ogLocale: 'zh_CN',
    ogImage: '/og-zh.png',
    ogImageAlt: '美元流动性监测：用官方数据每日衡量美元融资松紧',
    home: (date: string, regime: string | null) =>
      `最新一期美元流动性日报（数据截至 ${date}）${regime ? `：总体判断为“${regime}”` : ''}。用 SOFR、政策利率区间、准备金、逆回购与财政部账户等官方数据逐日计算。`,
    edition: (date: string, regime: string | null) =>
      `${date}美元流动性日报${regime ? `：总体判断为“${regime}”` : ''}。只使用当日及以前发布的官方数据，可与历史逐日核对。`,
    archive: (n: number) => `全部 ${n} 期美元流动性日报的时间轴：按年月排列，每期的总体判断以柱高、颜色和文字标出，并标出历次压力事件。`,
    methodology: '美元流动性监测的方法：使用哪些官方数据、每个支柱的判断规则，以及总体判断如何得出。',
    status: '美元流动性监测所用每个官方序列的最新观测日期、最近一次更新与发布方。',
    indicator: (title: string, publisher: string, last: string) =>
      `${title}：历史走势、近期变化与数据来源记录。发布方：${publisher}；最新观测 ${last}。`,
    notFoundTitle: '找不到这个页面',
    notFoundText: '这个地址没有页面。可能是链接有误，或该期日报不存在。',
    notFoundHome: '最新一期日报',
    notFoundArchive: '往期报告',
  },
  en: {
    ogLocale: 'en_US',
    ogImage: '/og-en.png',
    ogImageAlt: 'US Dollar Liquidity Monitor: how tight dollar funding is, measured daily from official data',
    home: (date: string, regime: string | null) =>
      `The latest daily edition (data as of ${date})${regime ? `: overall reading ${regime}` : ''}. Computed every business day from official data on SOFR, the policy range, reserves, reverse repo and the Treasury's cash account.`,
    edition: (date: string, regime: string | null) =>
      `Daily edition for ${date}${regime ? `: overall reading ${regime}` : ''}. Uses only official data published on or before that day, so it can be checked against history.`,
    archive: (n: number) => `A timeline of all ${n} daily editions by year and month: each day's overall reading shown by bar height, colour and text, with past stress episodes marked.`,
    methodology: 'How the monitor works: which official series it uses, the rule behind each pillar, and how the overall reading is formed.',
    status: 'Every official series behind the monitor: its latest observation, last refresh and publisher.',
    indicator: (title: string, publisher: string, last: string) =>
      `${title}: history, recent changes and provenance. Published by ${publisher}; latest observation ${last}.`,
    notFoundTitle: 'Page not found',
    notFoundText: 'There is no page at this address. The link may be mistyped, or there is no edition for that day.',
    notFoundHome: 'Latest edition',
    notFoundArchive: 'Past editions',
  },
} as const;

export type MetaStrings = (typeof META)[Locale];

export const meta = (locale: Locale): MetaStrings => META[locale];
