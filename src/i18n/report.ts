import type { Locale } from '../core/locale.ts';
import type { CalmId } from '../metrics/backtest.ts';
import type { EpisodeId } from '../metrics/episodes.ts';
import { NEAR_ZERO_RRP_BN, THRESHOLDS as T, type Channel, type Pillar, type SignalRule } from '../metrics/signals.ts';

// Words for the signal and episode tables, in both languages. Numbers in rule texts come from
// the thresholds in code, so the methodology and the rules never disagree. Every table is keyed
// by the ids the metrics declare (pillars, rules, episodes, calm periods): a missing word or a
// word for an id that does not exist fails `tsc` (tests/unit/words-typed.test.ts).

// Grouped as the figures in the text are ("2,500 亿美元", like "1,947 亿美元").
const bn = (x: number, l: Locale) => (l === 'zh' ? `${(x * 10).toLocaleString('en-US')} 亿美元` : `$${x.toLocaleString('en-US')}bn`);
const pc = (x: number) => `${Math.round(x * 100)}%`;

export const PILLAR_NAMES: Record<Locale, Record<Pillar | 'overall', string>> = {
  zh: { funding: '融资利率', facility: '工具使用', buffers: '缓冲', fiscal: '财政抽水', risk: '风险资产', lender: '最后贷款人', cash: '抢现金', overall: '总体' },
  en: { funding: 'Funding rates', facility: 'Facility use', buffers: 'Buffers', fiscal: 'Fiscal drain', risk: 'Risk assets', lender: 'Lender of last resort', cash: 'Dash for cash', overall: 'Overall' },
};

/** The channels' names: in the verdict ("stressed: bank funding") and the methodology. */
export const CHANNEL_NAMES: Record<Locale, Record<Channel, string>> = {
  zh: { repo: '回购与准备金', bank: '银行融资', dash: '抢现金' },
  en: { repo: 'repo and reserves', bank: 'bank funding', dash: 'dash for cash' },
};

/** The rule ids that have words of their own; `.noData` and `.stale` share one sentence each. */
type WordedRule = Exclude<SignalRule, `${string}.noData` | `${string}.stale` | 'overall.held'>;
const unjudged = (rule: SignalRule): rule is Exclude<SignalRule, WordedRule> => rule.endsWith('.noData') || rule.endsWith('.stale');

export function ruleText(rule: SignalRule, l: Locale): string {
  const zh = l === 'zh';
  const texts: Record<WordedRule, string> = {
    'funding.spike': zh ? `SOFR 高出目标区间上限至少 ${T.sofrSpikeBp} 个基点，且在同类日期（普通日、月中结算日、月末、季末、年末）的历史中处于前 ${100 - T.dayRankRed}%（同类历史不足 ${T.dayHistoryMin} 期时只看阈值）` : `SOFR ${T.sofrSpikeBp} bp or more above the top of the target range, and in the top ${100 - T.dayRankRed}% of its kind of day (ordinary, mid-month settlement, month-, quarter- or year-end; on thresholds alone with fewer than ${T.dayHistoryMin} earlier days of that kind)`,
    'funding.tailSpike': zh ? `SOFR 第 99 百分位高出区间上限至少 ${T.p99SpikeBp} 个基点，且在同类日期的历史中处于前 ${100 - T.dayRankRed}%` : `SOFR's 99th percentile ${T.p99SpikeBp} bp or more above the top of the range, and in the top ${100 - T.dayRankRed}% of its kind of day`,
    'funding.heldAboveTop': zh ? `SOFR 连续两个交易日高出区间上限至少 ${T.sofrHeldBp} 个基点` : `SOFR ${T.sofrHeldBp} bp or more above the top of the range on two prints in a row`,
    'funding.tailHeldAboveTop': zh ? `SOFR 第 99 百分位连续两个交易日高出区间上限至少 ${T.p99HeldBp} 个基点` : `SOFR's 99th percentile ${T.p99HeldBp} bp or more above the top of the range on two prints in a row`,
    'funding.sofrAboveTop': zh ? `SOFR 高出区间上限至少 ${T.sofrAboveTopBp} 个基点，且在同类日期的历史中处于前 ${100 - T.dayRankAmber}%` : `SOFR ${T.sofrAboveTopBp} bp or more above the top of the range, and in the top ${100 - T.dayRankAmber}% of its kind of day`,
    'funding.p99AboveTop': zh ? `SOFR 第 99 百分位高出区间上限至少 ${T.p99AboveTopBp} 个基点，且在同类日期的历史中处于前 ${100 - T.dayRankAmber}%` : `SOFR's 99th percentile ${T.p99AboveTopBp} bp or more above the top of the range, and in the top ${100 - T.dayRankAmber}% of its kind of day`,
    'funding.sofrAboveIorb': zh ? `SOFR 连续两个交易日高出 IORB 至少 ${T.sofrAboveIorbBp} 个基点` : `SOFR ${T.sofrAboveIorbBp} bp or more above IORB on two prints in a row`,
    'funding.calm': zh
      ? `没有触发任何融资利率规则：SOFR 高出区间上限不足 ${T.sofrAboveTopBp} 个基点、其第 99 百分位高出不足 ${T.p99AboveTopBp} 个基点（或对同类日期而言属于常态），两者都未连续两个交易日分别高出 ${T.sofrHeldBp} 与 ${T.p99HeldBp} 个基点，SOFR 也未连续两个交易日高出 IORB ${T.sofrAboveIorbBp} 个基点以上`
      : `No funding rule fired: SOFR less than ${T.sofrAboveTopBp} bp and its 99th percentile less than ${T.p99AboveTopBp} bp over the top of the range (or routine for their kind of day), neither ${T.sofrHeldBp} bp or ${T.p99HeldBp} bp over it on two prints in a row, and SOFR not ${T.sofrAboveIorbBp} bp over IORB on two prints in a row`,
    'facility.large': zh ? `常备回购便利当日使用量不低于 ${bn(T.srfLargeBn, l)}，且在同类日期中处于前 ${100 - T.dayRankRed}%` : `Standing Repo Facility take-up of ${bn(T.srfLargeBn, l)} or more that day, in the top ${100 - T.dayRankRed}% of its kind of day`,
    'facility.omoLarge': zh ? `临时回购操作当日使用量不低于 ${bn(T.omoLargeBn, l)}（远超常规的准备金供给）` : `Temporary repo operations take-up of ${bn(T.omoLargeBn, l)} or more that day (far past routine reserve supply)`,
    'facility.any': zh ? `常备回购便利当日使用量不低于 ${bn(T.srfAnyBn, l)}，且在同类日期中处于前 ${100 - T.dayRankAmber}%` : `Standing Repo Facility take-up of ${bn(T.srfAnyBn, l)} or more that day, in the top ${100 - T.dayRankAmber}% of its kind of day`,
    'facility.omo': zh ? `临时回购操作当日使用量不低于 ${bn(T.omoAnyBn, l)}` : `Temporary repo operations take-up of ${bn(T.omoAnyBn, l)} or more that day`,
    // Shown on every edition, so it names no facility: some editions predate them.
    'facility.calm': zh ? '美联储当日的回购放款低于预警水平，或对同类日期而言属于常态' : 'The Fed\'s repo lending that day below the alert levels, or routine for its kind of day',
    'buffers.thin': zh ? `隔夜逆回购低于 ${bn(NEAR_ZERO_RRP_BN, l)}，银行准备金三个月内下降且处于近五年读数中最低的 ${T.reservesLowRank}%` : `ON RRP below ${bn(NEAR_ZERO_RRP_BN, l)}, reserves down over three months and in the lowest ${T.reservesLowRank}% of their readings over five years`,
    'buffers.rrpNearZero': zh ? `隔夜逆回购余额低于 ${bn(NEAR_ZERO_RRP_BN, l)}（接近零），银行准备金三个月内下降且处于近五年读数的下半部` : `ON RRP below ${bn(NEAR_ZERO_RRP_BN, l)} (near zero) while reserves fell over three months and sit in the lower half of their readings over five years`,
    'buffers.rrpLow': zh ? `隔夜逆回购余额低于 ${bn(T.rrpLowBn, l)}，银行准备金三个月内下降且处于近五年读数的下半部` : `ON RRP below ${bn(T.rrpLowBn, l)} while reserves fell over three months and sit in the lower half of their readings over five years`,
    'buffers.calm': zh ? '隔夜逆回购仍有余量，或银行准备金没有下降，或准备金仍处于近五年读数的上半部' : 'ON RRP still has room, or reserves are not falling, or they sit in the upper half of their readings over five years',
    'fiscal.drainLarge': zh ? `扣除美联储资产变化后，TGA 三个月增幅超过期初准备金与逆回购之和的 ${pc(T.drainRed)}` : `TGA up, net of the Fed's balance-sheet change, by more than ${pc(T.drainRed)} of reserves + ON RRP over three months`,
    'fiscal.drain': zh ? `扣除美联储资产变化后，TGA 三个月增幅超过期初准备金与逆回购之和的 ${pc(T.drainAmber)}` : `TGA up, net of the Fed's balance-sheet change, by more than ${pc(T.drainAmber)} of reserves + ON RRP over three months`,
    'fiscal.calm': zh ? `扣除美联储资产变化后，TGA 三个月增幅不超过准备金与逆回购之和的 ${pc(T.drainAmber)}` : `TGA up, net of the Fed's balance-sheet change, by no more than ${pc(T.drainAmber)} of reserves + ON RRP over three months`,
    'risk.nasdaqDeep': zh ? `纳斯达克较 52 周高点回撤 ${-T.equityRedPct}% 以上` : `Nasdaq ${-T.equityRedPct}% or more below its 52-week high`,
    'risk.sp500Deep': zh ? `标普 500 较 52 周高点回撤 ${-T.equityRedPct}% 以上` : `S&P 500 ${-T.equityRedPct}% or more below its 52-week high`,
    'risk.btcDeep': zh ? `比特币较 52 周高点回撤 ${-T.btcRedPct}% 以上` : `Bitcoin ${-T.btcRedPct}% or more below its 52-week high`,
    'risk.nasdaq': zh ? `纳斯达克较 52 周高点回撤 ${-T.equityAmberPct}% 以上` : `Nasdaq ${-T.equityAmberPct}% or more below its 52-week high`,
    'risk.sp500': zh ? `标普 500 较 52 周高点回撤 ${-T.equityAmberPct}% 以上` : `S&P 500 ${-T.equityAmberPct}% or more below its 52-week high`,
    'risk.btc': zh ? `比特币较 52 周高点回撤 ${-T.btcAmberPct}% 以上` : `Bitcoin ${-T.btcAmberPct}% or more below its 52-week high`,
    'lender.emergency': zh ? `美联储在最近 ${T.emergencyRedDays} 个营业日内宣布紧急放款行动（新的放款便利、扩大央行流动性互换或降息至零）` : `A Fed emergency lending action (a new lending facility, wider central bank swaps, a cut to zero) announced within the last ${T.emergencyRedDays} business days`,
    'lender.surge': zh ? `美联储放款（贷款加央行互换）一周增加 ${bn(T.lendingSurgeBn, l)} 以上` : `Fed lending (loans plus central bank swaps) up ${bn(T.lendingSurgeBn, l)} or more in a week`,
    'lender.primaryHeavy': zh ? `贴现窗口一级信贷余额不低于 ${bn(T.primaryHeavyBn, l)}` : `Discount window primary credit of ${bn(T.primaryHeavyBn, l)} or more`,
    'lender.recentAction': zh ? `美联储在最近 ${T.emergencyAmberDays} 个营业日内采取紧急行动（含议息会议之间的降息）` : `A Fed emergency action, a rate cut between scheduled meetings included, within the last ${T.emergencyAmberDays} business days`,
    'lender.growth': zh ? `美联储放款（贷款加央行互换）一周增加 ${bn(T.lendingGrowthBn, l)} 以上` : `Fed lending (loans plus central bank swaps) up ${bn(T.lendingGrowthBn, l)} or more in a week`,
    'lender.primary': zh ? `贴现窗口一级信贷余额不低于 ${bn(T.primaryBn, l)}` : `Discount window primary credit of ${bn(T.primaryBn, l)} or more`,
    'lender.calm': zh ? '近两周没有紧急行动，美联储放款没有突增，贴现窗口使用不多；证券持有量增长带来的资产扩张不计入' : 'No emergency action in two weeks, no jump in Fed lending, little discount window use; growth from securities purchases does not count',
    'cash.flight': zh ? `近五个交易日内，2 年期国债收益率单日下跌达到此前常见变动幅度的 ${T.moveRedX} 倍（资金涌向短期国债）` : `Within the last five prints, a daily fall in the 2-year Treasury yield ${T.moveRedX} times its usual move before it (money rushing into short Treasuries)`,
    'cash.cpStress': zh ? `近五个交易日内，90 天 AA 金融商业票据利率曾高出 3 个月国库券至少 ${T.cpBillRedBp} 个基点` : `90-day AA financial commercial paper ${T.cpBillRedBp} bp or more above the 3-month bill on one of the last five prints`,
    'cash.move': zh ? `近五个交易日内，2 年期国债收益率单日下跌达到此前常见变动幅度的 ${T.moveAmberX} 倍` : `Within the last five prints, a daily fall in the 2-year Treasury yield ${T.moveAmberX} times its usual move before it`,
    'cash.cp': zh ? `近五个交易日内，90 天 AA 金融商业票据利率曾高出 3 个月国库券至少 ${T.cpBillAmberBp} 个基点` : `90-day AA financial commercial paper ${T.cpBillAmberBp} bp or more above the 3-month bill on one of the last five prints`,
    'cash.calm': zh ? '2 年期国债收益率没有远超近期常态的下跌，银行商业票据与国库券的利差也正常' : 'No fall in the 2-year yield far beyond its recent usual move, and bank commercial paper trades near bills',
    'risk.calm': zh ? '有最新数据的股指与比特币回撤均未超过黄色阈值' : 'No index or Bitcoin with current data is below its amber drawdown threshold',
    'overall.stress': zh ? '最差的渠道为红色：回购与准备金渠道中融资利率为红色且有佐证（工具使用至少黄色、缓冲为红色或风险资产红色）或美联储回购放款大量动用且融资利率至少黄色；或最后贷款人、抢现金支柱为红色'
      : "The worst channel is red: in repo and reserves, funding rates red and corroborated (facility use amber or worse, buffers red, or risk assets red), or heavy Fed repo lending with funding rates amber or worse; or the lender-of-last-resort or dash-for-cash pillar red",
    'overall.tight': zh ? '最差的渠道为黄色：融资利率或工具使用为黄色及以上，或缓冲至少为黄色时财政抽水为红色；或最后贷款人、抢现金支柱为黄色；缓冲单独偏薄不改变总体判断'
      : 'The worst channel is amber: funding rates or facility use amber or worse, or a red fiscal drain while buffers are amber or worse; or the lender-of-last-resort or dash-for-cash pillar amber; thin buffers alone do not change the overall reading',
    // Says what the rule checks, not that every pillar is green: a calm day can sit beside red buffers or an amber drain.
    'overall.calm': zh ? '三个渠道均为绿色：融资利率与工具使用均未到黄色，缓冲至少为黄色时没有红色的财政抽水，没有紧急放款，没有抢现金；缓冲偏薄、较小的财政抽水和风险资产单独都不改变总体判断'
      : 'All three channels green: funding rates and facility use below amber, no red fiscal drain while buffers are amber or worse, no emergency lending, no dash for cash; thin buffers, a smaller drain and risk assets alone never change the overall reading',
  };
  if (rule === 'overall.held') {
    return zh ? '上一期的判断比今天的数据所示更严重，沿用一期：只有连续两期都显示缓和，判断才会下调'
      : "The previous edition read worse than today's figures do, so its verdict stands for one more edition: a reading eases only when two editions in a row read lower";
  }
  if (unjudged(rule)) {
    return rule.endsWith('.noData') ? (zh ? '本快照中没有该支柱所需的数据' : 'No data for this pillar in this snapshot') : (zh ? '所需数据已过期，暂不判定' : 'Its data are stale, so no reading');
  }
  return texts[rule];
}

export const EPISODE_NAMES: Record<Locale, Record<EpisodeId, string>> = {
  zh: { repo2019: '2019年9月回购风波', covid2020: '2020年3月疫情冲击', banks2023: '2023年3月地区银行危机', squeeze2025: '2025年10月底资金紧张', now: '本期' },
  en: { repo2019: 'Sept 2019 repo spike', covid2020: 'March 2020 dash for cash', banks2023: 'March 2023 bank stress', squeeze2025: 'Late Oct 2025 squeeze', now: 'This edition' },
};

export const CALM_NAMES: Record<Locale, Record<CalmId, string>> = {
  zh: { abundant2021: '2021–2022年：准备金充裕、逆回购庞大', abundant2023: '2023年5月–2024年6月：准备金充裕、逆回购庞大', purchases2020: '2020年4–5月：大规模购债，回购利率接近零' },
  en: { abundant2021: '2021–22: abundant reserves, large ON RRP', abundant2023: 'May 2023–June 2024: abundant reserves, large ON RRP', purchases2020: 'Apr–May 2020: large asset purchases, repo rates near zero' },
};

export const BACKTEST_WORDS = {
  zh: {
    episode: '压力事件', window: '日报区间', editions: '期数', alert: '偏紧或紧张', firstAlert: '首次预警', firstRed: '首次判为紧张',
    peak: '峰值日', byPeak: '峰值日前判为紧张', yes: '是', no: '否', none: '无', period: '平稳时期', tight: '偏紧', stress: '紧张',
    summary: (n: number, from: string, to: string, red: number, inside: number, share: string) =>
      `${from} 至 ${to}共 ${n} 期日报中，${red} 期判为“紧张”，其中 ${inside} 期（${share}）落在上述压力事件之内。`,
    channel: '渠道', overall: '总体', firstAmber: '首次黄色或红色', lead: '相对峰值日',
    leadDays: (n: number | null) => (n === null ? '—' : n > 0 ? `提前 ${n} 期` : n < 0 ? `滞后 ${-n} 期` : '当日'),
    flips: (n: number, of: number, share: string) => `总体判断只变一天又变回的情况共 ${n} 次（${of} 期中的 ${share}）。`,
    year: '年份', amberOutside: '事件外偏紧', redOutside: '事件外紧张', yearFlips: '单日反复',
  },
  en: {
    episode: 'Stress episode', window: 'Editions', editions: 'Days', alert: 'Tight or stressed', firstAlert: 'First alert', firstRed: 'First stressed',
    peak: 'Peak', byPeak: 'Stressed by the peak?', yes: 'yes', no: 'no', none: 'none', period: 'Calm period', tight: 'Tight', stress: 'Stressed',
    summary: (n: number, from: string, to: string, red: number, inside: number, share: string) =>
      `Of ${n} editions from ${from} to ${to}, ${red} read stressed; ${inside} of them (${share}) fall inside the episodes above.`,
    channel: 'Channel', overall: 'Overall', firstAmber: 'First amber or red', lead: 'Against the peak',
    leadDays: (n: number | null) => (n === null ? '—' : n > 0 ? `${n} edition${n === 1 ? '' : 's'} ahead` : n < 0 ? `${-n} edition${n === -1 ? '' : 's'} late` : 'on the day'),
    flips: (n: number, of: number, share: string) => `The overall reading changed for a single edition and changed back ${n} times (${share} of ${of} editions).`,
    year: 'Year', amberOutside: 'Tight outside episodes', redOutside: 'Stressed outside episodes', yearFlips: 'Single-day flips',
  },
} as const;

export const TABLE_WORDS = {
  zh: {
    pillar: '支柱', state: '状态', rule: '触发的规则', ruleDef: '规则', level: '级别', metric: '指标', noData: '无数据', notYet: '尚未设立', staleAsOf: (d: string) => `${d}，数据偏旧`,
    series: '序列', schedule: '发布时间', firstEdition: '首次进入的日报', sameDay: '当日', nextDay: (n: number) => `${n} 个营业日后`,
    scrollHint: '左右滑动表格查看更早的事件 →',
  },
  en: {
    pillar: 'Pillar', state: 'State', rule: 'Rule that fired', ruleDef: 'Rule', level: 'Level', metric: 'Metric', noData: 'no data', notYet: 'not yet created', staleAsOf: (d: string) => `${d}, stale`,
    series: 'Series', schedule: 'Published', firstEdition: 'First edition that includes it',
    sameDay: 'same day', nextDay: (n: number) => `${n} business day${n === 1 ? '' : 's'} later`,
    scrollHint: 'Swipe the table sideways for earlier episodes →',
  },
} as const;

/** Accessible names of the scrollable regions that hold the report's tables. */
export const TABLE_NAMES = {
  zh: {
    signals: '各支柱状态表', episodes: '历次资金紧张对比表', rules: '信号规则表', publication: '各序列发布时间表',
    backtestEpisodes: '回测：压力事件', backtestCalm: '回测：平稳时期', backtestChannels: '回测：各渠道在压力事件中的表现',
    backtestYears: '回测：逐年的事件外预警与单日反复',
  },
  en: {
    signals: 'Pillar states', episodes: 'Past squeezes compared', rules: 'Signal rules', publication: 'When each series is published',
    backtestEpisodes: 'Backtest: stress episodes', backtestCalm: 'Backtest: calm periods', backtestChannels: 'Backtest: each channel in the stress episodes',
    backtestYears: 'Backtest: alerts outside the episodes and single-day flips, by year',
  },
} as const;
