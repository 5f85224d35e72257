// Qualitative phrases of the report templates, per language, each with the claims that may back
// it: the template check refuses one that is not inside `:::when{claim="…"}` naming one of them.
// A maintainer who writes a new judgement adds its phrase here and a claim in guards.ts.
import type { Locale } from '../core/locale.ts';
import type { ClaimName } from './guards.ts';

export interface QualitativePhrase { readonly phrase: string; readonly claims: readonly ClaimName[] }

export const QUALITATIVE: Readonly<Record<Locale, readonly QualitativePhrase[]>> = {
  en: [
    { phrase: 'backstop sits idle', claims: ['backstopIdle'] },
    { phrase: 'spending its cash back', claims: ['tgaFalling3m'] },
    { phrase: 'at a pace that matters', claims: ['reservesSteady'] },
    { phrase: 'intends to tolerate', claims: ['p99FarAboveTop'] },
    { phrase: 'small enough to be day-to-day noise', claims: ['sofrTopNoise'] },
    { phrase: 'left their usual place', claims: ['ratesAboveRange'] },
  ],
  zh: [
    { phrase: '后备工具也处于闲置', claims: ['backstopIdle'] },
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
