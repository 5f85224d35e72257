import { describe, expect, it } from 'vitest';
import { FORMATS, formatBp, formatDate, formatFigure, formatPct, formatUsdBn, formatUsdBnExact } from '../../src/report/format.ts';
import { EVENT_METRICS, UNSIGNED_METRICS } from '../../src/metrics/registry.ts';
import { figureSource } from '../../src/site/edition.ts';

describe('locale formatting', () => {
  it('formats rates and spreads', () => {
    expect(formatPct(4.22, 'zh')).toBe('4.22%');
    expect(formatPct(4, 'en')).toBe('4.00%');
    expect(formatBp(22, 'en')).toBe('+22 bp');
    expect(formatBp(-13, 'zh')).toBe('−13 个基点'); // a true minus sign, as in every other figure
    expect(formatBp(0, 'en')).toBe('0 bp');
  });
  it('counts dollars in 亿 and 万亿 for Chinese, bn and tn for English', () => {
    expect(formatUsdBn(51.802, 'zh')).toBe('518 亿美元');
    expect(formatUsdBn(0.46, 'zh')).toBe('4.6 亿美元');
    expect(formatUsdBn(926.328, 'zh')).toBe('9,263 亿美元');
    expect(formatUsdBn(1000.632, 'zh')).toBe('1.00 万亿美元');
    expect(formatUsdBn(51.802, 'en')).toBe('$51.8bn');
    expect(formatUsdBn(0.46, 'en')).toBe('$0.46bn');
    expect(formatUsdBn(2848.021, 'en')).toBe('$2.85tn');
  });
  it('never prints a balance as $0.00bn: nothing is $0, a sliver is in millions', () => {
    expect(formatUsdBn(0, 'en')).toBe('$0');
    expect(formatUsdBn(0, 'zh')).toBe('0 美元');
    expect(formatUsdBn(0.001, 'en')).toBe('$1mn');
    expect(formatUsdBn(0.001, 'zh')).toBe('100 万美元');
    expect(formatUsdBn(0.1, 'en')).toBe('$0.10bn');
  });
  it('quotes repo operation amounts to the $10mn, small ones in millions', () => {
    expect(formatUsdBnExact(50.35, 'en')).toBe('$50.35bn');
    expect(formatUsdBnExact(50.35, 'zh')).toBe('503.5 亿美元');
    expect(formatUsdBnExact(276.5, 'zh')).toBe('2,765 亿美元');
    expect(formatUsdBnExact(0.004, 'en')).toBe('$4mn');
    expect(formatUsdBnExact(0.004, 'zh')).toBe('400 万美元');
    expect(formatUsdBnExact(0, 'en')).toBe('$0');
    expect(formatUsdBnExact(0, 'zh')).toBe('0 美元');
    const srf = { value: 20.95, kind: 'usd_bn', date: '2025-10-31', series: ['SRF_MBS'], stale: false } as const;
    expect(formatFigure(srf, 'en')).toBe('$20.95bn'); // tables quote operations as the text does
    expect(formatFigure({ ...srf, series: ['RRPONTSYD'] }, 'en')).toBe('$21.0bn');
  });
  it('keeps small shares readable', () => {
    const share = (value: number) => FORMATS.share!.apply({ value, kind: 'share', date: '2026-08-27', series: [], stale: false }, 'en');
    expect(share(0.00018)).toBe('0.02%');
    expect(share(0.166)).toBe('16.6%');
    expect(share(-0.025)).toBe('−2.5%');
    // Not "100.0%" for nearly all of it, nor "0.0%" for a sliver.
    expect(share(0.9997)).toBe('99.97%');
    expect(share(0.999996)).toBe('99.9996%');
    expect(share(1)).toBe('100.0%');
    expect(share(0)).toBe('0.00%');
  });
  it('writes dates the way each locale does', () => {
    expect(formatDate('2025-10-31', 'zh')).toBe('2025年10月31日');
    expect(formatDate('2025-10-31', 'en')).toBe('Oct 31, 2025');
  });
  it('writes every date from 2010 to 2035 exactly as Intl does for zh-CN and en-US', () => {
    const intl = {
      zh: new Intl.DateTimeFormat('zh-CN', { year: 'numeric', month: 'long', day: 'numeric', timeZone: 'UTC' }),
      en: new Intl.DateTimeFormat('en-US', { year: 'numeric', month: 'short', day: 'numeric', timeZone: 'UTC' }),
    };
    const differ: string[] = [];
    for (let t = Date.UTC(2010, 0, 1); t <= Date.UTC(2035, 11, 31); t += 86_400_000) {
      const iso = new Date(t).toISOString().slice(0, 10);
      for (const locale of ['zh', 'en'] as const) {
        if (formatDate(iso, locale) !== intl[locale].format(t)) differ.push(`${locale} ${iso}`);
      }
    }
    expect(differ).toEqual([]);
  });
});

describe('figures by what they measure (reader pass 4: "largest daily fall … +57 bp", a row with no source)', () => {
  const fall = { value: 57, kind: 'bp' as const, date: '2023-03-13', series: ['DGS2'], stale: false };

  it('prints a size without a sign, and a spread with one', () => {
    expect(formatFigure(fall, 'en', true)).toBe('57 bp');
    expect(formatFigure(fall, 'zh', true)).toBe('57 个基点');
    expect(formatFigure(fall, 'en')).toBe('+57 bp');
    expect(UNSIGNED_METRICS.has('dgs2.bigMove') && UNSIGNED_METRICS.has('dgs2.usualMove')).toBe(true);
    expect(UNSIGNED_METRICS.has('sofrTop.latest')).toBe(false);
  });

  it('sources a count of days since a Fed action to the Fed\'s announcements, and a series figure to its publisher', () => {
    const days = { value: 2, kind: 'count' as const, date: '2023-03-12', series: [], stale: false };
    expect(figureSource('emergency.sinceRed', days, 'en')).toBe('Federal Reserve announcements');
    expect(figureSource('emergency.sinceAny', days, 'zh')).toBe('美联储公告');
    expect(figureSource('dgs2.bigMove', fall, 'en')).toBe('Board of Governors of the Federal Reserve System');
    expect([...EVENT_METRICS].sort()).toEqual(['emergency.sinceAny', 'emergency.sinceRed']);
  });
});
