// Qualitative phrases of the report templates, per language, each with the claims that may back
// it: the template check refuses one that is not inside `:::when{claim="…"}` naming one of them.
// A maintainer who writes a new judgement adds its phrase here and a claim in guards.ts.
import type { Locale } from '../core/locale.ts';
import type { ClaimName } from './guards.ts';

export interface QualitativePhrase { readonly phrase: string; readonly claims: readonly ClaimName[] }

export const QUALITATIVE: Readonly<Record<Locale, readonly QualitativePhrase[]>> = {
  en: [
    { phrase: 'next to no use', claims: ['srfIdle'] },
    { phrase: 'is not known', claims: ['srfMissing', 'srfStale'] },
    { phrase: 'drew next to nothing', claims: ['repoOpsIdle'] },
    { phrase: 'not lending in the repo market', claims: ['repoOpsMissing'] },
    { phrase: 'backstop is not idle', claims: ['fedLendingGrowing'] },
    { phrase: 'older loans running off', claims: ['fedLendingRunningOff'] },
    { phrase: 'is not out yet', claims: ['lendingBeforeAction'] },
    { phrase: 'already showed', claims: ['lendingJumped'] },
    { phrase: 'still lean on', claims: ['btfpInUse'] },
    { phrase: 'shows only in the weekly balance sheets to come', claims: ['btfpNotYetShown'] },
    { phrase: 'six times its usual daily move', claims: ['cashYieldFallRed'] },
    { phrase: 'four times its usual daily move', claims: ['cashYieldFallAmber'] },
    { phrase: 'over the 3-month Treasury bill', claims: ['cashCpWide'] },
    { phrase: 'broken out of its usual place', claims: ['ratesBrokeOut'] },
    { phrase: 'has not broken far above', claims: ['ratesNotBrokeOut', 'ratesNotBrokeOutBuffersThin', 'ratesNotBrokeOutBuffersGreen'] },
    { phrase: 'buffers running thin', claims: ['ratesNotBrokeOutBuffersThin'] },
    { phrase: 'clearly more', claims: ['sofrIorbWide'] },
    { phrase: 'an early sign', claims: ['sofrIorbEdging'] },
    { phrase: 'Risk assets under pressure', claims: ['equitiesSelloff'] },
    { phrase: 'Equities off their highs', claims: ['equitiesPullback'] },
    { phrase: 'confined to crypto', claims: ['cryptoOnlyDown'] },
    { phrase: 'banking system has cash to spare', claims: ['reservesAmpleByRate'] },
    { phrase: 'reserves to spare', claims: ['reservesAmpleByRate'] },
    { phrase: 'shows no shortage yet', claims: ['reservesAmpleByRate'] },
    { phrase: 'no longer show the slack', claims: ['sofrNearIorb'] },
    { phrase: 'a gap to watch', claims: ['sofrIorbAboveCalm'] },
    { phrase: 'spending its cash back', claims: ['tgaFalling3m'] },
    { phrase: 'at a pace that matters', claims: ['reservesSteady'] },
    { phrase: 'intends to tolerate', claims: ['p99FarAboveTop'] },
    { phrase: 'small enough to be day-to-day noise', claims: ['sofrTopNoise'] },
    { phrase: 'left their usual place', claims: ['ratesAboveRange'] },
    { phrase: 'more than the Fed means to allow', claims: ['sofrFarAboveTop', 'sofrSpike'] },
    { phrase: 'a spike, not a drift', claims: ['sofrSpike'] },
    { phrase: 'little spare to do it with', claims: ['reservesNotGrowing'] },
    { phrase: 'Fed funds broke out', claims: ['effrAboveRange'] },
    { phrase: 'cash money funds can still move into repo', claims: ['rrpAmple'] },
    { phrase: 'far less than at the peak', claims: ['rrpReduced'] },
    { phrase: 'the premium sat in centrally cleared bilateral repo', claims: ['sofrBgcrPremium'] },
    { phrase: 'more than the Treasury took out', claims: ['tgaRising3m'] },
    { phrase: 'cash build-up', claims: ['tgaRising3m'] },
    { phrase: 'not from the Treasury', claims: ['fedShrinkDrain3m'] },
    { phrase: 'SOFR below the floor', claims: ['sofrBelowFloor'] },
    { phrase: 'stopped shrinking its securities holdings', claims: ['fedAfterRunoffEnd'] },
    { phrase: 'growth comes from the New York Fed', claims: ['fedGrowthRepo'] },
    { phrase: 'The growth is the Fed\'s own doing', claims: ['fedGrowthRepoBills'] },
    { phrase: 'is buying Treasuries and mortgage-backed securities', claims: ['fedGrowthQe'] },
    { phrase: 'This balance sheet predates', claims: ['fedDataBeforeQe'] },
  ],
  zh: [
    { phrase: '几乎无人使用', claims: ['srfIdle'] },
    { phrase: '无从判断', claims: ['srfMissing', 'srfStale'] },
    { phrase: '几乎无人参与', claims: ['repoOpsIdle'] },
    { phrase: '也没有在回购市场放款', claims: ['repoOpsMissing'] },
    { phrase: '并未闲置', claims: ['fedLendingGrowing'] },
    { phrase: '早先发放的贷款陆续到期', claims: ['fedLendingRunningOff'] },
    { phrase: '尚未发布', claims: ['lendingBeforeAction'] },
    { phrase: '已经显示', claims: ['lendingJumped'] },
    { phrase: '仍在依赖', claims: ['btfpInUse'] },
    { phrase: '要等之后几期周度资产负债表才能看到', claims: ['btfpNotYetShown'] },
    { phrase: '常见单日波动的六倍', claims: ['cashYieldFallRed'] },
    { phrase: '常见单日波动的四倍', claims: ['cashYieldFallAmber'] },
    { phrase: '高出 3 个月期国库券', claims: ['cashCpWide'] },
    { phrase: '明显突破', claims: ['ratesBrokeOut'] },
    { phrase: '并未大幅突破', claims: ['ratesNotBrokeOut', 'ratesNotBrokeOutBuffersThin', 'ratesNotBrokeOutBuffersGreen'] },
    { phrase: '日渐变薄的缓冲', claims: ['ratesNotBrokeOutBuffersThin'] },
    { phrase: '明显高于准备金', claims: ['sofrIorbWide'] },
    { phrase: '早期信号', claims: ['sofrIorbEdging'] },
    { phrase: '风险资产承压', claims: ['equitiesSelloff'] },
    { phrase: '股市从高点回落', claims: ['equitiesPullback'] },
    { phrase: '局限于加密资产', claims: ['cryptoOnlyDown'] },
    { phrase: '不缺资金', claims: ['reservesAmpleByRate'] },
    { phrase: '仍有富余准备金', claims: ['reservesAmpleByRate'] },
    { phrase: '尚未显示短缺', claims: ['reservesAmpleByRate'] },
    { phrase: '不再显示', claims: ['sofrNearIorb'] },
    { phrase: '值得盯住的价差', claims: ['sofrIorbAboveCalm'] },
    { phrase: '把现金花回', claims: ['tgaFalling3m'] },
    { phrase: '值得关注的速度', claims: ['reservesSteady'] },
    { phrase: '打算容忍', claims: ['p99FarAboveTop'] },
    { phrase: '视为日常波动', claims: ['sofrTopNoise'] },
    { phrase: '离开惯常位置', claims: ['ratesAboveRange'] },
    { phrase: '超过了美联储愿意容忍', claims: ['sofrFarAboveTop', 'sofrSpike'] },
    { phrase: '这是一次急升', claims: ['sofrSpike'] },
    { phrase: '富余的准备金也不多了', claims: ['reservesNotGrowing'] },
    { phrase: '联邦基金利率也冲出了区间', claims: ['effrAboveRange'] },
    { phrase: '仍有大笔现金可以转投回购市场', claims: ['rrpAmple'] },
    { phrase: '远不及峰值时', claims: ['rrpReduced'] },
    { phrase: '溢价主要出现在双边清算回购', claims: ['sofrBgcrPremium'] },
    { phrase: '美联储投放的多于财政部回笼的', claims: ['tgaRising3m'] },
    { phrase: '财政部积累现金', claims: ['tgaRising3m'] },
    { phrase: '并非来自财政部', claims: ['fedShrinkDrain3m'] },
    { phrase: '跌破区间下限', claims: ['sofrBelowFloor'] },
    { phrase: '停止缩表', claims: ['fedAfterRunoffEnd'] },
    { phrase: '扩张来自纽约联储的回购操作', claims: ['fedGrowthRepo'] },
    { phrase: '扩张出自美联储主动操作', claims: ['fedGrowthRepoBills'] },
    { phrase: '正在购买国债和抵押贷款支持证券', claims: ['fedGrowthQe'] },
    { phrase: '这张资产负债表的日期早于', claims: ['fedDataBeforeQe'] },
  ],
};

/** Qualitative phrases in a text, any language (a template is one language; both lists are read). */
export function qualitativeIn(text: string): Array<QualitativePhrase & { readonly index: number }> {
  const found: Array<QualitativePhrase & { index: number }> = [];
  for (const list of Object.values(QUALITATIVE)) {
    for (const q of list) {
      const index = text.indexOf(q.phrase);
      if (index >= 0) found.push({ ...q, index });
    }
  }
  return found;
}
