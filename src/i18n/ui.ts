import type { Locale } from '../catalog/series.ts';

// Every UI string of the site, in both languages. Report prose lives in content/reports/.

export const LOCALES: readonly Locale[] = ['zh', 'en'];

const UI = {
  zh: {
    htmlLang: 'zh-CN',
    siteName: '美元流动性监测',
    tagline: '用官方数据，每日衡量美元融资流动性的松紧',
    edition: '日报',
    asOf: '数据截至',
    switchTo: 'English',
    figuresHeading: '本期数据一览',
    colFigure: '指标',
    colValue: '数值',
    colDate: '日期',
    colSource: '来源',
    staleBanner: '以下序列的数据已过期（超过其正常更新间隔），相关数字可能落后：',
    staleSince: '最新观测',
    staleMark: '数据偏旧',
    chartRatesTitle: 'SOFR 与联邦基金目标区间、IORB',
    chartRatesY: '利率（%）',
    chartRatesSofr: 'SOFR',
    chartRatesRange: '联邦基金目标区间',
    chartRatesIorb: 'IORB',
    chartRatesDesc: (n: number, from: string, to: string, last: string) =>
      `折线为最近 ${n} 个交易日的 SOFR（${from} 至 ${to}），阴影为联邦基金目标区间，虚线为准备金余额利率 IORB。最新 SOFR 为 ${last}。`,
    chartEpisodesTitle: '历次资金紧张：SOFR 与目标区间上限之差',
    chartEpisodesX: '距事件日（天）',
    chartEpisodesY: '基点',
    chartEpisodesPast: '历史事件',
    chartEpisodesDesc: (names: string[], span: number) =>
      `小图依次为：${names.join('、')}。每幅图显示事件日前后 ${span} 天内 SOFR 减去联邦基金目标区间上限（基点），横轴 0 为事件日；“本期”为截至本期日期的最近 ${span} 天。高于 0 表示 SOFR 突破了政策区间上限。`,
    sourcePrefix: '来源：',
    footerFred: '本站使用 FRED® 数据，但未获圣路易斯联储认可或认证。',
    footerNotice: '数据为官方公开数据；本站文字与计算为本团队所写，不构成投资建议。',
    navReport: '日报',
    navStatus: '数据状态',
    navArchive: '往期',
    navMethod: '方法',
    regimeLabel: '总体：',
    permalink: '本期固定链接',
    archiveLink: '往期报告',
    methodologyLink: '方法说明',
    archiveTitle: '往期报告',
    archiveIntro: (n: number, first: string, last: string) =>
      `共 ${n} 期，从 ${first} 到 ${last}。每期只使用当日及以前日期的观测数据，可与历史逐日核对。颜色表示当期总体判断。`,
    methodologyTitle: '方法说明',
    indicatorKicker: '指标',
    indLatest: '最新值',
    indDrawdown: '较 52 周高点回撤',
    indCorr: '与净流动性周变化的 52 周相关系数',
    indMeasures: { chg1w: '周变化', chg1m: '1 个月变化', chg3m: '3 个月变化', chgYtd: '年初至今', rank1y: '1 年百分位', rank5y: '5 年百分位' } as Record<string, string>,
    indStatus: '状态',
    indSource: '发布方',
    indUnit: '单位与频率',
    indProvenance: '数据来源记录',
    indRetrieved: '获取日期',
    indVia: '获取方式',
    indOriginal: '官方地址',
    indDownload: '下载 CSV（原始单位）',
    indCopyright: '本序列受版权保护：本站只发布回撤等衍生指标，不提供价格或下载。',
    indChartLevel: (title: string, years: number) => `${title}：最近 ${years} 年`,
    indChartDrawdown: (title: string, years: number) => `${title}：较 52 周高点的回撤，最近 ${years} 年`,
    indChartDesc: (title: string, from: string, to: string, n: number) => `${title}，${from} 至 ${to}，共 ${n} 个观测。`,
    units: { percent: '百分比', usd_mn: '百万美元', usd_bn: '十亿美元', index: '指数点', usd: '美元', usdt: 'USDT' } as Record<string, string>,
    frequencies: { daily: '工作日', 'calendar-daily': '逐日', weekly: '每周' } as Record<string, string>,
    chartY: { pct: '%', bp: '基点', usd_bn: '十亿美元', pct_chg: '%' } as Record<string, string>,
    statusTitle: '数据状态',
    statusIntro: (asOf: string) =>
      `本站每个数字都来自下列官方序列。表中列出截至 ${asOf} 各序列的最新观测日期与最近一次成功更新。“偏旧”表示最新观测已超过该序列正常的发布间隔；“更新失败”表示最近一次抓取未成功，本站保留了此前的有效数据。`,
    colSeries: '序列',
    colState: '状态',
    colLast: '最新观测',
    colAge: '距今（天）',
    colFetched: '最近成功更新',
    state: { ok: '正常', behind: '偏旧', failed: '更新失败' } as Record<string, string>,
    copyrightNote: '版权数据：仅发布衍生指标',
  },
  en: {
    htmlLang: 'en',
    siteName: 'US Dollar Liquidity Monitor',
    tagline: 'How tight US dollar funding is, measured daily from official data',
    edition: 'Daily edition',
    asOf: 'Data as of',
    switchTo: '中文',
    figuresHeading: 'Figures in this edition',
    colFigure: 'Figure',
    colValue: 'Value',
    colDate: 'Date',
    colSource: 'Source',
    staleBanner: 'These series are stale (older than their normal update interval); figures based on them may lag:',
    staleSince: 'latest observation',
    staleMark: 'stale data',
    chartRatesTitle: 'SOFR against the fed funds target range and IORB',
    chartRatesY: 'Rate (%)',
    chartRatesSofr: 'SOFR',
    chartRatesRange: 'Fed funds target range',
    chartRatesIorb: 'IORB',
    chartRatesDesc: (n: number, from: string, to: string, last: string) =>
      `The line is SOFR over the last ${n} business days (${from} to ${to}); the shaded band is the fed funds target range and the dashed line is the interest rate on reserve balances (IORB). Latest SOFR: ${last}.`,
    chartEpisodesTitle: 'Past squeezes: SOFR minus the top of the target range',
    chartEpisodesX: 'Days from the episode',
    chartEpisodesY: 'bp',
    chartEpisodesPast: 'Past episodes',
    chartEpisodesDesc: (names: string[], span: number) =>
      `Panels, in order: ${names.join('; ')}. Each shows SOFR minus the top of the fed funds target range in basis points for ${span} days either side of the episode's peak day (0); "This edition" shows the ${span} days up to this edition's date. Above zero, SOFR traded through the top of the policy range.`,
    sourcePrefix: 'Source: ',
    footerFred: 'This product uses FRED® data but is not endorsed or certified by the Federal Reserve Bank of St. Louis.',
    footerNotice: 'Official public data; all text and calculations are our own. Not investment advice.',
    navReport: 'Daily report',
    navStatus: 'Data status',
    navArchive: 'Archive',
    navMethod: 'Methodology',
    regimeLabel: 'Overall:',
    permalink: 'Permalink to this edition',
    archiveLink: 'Past editions',
    methodologyLink: 'Methodology',
    archiveTitle: 'Past editions',
    archiveIntro: (n: number, first: string, last: string) =>
      `${n} editions, from ${first} to ${last}. Each uses only observations dated on or before its own date, so any of them can be checked against history. The colour is that day's overall reading.`,
    methodologyTitle: 'Methodology',
    indicatorKicker: 'Indicator',
    indLatest: 'Latest',
    indDrawdown: 'Drawdown from 52-week high',
    indCorr: '52-week correlation with net liquidity changes',
    indMeasures: { chg1w: '1-week change', chg1m: '1-month change', chg3m: '3-month change', chgYtd: 'Year to date', rank1y: '1-year percentile', rank5y: '5-year percentile' } as Record<string, string>,
    indStatus: 'Status',
    indSource: 'Publisher',
    indUnit: 'Unit and frequency',
    indProvenance: 'Provenance',
    indRetrieved: 'Retrieved',
    indVia: 'How obtained',
    indOriginal: 'Official source',
    indDownload: 'Download CSV (source units)',
    indCopyright: 'This series is copyrighted: the site publishes only derived figures such as drawdowns, never the prices or a download.',
    indChartLevel: (title: string, years: number) => `${title}: last ${years} years`,
    indChartDrawdown: (title: string, years: number) => `${title}: drawdown from the 52-week high, last ${years} years`,
    indChartDesc: (title: string, from: string, to: string, n: number) => `${title}, ${from} to ${to}, ${n} observations.`,
    units: { percent: 'percent', usd_mn: '$ millions', usd_bn: '$ billions', index: 'index points', usd: 'US dollars', usdt: 'USDT' } as Record<string, string>,
    frequencies: { daily: 'business days', 'calendar-daily': 'every day', weekly: 'weekly' } as Record<string, string>,
    chartY: { pct: '%', bp: 'bp', usd_bn: '$bn', pct_chg: '%' } as Record<string, string>,
    statusTitle: 'Data status',
    statusIntro: (asOf: string) =>
      `Every number on this site comes from the official series below. For each, the table shows the latest observation as of ${asOf} and the last successful refresh. "Behind" means the latest observation is older than the series' usual publication interval; "refresh failed" means the last fetch did not succeed and the site kept the last good data.`,
    colSeries: 'Series',
    colState: 'Status',
    colLast: 'Latest observation',
    colAge: 'Age (days)',
    colFetched: 'Last successful refresh',
    state: { ok: 'OK', behind: 'Behind', failed: 'Refresh failed' } as Record<string, string>,
    copyrightNote: 'Copyrighted: derived figures only',
  },
} as const;

export type UiStrings = (typeof UI)[Locale];

export function ui(locale: Locale): UiStrings {
  return UI[locale];
}

/** Path prefix of a locale: Chinese is the primary language at the root. */
export const localePrefix = (locale: Locale) => (locale === 'zh' ? '' : '/en');

/** Route params for `[...lang]` pages: the root (Chinese) and `/en`. */
export const LANG_PARAMS: readonly { lang: string | undefined; locale: Locale }[] = [
  { lang: undefined, locale: 'zh' },
  { lang: 'en', locale: 'en' },
];

/** The locale of a `[...lang]` route param. */
export const localeOfParam = (lang: string | undefined): Locale => (lang === 'en' ? 'en' : 'zh');
