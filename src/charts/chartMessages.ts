// The chart thread's protocol, both directions, in one typed module: what ChartDrawer
// (chartDrawer.ts) sends to the thread (chartThread.ts) and what the thread answers. Messages
// cross a structured clone, so each side checks what it receives with the guards below.
import type { LayerJob } from './episodes.ts';
import type { PackedRatesJob, RatesDrawing } from './ratesDrawing.ts';

/** Main thread -> chart thread: draw one chart; `id` pairs the reply with the request. */
export type ChartRequest =
  | { readonly id: number; readonly kind: 'rates'; readonly job: PackedRatesJob }
  | { readonly id: number; readonly kind: 'layer'; readonly job: LayerJob };

/** Chart thread -> main thread: the drawing (RatesDrawing for 'rates', SVG text for 'layer'), or the error's stack. */
export type ChartReply =
  | { readonly id: number; readonly drawing: RatesDrawing | string }
  | { readonly id: number; readonly error: string };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;

export function isChartRequest(x: unknown): x is ChartRequest {
  return isRecord(x) && typeof x.id === 'number' && (x.kind === 'rates' || x.kind === 'layer') && isRecord(x.job);
}

export function isChartReply(x: unknown): x is ChartReply {
  return isRecord(x) && typeof x.id === 'number' &&
    (typeof x.error === 'string' || ('drawing' in x && (typeof x.drawing === 'string' || isRecord(x.drawing))));
}

export const isChartError = (r: ChartReply): r is Extract<ChartReply, { error: string }> => 'error' in r;
