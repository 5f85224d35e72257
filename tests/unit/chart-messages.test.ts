// The chart thread's protocol (src/charts/chartMessages.ts): each side accepts only its messages.
import { describe, expect, it } from 'vitest';
import { isChartError, isChartReply, isChartRequest, type ChartReply } from '../../src/charts/chartMessages.ts';

describe('chart thread messages', () => {
  it('accepts the two requests and nothing else', () => {
    expect(isChartRequest({ id: 0, kind: 'rates', job: { dates: [] } })).toBe(true);
    expect(isChartRequest({ id: 3, kind: 'layer', job: { id: 'now' } })).toBe(true);
    expect(isChartRequest({ id: 0, kind: 'history', job: {} })).toBe(false);
    expect(isChartRequest({ id: '0', kind: 'rates', job: {} })).toBe(false);
    expect(isChartRequest({ id: 0, kind: 'layer' })).toBe(false);
    expect(isChartRequest(null)).toBe(false);
  });

  it('tells a drawing from an error, and rejects other replies', () => {
    const svg: ChartReply = { id: 1, drawing: '<svg></svg>' };
    const failed: ChartReply = { id: 2, error: 'Error: no rows' };
    expect(isChartReply(svg) && !isChartError(svg)).toBe(true);
    expect(isChartReply({ id: 1, drawing: { svg: '<svg/>', ticks: [] } })).toBe(true);
    expect(isChartReply(failed) && isChartError(failed)).toBe(true);
    expect(isChartReply({ id: 1 })).toBe(false);
    expect(isChartReply({ drawing: '<svg/>' })).toBe(false);
    expect(isChartReply({ id: 1, error: 42 })).toBe(false);
  });
});
