import type { Locale } from '../catalog/series.ts';
import { NEAR_ZERO_RRP_BN, THRESHOLDS as T } from '../metrics/signals.ts';

// Words for the signal and episode tables, in both languages. Numbers in rule texts come from
// the thresholds in code, so the methodology and the rules never disagree.

const bn = (x: number, l: Locale) => (l === 'zh' ? `${x * 10} 亿美元` : `$${x}bn`);
const pc = (x: number) => `${Math.round(x * 100)}%`;

export const PILLAR_NAMES: Record<Locale, Record<string, string>> = {
  zh: { funding: '融资利率', facility: '工具使用', buffers: '缓冲', fiscal: '财政抽水', risk: '风险资产', overall: '总体' },
  en: { funding: 'Funding rates', facility: 'Facility use', buffers: 'Buffers', fiscal: 'Fiscal drain', risk: 'Risk assets', overall: 'Overall' },
};

export function ruleText(rule: string, l: Locale): string {
  const zh = l === 'zh';
  const texts: Record<string, string> = {
    'funding.sofrAboveTop': zh ? 'SOFR 高于联邦基金目标区间上限' : 'SOFR above the top of the fed funds target range',
    'funding.sofrAboveIorb': zh ? 'SOFR 高于准备金余额利率（IORB）' : 'SOFR above the interest rate on reserve balances (IORB)',
    'funding.p99AboveTop': zh ? 'SOFR 第 99 百分位高于区间上限' : "SOFR's 99th percentile above the top of the range",
    'funding.calm': zh ? 'SOFR 在 IORB 及区间上限之下' : 'SOFR at or below IORB and the top of the range',
    'facility.large': zh ? `回购操作使用量不低于 ${bn(T.srfLargeBn, l)}` : `Repo operation take-up of ${bn(T.srfLargeBn, l)} or more`,
    'facility.record': zh ? '回购操作使用量创历史纪录' : 'Repo operation take-up at a record',
    'facility.any': zh ? `回购操作使用量超过 ${bn(T.srfAnyBn, l)}` : `Repo operation take-up above ${bn(T.srfAnyBn, l)}`,
    'facility.calm': zh ? '回购操作基本无人使用' : 'Repo operations essentially unused',
    'buffers.rrpNearZero': zh ? `隔夜逆回购余额低于 ${bn(NEAR_ZERO_RRP_BN, l)}（接近零），且银行准备金三个月内下降` : `ON RRP below ${bn(NEAR_ZERO_RRP_BN, l)} (near zero) while reserves fell over three months`,
    'buffers.rrpLow': zh ? `隔夜逆回购余额低于 ${bn(T.rrpLowBn, l)}` : `ON RRP below ${bn(T.rrpLowBn, l)}`,
    'buffers.calm': zh ? `隔夜逆回购余额不低于 ${bn(T.rrpLowBn, l)}` : `ON RRP at ${bn(T.rrpLowBn, l)} or more`,
    'fiscal.drainLarge': zh ? `TGA 三个月增幅超过期初准备金与逆回购之和的 ${pc(T.drainRed)}` : `TGA up more than ${pc(T.drainRed)} of reserves + ON RRP over three months`,
    'fiscal.drain': zh ? `TGA 三个月增幅超过期初准备金与逆回购之和的 ${pc(T.drainAmber)}` : `TGA up more than ${pc(T.drainAmber)} of reserves + ON RRP over three months`,
    'fiscal.calm': zh ? `TGA 三个月增幅不超过准备金与逆回购之和的 ${pc(T.drainAmber)}` : `TGA up no more than ${pc(T.drainAmber)} of reserves + ON RRP over three months`,
    'risk.nasdaqDeep': zh ? `纳斯达克较 52 周高点回撤 ${-T.equityRedPct}% 以上` : `Nasdaq ${-T.equityRedPct}% or more below its 52-week high`,
    'risk.sp500Deep': zh ? `标普 500 较 52 周高点回撤 ${-T.equityRedPct}% 以上` : `S&P 500 ${-T.equityRedPct}% or more below its 52-week high`,
    'risk.btcDeep': zh ? `比特币较 52 周高点回撤 ${-T.btcRedPct}% 以上` : `Bitcoin ${-T.btcRedPct}% or more below its 52-week high`,
    'risk.nasdaq': zh ? `纳斯达克较 52 周高点回撤 ${-T.equityAmberPct}% 以上` : `Nasdaq ${-T.equityAmberPct}% or more below its 52-week high`,
    'risk.sp500': zh ? `标普 500 较 52 周高点回撤 ${-T.equityAmberPct}% 以上` : `S&P 500 ${-T.equityAmberPct}% or more below its 52-week high`,
    'risk.btc': zh ? `比特币较 52 周高点回撤 ${-T.btcAmberPct}% 以上` : `Bitcoin ${-T.btcAmberPct}% or more below its 52-week high`,
    'risk.calm': zh ? '有最新数据的股指与比特币回撤均未超过黄色阈值' : 'No index or Bitcoin with current data is below its amber drawdown threshold',
    'overall.stress': zh ? '两个及以上支柱为红色' : 'Two or more pillars red',
    'overall.tight': zh ? '一个支柱为红色，或两个及以上为黄色' : 'One pillar red, or two or more amber',
    'overall.calm': zh ? '其余情况' : 'Otherwise',
  };
  if (rule.endsWith('.noData')) return zh ? '本快照中没有该支柱所需的数据' : 'No data for this pillar in this snapshot';
  if (rule.endsWith('.stale')) return zh ? '所需数据已过期，暂不判定' : 'Its data are stale, so no reading';
  return texts[rule] ?? rule;
}

export const EPISODE_NAMES: Record<Locale, Record<string, string>> = {
  zh: { repo2019: '2019 年 9 月回购风波', covid2020: '2020 年 3 月疫情冲击', banks2023: '2023 年 3 月地区银行危机', squeeze2025: '2025 年 10 月底挤压', now: '本期' },
  en: { repo2019: 'Sept 2019 repo spike', covid2020: 'March 2020 dash for cash', banks2023: 'March 2023 bank stress', squeeze2025: 'Late Oct 2025 squeeze', now: 'This edition' },
};

export const TABLE_WORDS = {
  zh: { pillar: '支柱', state: '状态', rule: '触发的规则', ruleDef: '规则', level: '级别', metric: '指标', noData: '无数据' },
  en: { pillar: 'Pillar', state: 'State', rule: 'Rule that fired', ruleDef: 'Rule', level: 'Level', metric: 'Metric', noData: 'no data' },
} as const;

/** Accessible names of the scrollable regions that hold the report's tables. */
export const TABLE_NAMES = {
  zh: { signals: '各支柱状态表', episodes: '历次资金紧张对比表', rules: '信号规则表' },
  en: { signals: 'Pillar states', episodes: 'Past squeezes compared', rules: 'Signal rules' },
} as const;
