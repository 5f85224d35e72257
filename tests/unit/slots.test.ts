// Charts drawn once for both languages: the words go into slots after Plot has drawn the chart,
// escaped as linkedom would have written them, so a filled chart is the one Plot draws in that language.
import * as Plot from '@observablehq/plot';
import { describe, expect, it } from 'vitest';
import { renderPlot } from '../../src/charts/render.ts';
import { attrSlot, fillSlots, textSlot, timeTickSlots, timeTickWords } from '../../src/charts/slots.ts';

const rows = [
  { date: new Date('2025-09-01T00:00:00Z'), v: 1 },
  { date: new Date('2025-11-20T00:00:00Z'), v: 2 },
];
const chart = (label: string, name: string, tickFormat?: (d: Date, i: number, t: readonly Date[]) => string) => renderPlot({
  width: 400, height: 200, marginLeft: 40, ariaLabel: name,
  x: { type: 'utc', label: null, ...(tickFormat ? { tickFormat: tickFormat as unknown as (d: Date) => string } : {}) },
  y: { label },
  marks: [Plot.lineY(rows, { x: 'date', y: 'v' })],
}, 'en');

describe('chart slots', () => {
  it('fills a chart drawn with slots into the chart drawn with the words, in each language', () => {
    for (const locale of ['zh', 'en'] as const) {
      const ticks = timeTickSlots();
      const slotted = chart(textSlot('y'), attrSlot('name'), ticks.format);
      const label = locale === 'zh' ? '利率（%）' : 'Rate (%) & "spread" <bp>';
      const name = `A "quoted" & <named> chart\u00a0${locale}`;
      const filled = fillSlots(slotted, new Map([...timeTickWords(ticks.ticks(), locale), ['y', label], ['name', name]]));
      const direct = renderPlot({ width: 400, height: 200, marginLeft: 40, ariaLabel: name, x: { type: 'utc', label: null }, y: { label }, marks: [Plot.lineY(rows, { x: 'date', y: 'v' })] }, locale);
      expect(filled).toBe(direct);
    }
  });

  it('names the slot that has no words', () => {
    expect(() => fillSlots(`<text>${textSlot('e3')}</text>`, new Map())).toThrow(/no words for the slot "e3"/);
  });
});
