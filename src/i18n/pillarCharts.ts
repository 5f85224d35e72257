// The words of an edition's pillar charts (charts/pillarDrawing.ts): each title asks the one
// question its chart answers; descriptions give the figures a screen reader needs.
import type { Locale } from '../core/locale.ts';

export interface PillarChartWords {
  readonly buffersTitle: string;
  readonly buffersY: string;
  readonly reserves: string;
  readonly rrp: string;
  readonly lowLine: (rank: number) => string;
  readonly buffersDesc: (from: string, to: string, reserves: string, rrp: string, low: string, rank: number) => string;
  readonly tgaTitle: string;
  readonly tgaY: string;
  readonly tga: string;
  readonly tgaDesc: (from: string, to: string, last: string, low: string, high: string) => string;
  readonly bandTitle: string;
  readonly bandY: string;
  readonly bandOuter: string;
  readonly bandInner: string;
  readonly range: string;
  readonly rangeEnd: (date: string) => string;
  readonly bandDesc: (from: string, to: string, p99: string, p1: string, rangeTop: string | null) => string;
  readonly facilityTitle: string;
  /** Before the SRF (catalog/events.ts SRF_START) the same series holds the temporary repo operations. */
  readonly omoTitle: string;
  readonly omo: string;
  readonly facilityY: string;
  readonly facility: string;
  readonly facilityDesc: (days: number, from: string, to: string, max: string, maxDate: string) => string;
  readonly asOf: (date: string) => string;
}

const WORDS: Readonly<Record<Locale, PillarChartWords>> = {
  zh: {
    buffersTitle: '缓冲还剩多少？近五年银行准备金与隔夜逆回购（ON RRP）',
    buffersY: '十亿美元',
    reserves: '准备金（周三）',
    rrp: '隔夜逆回购（同日）',
    lowLine: (rank) => `准备金近五年读数中最低 ${rank}% 线（缓冲规则所用）`,
    buffersDesc: (from, to, reserves, rrp, low, rank) =>
      `${from} 至 ${to}每周三的银行准备金与当日隔夜逆回购余额。最新一期（${to}）准备金 ${reserves}，逆回购 ${rrp}；虚线 ${low}为准备金落入近五年读数中最低 ${rank}% 的水平，即缓冲规则判断“偏薄”所用的界线。`,
    tgaTitle: '财政部在抽走还是释放现金？近一年 TGA 日终余额',
    tgaY: '十亿美元',
    tga: 'TGA 日终余额',
    tgaDesc: (from, to, last, low, high) => `${from} 至 ${to}的 TGA 日终余额，最新 ${last}，期间最低 ${low}，最高 ${high}。余额上升意味着现金从银行体系流入财政部账户。`,
    bandTitle: '回购利率的分布是否顶破政策区间？SOFR 百分位带',
    bandY: '利率（%）',
    bandOuter: '第 1–99 百分位',
    bandInner: '第 25–75 百分位',
    range: '目标区间上下限',
    rangeEnd: (date) => `区间数据止于 ${date}`,
    bandDesc: (from, to, p99, p1, rangeTop) =>
      `${from} 至 ${to}隔夜回购成交利率的分布：浅色带为第 1 至第 99 百分位，深色带为第 25 至第 75 百分位，灰线为联邦基金目标区间上下限。最新第 99 百分位 ${p99}，第 1 百分位 ${p1}${rangeTop ? `，区间上限 ${rangeTop}` : ''}。`,
    facilityTitle: '银行动用了多少常备回购便利（SRF）？',
    omoTitle: '交易商从美联储临时回购操作中借了多少？',
    omo: '临时回购操作每日成交额',
    facilityY: '十亿美元',
    facility: 'SRF 每日使用额',
    facilityDesc: (days, from, to, max, maxDate) => `${from} 至 ${to}期间，有 ${days} 天有成交，单日最多 ${max}（${maxDate}）。`,
    asOf: (date) => `数据截至 ${date}`,
  },
  en: {
    buffersTitle: 'How much cushion is left? Bank reserves and the ON RRP over five years',
    buffersY: '$bn',
    reserves: 'Reserves (Wednesdays)',
    rrp: 'ON RRP (same day)',
    lowLine: (rank) => `Lowest ${rank}% of reserves' weekly readings over five years (the buffers rule's line)`,
    buffersDesc: (from, to, reserves, rrp, low, rank) =>
      `Bank reserves each Wednesday from ${from} to ${to}, with the ON RRP balance on the same day. On ${to}, the latest Wednesday, reserves were ${reserves} and ON RRP ${rrp}; the dashed line at ${low} is where reserves enter the lowest ${rank}% of their weekly readings over five years, the line the buffers rule reads as thin.`,
    tgaTitle: 'Is the Treasury draining cash or paying it out? The TGA over one year',
    tgaY: '$bn',
    tga: 'TGA closing balance',
    tgaDesc: (from, to, last, low, high) => `The TGA's closing balance from ${from} to ${to}: latest ${last}, low ${low}, high ${high}. A rising balance moves cash out of the banking system into the Treasury's account.`,
    bandTitle: 'Is the spread of repo rates pushing through the policy range? SOFR percentiles',
    bandY: 'Rate (%)',
    bandOuter: '1st–99th percentile',
    bandInner: '25th–75th percentile',
    range: 'Target range, bottom and top',
    rangeEnd: (date) => `range data end ${date}`,
    bandDesc: (from, to, p99, p1, rangeTop) =>
      `The distribution of overnight repo rates from ${from} to ${to}: the light band spans the 1st to 99th percentile, the dark band the 25th to 75th; grey lines are the bottom and top of the fed funds target range. Latest 99th percentile ${p99}, 1st ${p1}${rangeTop ? `, top of the range ${rangeTop}` : ''}.`,
    facilityTitle: 'How much did banks draw on the Standing Repo Facility?',
    omoTitle: "How much did dealers take at the Fed's temporary repo operations?",
    omo: 'Temporary repo operations per day',
    facilityY: '$bn',
    facility: 'SRF take-up per day',
    facilityDesc: (days, from, to, max, maxDate) => `Take-up on ${days} days from ${from} to ${to}; the largest day was ${max} (${maxDate}).`,
    asOf: (date) => `Data as of ${date}`,
  },
};

export const pillarChartWords = (locale: Locale): PillarChartWords => WORDS[locale];
