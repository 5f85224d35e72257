import { describe, expect, it } from 'vitest';
import { FORMATS, formatBp, formatDate, formatPct, formatUsdBn } from '../../src/report/format.ts';

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
  it('keeps small shares readable', () => {
    const share = (value: number) => FORMATS.share!.apply({ value, kind: 'share', date: '2026-08-27', series: [], stale: false }, 'en');
    expect(share(0.00018)).toBe('0.02%');
    expect(share(0.166)).toBe('16.6%');
    expect(share(-0.025)).toBe('−2.5%');
  });
  it('writes dates the way each locale does', () => {
    expect(formatDate('2025-10-31', 'zh')).toBe('2025年10月31日');
    expect(formatDate('2025-10-31', 'en')).toBe('Oct 31, 2025');
  });
});
