import type { Locale } from '../core/locale.ts';
import type { ReserveRate } from '../catalog/series.ts';
import { CUTOFF_ET } from '../metrics/publication.ts';

/** "18:00" as English readers write it: "6 p.m." ("6:30 p.m.", "9 a.m."). */
const clock12 = (hhmm: string): string => {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `${h % 12 || 12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h < 12 ? 'a.m.' : 'p.m.'}`;
};

/** The editions' New York cut-off (CUTOFF_ET) as each language writes a time of day. */
export const CUTOFF_TIME: Readonly<Record<Locale, string>> = { zh: CUTOFF_ET, en: clock12(CUTOFF_ET) };

/** The rate paid on reserves, named for a chart's window (catalog: reserveRateOver). */
const RESERVE_RATE: Record<Locale, Record<ReserveRate, { short: string; long: string }>> = {
  zh: {
    ioer: { short: 'IOER', long: '超额准备金利率 IOER' },
    iorb: { short: 'IORB', long: '准备金余额利率 IORB' },
    both: { short: 'IOER（其后为 IORB）', long: '超额准备金利率 IOER（其后为准备金余额利率 IORB）' },
  },
  en: {
    ioer: { short: 'IOER', long: 'interest on excess reserves (IOER)' },
    iorb: { short: 'IORB', long: 'interest rate on reserve balances (IORB)' },
    both: { short: 'IOER, then IORB', long: 'interest on excess reserves (IOER), then on reserve balances (IORB)' },
  },
};

// Every UI string of the site, in both languages. Report prose lives in content/reports/.

const UI = {
  zh: {
    htmlLang: 'zh-CN',
    siteName: '美元流动性监测',
    tagline: '用官方数据，每日衡量美元融资流动性的松紧',
    regimeFeedTitle: '判断变化',
    regimeFeedDescription: '只在总体判断或某一分项的读数变化时更新：哪一天、从什么变成什么、因为哪条规则。',
    edition: '日报',
    asOf: '数据截至',
    cutoffNote: `（按当日纽约时间 ${CUTOFF_TIME.zh} 前已公布的数据编制）`,
    switchTo: 'English',
    figuresHeading: '本期数据一览',
    colFigure: '指标',
    colValue: '数值',
    colDate: '日期',
    colSource: '来源',
    staleMark: '数据偏旧',
    chartRatesTitle: (rate: ReserveRate) => `SOFR 与联邦基金目标区间、${RESERVE_RATE.zh[rate].short}`,
    chartRatesY: '利率（%）',
    chartRatesSofr: 'SOFR',
    chartRatesRange: '联邦基金目标区间',
    chartRatesIorb: (rate: ReserveRate) => RESERVE_RATE.zh[rate].short,
    chartRatesDesc: (n: number, from: string, to: string, last: string, rate: ReserveRate) =>
      `折线为最近 ${n} 个交易日的 SOFR（${from} 至 ${to}），阴影为联邦基金目标区间，虚线为${RESERVE_RATE.zh[rate].long}。最新 SOFR 为 ${last}。`,
    chartEpisodesTitle: '历次资金紧张：SOFR 与目标区间上限之差',
    chartEpisodesAxes: '横轴：距第 0 天的天数；纵轴：基点，各小图同一刻度。',
    chartEpisodesY: '基点',
    chartEpisodesPast: '历史事件',
    chartEpisodesNowOver: '本期（叠在每幅历史小图上）',
    chartEpisodesDay0: (date: string) => `第 0 天：${date}`,
    chartEpisodesPeak: (value: string) => `峰值 ${value}`,
    chartEpisodesPanel: (name: string, date: string, low: string, high: string) =>
      `${name}，第 0 天为 ${date}：SOFR 减目标区间上限最低 ${low}，最高 ${high}`,
    chartEpisodesNoData: (span: number) => `这 ${span} 天内没有 SOFR 减目标区间上限的数据。`,
    chartEpisodesDesc: (names: string[], span: number, cap: string | null, cut: string[]) =>
      `小图依次为：${names.join('、')}。每幅图显示 SOFR 减去联邦基金目标区间上限（基点）：历史事件取峰值日（第 0 天）前后各 ${span} 天，“本期”取截至本期日期（第 0 天）的 ${span} 天，并以红线叠在每幅历史小图上以便对照。` +
      `各图纵轴刻度相同${cap ? `，上限截在 ${cap}，以免小幅波动被压平；${cut.join('、')}超出上限的部分未画出，峰值标在图顶` : ''}。高于 0 表示 SOFR 突破了政策区间上限。`,
    sourcePrefix: '来源：',
    footerFred: '本站使用 FRED® 数据，但未获圣路易斯联储认可或认证。',
    footerNotice: '数据为官方公开数据；本站文字与计算为本团队所写，不构成投资建议。',
    navReport: '日报',
    navStatus: '数据状态',
    navArchive: '往期',
    navMethod: '方法',
    siteNav: '网站导航',
    regimeLabel: '总体：',
    permalink: '本期固定链接',
    archiveLink: '往期报告',
    methodologyLink: '方法说明',
    archiveTitle: '往期报告',
    archiveIntro: (n: number, first: string, last: string) =>
      `共 ${n} 期，从 ${first} 到 ${last}。每期只使用当日及以前日期的观测数据，可与历史逐日核对。`,
    archiveYearsNav: '按年份浏览',
    archiveKey: '图例',
    archiveKeyText: '每格是一期日报，按月分行。柱越高、颜色越深，当期总体判断越紧：',
    archiveNoReading: '无判断（数据不足）',
    archiveEpisodeKey: '顶部的黑条：报道一次资金紧张峰值的那一期',
    archiveEpisodes: '标出的压力事件',
    archiveYearSummary: (n: number, calm: number, tight: number, stressed: number) =>
      `${n} 期：平稳 ${calm} 期，偏紧 ${tight} 期，紧张 ${stressed} 期`,
    archiveToYears: '回到年份列表',
    editionNav: '前后各期',
    prevEdition: '上一期',
    nextEdition: '下一期',
    dataAsOf: '数据截至',
    latestEditionNote: '（最新一期日报）',
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
    indVia: '获取方式（英文原始记录）',
    colSourceCitation: '出处（发布者原文）',
    indOriginal: '官方地址',
    indDownload: '下载 CSV（原始单位）',
    indCopyright: '本序列受版权保护：本站只发布回撤等衍生指标，不提供价格或下载。',
    indChartLevel: (title: string, years: number) => `${title}：最近 ${years} 年`,
    indChartDrawdown: (title: string, years: number) => `${title}：较 52 周高点的回撤，最近 ${years} 年`,
    indChartDesc: (title: string, from: string, to: string, n: number) => `${title}，${from} 至 ${to}，共 ${n} 个观测。`,
    units: { percent: '百分比', usd_mn: '百万美元', usd_bn: '十亿美元', index: '指数点', usd: '美元', usdt: 'USDT' } as Record<string, string>,
    frequencies: { daily: '工作日', 'calendar-daily': '逐日', weekly: '每周' } as Record<string, string>,
    chartY: { pct: '%', bp: '基点', usd_bn: '亿美元', usd_tn: '万亿美元', pct_chg: '%' } as Record<string, string>,
    statusTitle: '数据状态',
    statusIntro: (asOf: string) =>
      `本站每个数字都来自下列官方序列。表中列出截至 ${asOf} 各序列的最新观测日期与最近一次成功更新。“偏旧”表示最新观测已超过该序列正常的发布间隔；“更新失败”表示最近一次抓取未成功，本站保留了此前的有效数据；“已终止”表示该序列按设计已结束（如 IOER 由 IORB 取代），其数据完整，不会再有新观测。`,
    colSeries: '序列',
    colState: '状态',
    technicalDetails: '技术细节',
    colLast: '最新观测',
    colAge: '早于本期（天）',
    colFetched: '最近成功更新',
    state: { ok: '正常', behind: '偏旧', failed: '更新失败', ended: '已终止' } as Record<string, string>,
    copyrightNote: '版权数据：仅发布衍生指标',
    figuresJson: '本期数字（JSON）',
    indDownloadJson: '下载 JSON（含来源记录与更新状态）',
    downloadAll: '全部公开数据（ZIP）',
    downloadsHeading: '数据下载',
    downloadsIntro: '利率、余额与财政部数据属公开数据，可自由下载；转载时请按各序列的来源记录注明出处。CSV 只有 date、value 两列，任何表格软件都能直接读取；来源、单位、更新状态与修订记录放在同名的 JSON 文件里。',
    downloadsZip: (kb: string, n: number) => `下载全部 ${n} 个公开序列（ZIP，${kb} KB）：每个序列的 CSV、含来源记录的 manifest.json 与说明文件。`,
    downloadsEditions: '每期日报的数字、各支柱信号及其触发规则另有 JSON 版本，位于该期页面地址后加 figures.json，例如',
    downloadsCatalog: '指标与序列名称（中英文）',
    downloadsStatus: '最近一次数据刷新、每个序列的状态与最新一期的判断，机器可读：',
    downloadsRegimeFeed: '只在判断变化时更新的订阅源：',
    fullStop: '。',
    downloadsCopyright: '以下市场价格受版权保护：本站只发布由其计算的回撤与相关系数，不提供价格下载。',
  },
  en: {
    htmlLang: 'en',
    siteName: 'US Dollar Liquidity Monitor',
    tagline: 'How tight US dollar funding is, measured daily from official data',
    regimeFeedTitle: 'Changes in the reading',
    regimeFeedDescription: 'An item only when the overall verdict or one of its pillars changes: on which day, from what to what, and which rule moved it.',
    edition: 'Daily edition',
    asOf: 'Data as of',
    cutoffNote: `(as published by ${CUTOFF_TIME.en} New York time that day)`,
    switchTo: '中文',
    figuresHeading: 'Figures in this edition',
    colFigure: 'Figure',
    colValue: 'Value',
    colDate: 'Date',
    colSource: 'Source',
    staleMark: 'stale data',
    chartRatesTitle: (rate: ReserveRate) => `SOFR against the fed funds target range and ${RESERVE_RATE.en[rate].short}`,
    chartRatesY: 'Rate (%)',
    chartRatesSofr: 'SOFR',
    chartRatesRange: 'Fed funds target range',
    chartRatesIorb: (rate: ReserveRate) => RESERVE_RATE.en[rate].short,
    chartRatesDesc: (n: number, from: string, to: string, last: string, rate: ReserveRate) =>
      `The line is SOFR over the last ${n} business days (${from} to ${to}); the shaded band is the fed funds target range and the dashed line is the ${RESERVE_RATE.en[rate].long}. Latest SOFR: ${last}.`,
    chartEpisodesTitle: 'Past squeezes: SOFR minus the top of the target range',
    chartEpisodesAxes: 'Across: days from day 0. Up: basis points, on the same scale in every panel.',
    chartEpisodesY: 'bp',
    chartEpisodesPast: 'Past episode',
    chartEpisodesNowOver: 'This edition (also drawn over each past episode)',
    chartEpisodesDay0: (date: string) => `day 0: ${date}`,
    chartEpisodesPeak: (value: string) => `peak ${value}`,
    chartEpisodesPanel: (name: string, date: string, low: string, high: string) =>
      `${name}, day 0 ${date}: SOFR minus the top of the target range from ${low} to ${high}`,
    chartEpisodesNoData: (span: number) => `No SOFR minus range-top data in these ${span} days.`,
    chartEpisodesDesc: (names: string[], span: number, cap: string | null, cut: string[]) =>
      `Panels, in order: ${names.join('; ')}. Each shows SOFR minus the top of the fed funds target range in basis points: a past episode for ${span} days either side of its peak day (day 0), this edition for the ${span} days up to its date (day 0), drawn again in red over every past episode for comparison. ` +
      `All panels share one scale${cap ? `, cut at ${cap} so the smaller squeezes are not flattened: the part of ${cut.join(' and ')} above it is not drawn and its peak is written at the top` : ''}. Above zero, SOFR traded through the top of the policy range.`,
    sourcePrefix: 'Source: ',
    footerFred: 'This product uses FRED® data but is not endorsed or certified by the Federal Reserve Bank of St. Louis.',
    footerNotice: 'Official public data; all text and calculations are our own. Not investment advice.',
    navReport: 'Daily report',
    navStatus: 'Data status',
    navArchive: 'Archive',
    navMethod: 'Methodology',
    siteNav: 'Site',
    regimeLabel: 'Overall:',
    permalink: 'Permalink to this edition',
    archiveLink: 'Past editions',
    methodologyLink: 'Methodology',
    archiveTitle: 'Past editions',
    archiveIntro: (n: number, first: string, last: string) =>
      `${n} editions, from ${first} to ${last}. Each uses only observations dated on or before its own date, so any of them can be checked against history.`,
    archiveYearsNav: 'Browse by year',
    archiveKey: 'Key',
    archiveKeyText: "Each cell is one edition, grouped by month. The taller and darker the bar, the tighter that day's overall reading:",
    archiveNoReading: 'no reading (too little data)',
    archiveEpisodeKey: 'dark cap: the edition that reported the peak of a funding squeeze',
    archiveEpisodes: 'Stress episodes marked',
    archiveYearSummary: (n: number, calm: number, tight: number, stressed: number) =>
      `${n} editions: ${calm} calm, ${tight} tight, ${stressed} stressed`,
    archiveToYears: 'Back to the years',
    editionNav: 'Neighbouring editions',
    prevEdition: 'Previous edition',
    nextEdition: 'Next edition',
    dataAsOf: 'Data as of',
    latestEditionNote: ' (the latest edition)',
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
    colSourceCitation: 'Source',
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
      `Every number on this site comes from the official series below. For each, the table shows the latest observation as of ${asOf} and the last successful refresh. "Behind" means the latest observation is older than the series' usual publication interval; "refresh failed" means the last fetch did not succeed and the site kept the last good data; "ended" means the series has come to an end by design (IORB replaced IOER, for example): its data are complete and no new observation will come.`,
    colSeries: 'Series',
    colState: 'Status',
    technicalDetails: 'Technical details',
    colLast: 'Latest observation',
    colAge: 'Days before edition',
    colFetched: 'Last successful refresh',
    state: { ok: 'OK', behind: 'Behind', failed: 'Refresh failed', ended: 'Ended' } as Record<string, string>,
    copyrightNote: 'Copyrighted: derived figures only',
    figuresJson: 'Figures as JSON',
    indDownloadJson: 'Download JSON (with provenance and status)',
    downloadAll: 'All public data (ZIP)',
    downloadsHeading: 'Downloads',
    downloadsIntro: 'Rates, balances and Treasury data are public and free to download; when you republish them, credit the source given in each series\' provenance. The CSV files hold two columns, date and value, so any spreadsheet or CSV reader takes them as they are; source, unit, refresh status and revisions are in the JSON file of the same name.',
    downloadsZip: (kb: string, n: number) => `Download all ${n} public series (ZIP, ${kb} KB): one CSV per series, manifest.json with their provenance, and a README.`,
    downloadsEditions: 'Each edition\'s figures, pillar signals and the rules that set them are also published as JSON: add figures.json to the edition\'s address, for example',
    downloadsCatalog: 'Titles of figures and series (Chinese and English)',
    downloadsStatus: 'The last data refresh, each series\' state and the latest verdict, machine-readable:',
    downloadsRegimeFeed: 'A feed that updates only when the reading changes:',
    fullStop: '.',
    downloadsCopyright: 'These market prices are copyrighted: the site publishes only drawdowns and correlations computed from them, never the prices or a download.',
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
