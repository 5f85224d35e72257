import { describe, expect, it } from 'vitest';
import { rateRangePlot } from '../../src/charts/rateRange.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { timeTickFormat } from '../../src/charts/theme.ts';
import { historyPlot } from '../../src/charts/history.ts';
import type { History } from '../../src/metrics/indicator.ts';
import { amountAxis } from '../../src/site/indicator.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const label = (locale: 'zh' | 'en', ticks: Date[]) => ticks.map((t, i) => timeTickFormat(locale)(t, i, ticks));

describe('time axis labels follow the page language', () => {
  it('names months, with the year under the first tick and each new year', () => {
    const ticks = ['2025-11-01', '2025-12-01', '2026-01-01', '2026-02-01'].map(d);
    expect(label('zh', ticks)).toEqual(['11月\n2025年', '12月', '1月\n2026年', '2月']);
    expect(label('en', ticks)).toEqual(['Nov\n2025', 'Dec', 'Jan\n2026', 'Feb']);
  });

  it('shows bare years for yearly ticks and days with their month for daily ones', () => {
    expect(label('zh', ['2022-01-01', '2023-01-01'].map(d))).toEqual(['2022', '2023']);
    expect(label('zh', ['2025-10-27', '2025-11-03', '2025-11-10'].map(d))).toEqual(['27日\n10月', '3日\n11月', '10日']);
    expect(label('en', ['2025-10-27', '2025-11-03'].map(d))).toEqual(['27\nOct', '3\nNov']);
  });

  it('reaches the rendered chart: a zh chart has no English month names', () => {
    const rows = Array.from({ length: 60 }, (_, i) => ({ date: new Date(Date.UTC(2025, 2, 3) + i * 3 * 86_400_000), sofr: 4.3, lower: 4, upper: 4.25, iorb: 4.15 }));
    const labels = { y: 'y', sofr: 'SOFR', range: 'r', iorb: 'i', ariaLabel: 'L', ariaDescription: 'D' };
    const zh = renderPlot(rateRangePlot(rows, labels), 'zh');
    expect(zh).toContain('>4月<');
    expect(zh).not.toMatch(/>(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)</);
    expect(renderPlot(rateRangePlot(rows, labels), 'en')).toContain('>Apr<');
  });
});

describe('money axes follow the page language', () => {
  const words = { usd_bn: '亿美元', usd_tn: '万亿美元', pct: '%' };
  const history = (values: number[], kind: History['kind'] = 'usd_bn'): History =>
    ({ mode: 'level', kind, rows: values.map((value, i) => ({ date: `2025-01-${String(i + 1).padStart(2, '0')}`, value })) });

  it('counts a Chinese $bn axis in 亿, or in 万亿 once the series reaches $1trn', () => {
    expect(amountAxis(history([5, 74.6]), 'zh', words)).toEqual({ y: '亿美元', tickScale: 10 });
    expect(amountAxis(history([2800, 3100]), 'zh', words)).toEqual({ y: '万亿美元', tickScale: 0.001 });
    expect(amountAxis(history([2800]), 'en', { usd_bn: '$bn' })).toEqual({ y: '$bn', tickScale: 1 });
    expect(amountAxis(history([4.2], 'pct'), 'zh', words)).toEqual({ y: '%', tickScale: 1 });
  });

  it('writes the scaled ticks into the rendered chart', () => {
    const h = history([2000, 2500, 3000]);
    const svg = renderPlot(historyPlot(h, { ...amountAxis(h, 'zh', words), ariaLabel: 'L', ariaDescription: 'D' }), 'zh');
    expect(svg).toContain('>2.4<');
    expect(svg).toContain('万亿美元');
    expect(svg).not.toContain('>2,400<');
  });
});
