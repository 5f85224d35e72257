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
    { phrase: 'backstop is not idle', claims: ['fedLendingLarge'] },
    { phrase: 'broken out of its usual place', claims: ['ratesBrokeOut'] },
    { phrase: 'has not broken far above', claims: ['ratesNotBrokeOut'] },
    { phrase: 'clearly more', claims: ['sofrIorbWide'] },
    { phrase: 'an early sign', claims: ['sofrIorbEdging'] },
    { phrase: 'Risk assets under pressure', claims: ['equitiesSelloff'] },
    { phrase: 'Equities off their highs', claims: ['equitiesPullback'] },
    { phrase: 'confined to crypto', claims: ['cryptoOnlyDown'] },
    { phrase: 'banking system has cash to spare', claims: ['reservesAmpleByRate'] },
    { phrase: 'shows no shortage yet', claims: ['reservesAmpleByRate'] },
    { phrase: 'no longer show the slack', claims: ['sofrNearIorb'] },
    { phrase: 'a gap to watch', claims: ['sofrIorbAboveCalm'] },
    { phrase: 'spending its cash back', claims: ['tgaFalling3m'] },
    { phrase: 'at a pace that matters', claims: ['reservesSteady'] },
    { phrase: 'intends to tolerate', claims: ['p99FarAboveTop'] },
    { phrase: 'small enough to be day-to-day noise', claims: ['sofrTopNoise'] },
    { phrase: 'left their usual place', claims: ['ratesAboveRange'] },
  ],
  zh: [
    { phrase: '几乎无人使用', claims: ['srfIdle'] },
    { phrase: '无从判断', claims: ['srfMissing', 'srfStale'] },
    { phrase: '几乎无人参与', claims: ['repoOpsIdle'] },
    { phrase: '也没有在回购市场放款', claims: ['repoOpsMissing'] },
    { phrase: '并未闲置', claims: ['fedLendingLarge'] },
    { phrase: '明显突破', claims: ['ratesBrokeOut'] },
    { phrase: '并未大幅突破', claims: ['ratesNotBrokeOut'] },
    { phrase: '明显高于准备金', claims: ['sofrIorbWide'] },
    { phrase: '早期信号', claims: ['sofrIorbEdging'] },
    { phrase: '风险资产承压', claims: ['equitiesSelloff'] },
    { phrase: '股市从高点回落', claims: ['equitiesPullback'] },
    { phrase: '局限于加密资产', claims: ['cryptoOnlyDown'] },
    { phrase: '不缺资金', claims: ['reservesAmpleByRate'] },
    { phrase: '尚未显示短缺', claims: ['reservesAmpleByRate'] },
    { phrase: '不再显示', claims: ['sofrNearIorb'] },
    { phrase: '值得盯住的价差', claims: ['sofrIorbAboveCalm'] },
    { phrase: '把现金花回', claims: ['tgaFalling3m'] },
    { phrase: '值得关注的速度', claims: ['reservesSteady'] },
    { phrase: '打算容忍', claims: ['p99FarAboveTop'] },
    { phrase: '视为日常波动', claims: ['sofrTopNoise'] },
    { phrase: '离开惯常位置', claims: ['ratesAboveRange'] },
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
