import type { Locale } from '../core/locale.ts';
import type { MetricKey, MetricMeasure, MetricSubject } from '../metrics/registry.ts';

// Reader-facing names of metrics ("SOFR − top of range, 1-month change"), built from the
// base name and the measure. Both tables are typed by the metric registry: a metric family
// without its words here, or a word for a name no family offers, fails `tsc`.

const BASES: Record<Locale, Record<MetricSubject, string>> = {
  zh: {
    sofr: 'SOFR', sofrP1: 'SOFR 第 1 百分位', sofrP25: 'SOFR 第 25 百分位', sofrP75: 'SOFR 第 75 百分位', sofrP99: 'SOFR 第 99 百分位', sofrVolume: 'SOFR 成交量', effr: 'EFFR', iorb: 'IORB（2021-07-29 前为 IOER）', rangeTop: '目标区间上限',
    rangeBottom: '目标区间下限', bgcr: 'BGCR', tgcr: 'TGCR', rrpRate: '隔夜逆回购利率', sofrTop: 'SOFR − 区间上限',
    sofrIorb: 'SOFR − IORB', sofrP99Top: 'SOFR 第 99 百分位 − 区间上限', tgcrRrp: 'TGCR − 逆回购利率', effrIorb: 'EFFR − IORB',
    effrTop: 'EFFR − 区间上限（同日）', sofrBottom: 'SOFR − 区间下限（同日）',
    bgcrSofr: 'BGCR − SOFR', rrp: '隔夜逆回购余额', reserves: '银行准备金', fedAssets: '美联储总资产', tga: 'TGA 日终余额',
    tgaWeekly: 'TGA 周均余额', netLiq: '净流动性', srf: '常备回购便利（SRF）使用量', srfMbs: 'SRF 使用量（MBS 抵押）',
    omo: '临时公开市场回购操作使用量', sofrIqr: 'SOFR 第 75 与第 25 百分位之差',
    sofrWidth: 'SOFR 第 99 与第 1 百分位之差',
    nasdaq: '纳斯达克综合指数', sp500: '标普 500', btc: '比特币', signal: '信号', fiscal: '财政抽水',
    lending: '美联储放款（贷款 + 央行互换）', btfp: '银行定期融资计划（BTFP）贷款', primaryCredit: '贴现窗口一级信贷', dgs2: '2 年期国债收益率', cpBill: '90 天 AA 金融商业票据 − 3 个月国库券',
    emergency: '美联储紧急行动', channel: '渠道',
  },
  en: {
    sofr: 'SOFR', sofrP1: 'SOFR 1st percentile', sofrP25: 'SOFR 25th percentile', sofrP75: 'SOFR 75th percentile', sofrP99: 'SOFR 99th percentile', sofrVolume: 'SOFR volume', effr: 'EFFR', iorb: 'IORB (IOER before 2021-07-29)', rangeTop: 'Target range, top',
    rangeBottom: 'Target range, bottom', bgcr: 'BGCR', tgcr: 'TGCR', rrpRate: 'ON RRP rate', sofrTop: 'SOFR − range top',
    sofrIorb: 'SOFR − IORB', sofrP99Top: 'SOFR 99th pct − range top', tgcrRrp: 'TGCR − ON RRP rate', effrIorb: 'EFFR − IORB',
    effrTop: 'EFFR − range top, same day', sofrBottom: 'SOFR − range bottom, same day',
    bgcrSofr: 'BGCR − SOFR', rrp: 'ON RRP balance', reserves: 'Reserve balances', fedAssets: 'Fed total assets', tga: 'TGA closing balance',
    tgaWeekly: 'TGA weekly average', netLiq: 'Net liquidity', srf: 'Standing Repo Facility take-up', srfMbs: 'SRF take-up, MBS collateral',
    omo: 'Temporary repo operations take-up', sofrIqr: 'SOFR 75th − 25th percentile',
    sofrWidth: 'SOFR 99th − 1st percentile',
    nasdaq: 'Nasdaq Composite', sp500: 'S&P 500', btc: 'Bitcoin', signal: 'Signal', fiscal: 'Fiscal drain',
    lending: 'Fed lending (loans + central bank swaps)', btfp: 'Bank Term Funding Program (BTFP) loans', primaryCredit: 'Discount window primary credit', dgs2: '2-year Treasury yield',
    cpBill: '90-day AA financial CP − 3-month bill', emergency: 'Fed emergency actions', channel: 'Channel',
  },
};

const MEASURES: Record<Locale, Record<MetricMeasure, string>> = {
  zh: {
    latest: '', max1m: '近一个月最高', chg1d: '日变化', chg1w: '周变化', chg1m: '1 个月变化', chg3m: '3 个月变化', chgYtd: '年初至今变化',
    rank1y: '1 年百分位', rank5y: '5 年百分位', atSpreadPeak: '（利差峰值当日）', record: '数据内最高', isRecord: '是否创纪录',
    mbsShare: 'MBS 占比', recordSince: '纪录比较的天数（起始日）', max: '数据内单日最高', maxSince: '比较的天数（起始日）', peak: '历史峰值', shareOfPeak: '占峰值比例', daysNearZero: '接近零的连续天数', drain3m: '3 个月 TGA 增幅 / (准备金 + 逆回购)',
    avg1m: '近一个月平均',
    drawdown: '较 52 周高点回撤', corrNetLiq: '与净流动性周变化的 52 周相关系数',
    min2d: '最近两个交易日的较小值', nearZero60: '近 60 个交易日中低于 500 亿美元的天数', lowSince: '上次同样低的水平', high3m: '近三个月最高', low3m: '近三个月最低', monthEnd: '最新一期为月末数据', netDrain3m: '3 个月 TGA 增幅扣除美联储资产变化 / (准备金 + 逆回购)',
    chgShutdown: '政府停摆以来的变化', atShutdownStart: '政府停摆前的最后一个日终余额', chgDebtLimit: '动用非常规措施以来的变化', atDebtLimitStart: '动用非常规措施前的最后一个日终余额', chgRebuild: '债务上限解决以来的变化', atRebuildStart: '债务上限解决当日或之前的最后一个日终余额', chgSinceRaise: '债务上限临时上调以来的变化', atRaise: '债务上限临时上调当日的日终余额', taxDay: '最近一个预缴税日当天的变化', lastMove: '最近一次调整幅度',
    funding: '融资利率', facility: '工具使用', buffers: '缓冲', fiscal: '财政抽水', risk: '风险资产', overall: '总体',
    lender: '最后贷款人', cash: '抢现金', repo: '回购与准备金', bank: '银行融资', dash: '抢现金', worst: '决定总体判断的渠道',
    dayType: '日期类型', dayRank: '同类日期中的百分位', dayCount: '同类日期的历史期数（起始日）', dayMax: '同类日期的历史最高',
    today: '当日', held: '沿用上一期判断', bigMove: '近五个交易日最大单日跌幅', high1w: '近五个交易日最高', usualMove: '此前的常见单日变动', sinceRed: '距最近一次紧急放款行动的交易日数', sinceAny: '距最近一次紧急行动的交易日数',
  },
  en: {
    latest: '', max1m: 'one-month high', chg1d: 'daily change', chg1w: 'weekly change', chg1m: '1-month change', chg3m: '3-month change', chgYtd: 'change year to date',
    rank1y: '1-year percentile', rank5y: '5-year percentile', atSpreadPeak: '(on the spread peak day)', record: 'highest in the data', isRecord: 'new record?',
    mbsShare: 'MBS share', recordSince: 'days the record compares (from)', max: 'highest day in the data', maxSince: 'days compared (from)', peak: 'all-time peak', shareOfPeak: 'share of peak', daysNearZero: 'days near zero in a row', drain3m: '3-month TGA rise / (reserves + ON RRP)',
    avg1m: 'one-month average',
    drawdown: 'drawdown from 52-week high', corrNetLiq: '52-week correlation with net liquidity changes',
    min2d: 'lower of the last two prints', nearZero60: 'days below $50bn in the last 60', lowSince: 'last time as low', high3m: 'three-month high', low3m: 'three-month low', monthEnd: 'latest print is a month-end one', netDrain3m: '3-month TGA rise net of the Fed\'s balance-sheet change / (reserves + ON RRP)',
    chgShutdown: 'change since the shutdown began', atShutdownStart: 'last close before the shutdown', chgDebtLimit: 'change since extraordinary measures began', atDebtLimitStart: 'last close before extraordinary measures', chgRebuild: 'change since the debt limit was resolved', atRebuildStart: 'last close on or before the debt-limit resolution', chgSinceRaise: 'change since the stopgap debt-limit increase', atRaise: 'close on the day of the stopgap debt-limit increase', taxDay: 'change on the latest estimated-tax date', lastMove: 'latest move',
    funding: 'funding rates', facility: 'facility use', buffers: 'buffers', fiscal: 'fiscal drain', risk: 'risk assets', overall: 'overall',
    lender: 'lender of last resort', cash: 'dash for cash', repo: 'repo and reserves', bank: 'bank funding', dash: 'dash for cash', worst: 'channel that set the verdict',
    dayType: 'kind of day', dayRank: 'percentile among the same kind of day', dayCount: 'earlier days of the same kind (from)', dayMax: 'highest on the same kind of day',
    today: 'that day', held: 'held from the previous edition', bigMove: 'largest daily fall of the last five prints', high1w: 'highest of the last five prints', usualMove: 'usual daily move before it', sinceRed: 'business days since the latest emergency lending action', sinceAny: 'business days since the latest emergency action',
  },
};

/** The name of what a metric measures ("Standing Repo Facility take-up"), without the measure. */
export const subjectName = (key: MetricKey, locale: Locale): string => BASES[locale][key.split('.')[0] as MetricSubject];

/** A metric's name for readers; `key` is a registry name, so both of its parts have words here. */
export function metricName(key: MetricKey, locale: Locale): string {
  const [base, measure] = key.split('.') as [MetricSubject, MetricMeasure];
  const b = subjectName(key, locale);
  const m = MEASURES[locale][measure];
  if (!m) return b;
  if (base === 'signal') return locale === 'zh' ? `${m}信号` : `Signal: ${m}`;
  if (base === 'channel') return locale === 'zh' ? `${m}渠道` : `Channel: ${m}`;
  return locale === 'zh' ? `${b}${m.startsWith('（') ? '' : '，'}${m}` : `${b}, ${m}`;
}
