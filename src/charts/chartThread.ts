// The worker side of ChartDrawer (chartDrawer.ts): draws the charts it is sent, in order.
import { parentPort } from 'node:worker_threads';
import { drawLayer, type LayerJob } from './episodes.ts';
import { drawRates, unpackRatesJob, type PackedRatesJob } from './ratesDrawing.ts';

export type ChartRequest =
  | { readonly id: number; readonly kind: 'rates'; readonly job: PackedRatesJob }
  | { readonly id: number; readonly kind: 'layer'; readonly job: LayerJob };

if (!parentPort) throw new Error('chartThread.ts runs as a worker thread of ChartDrawer (src/charts/chartDrawer.ts), not on its own');
const port = parentPort;
port.on('message', (request: ChartRequest) => {
  try {
    const drawing = request.kind === 'rates' ? drawRates(unpackRatesJob(request.job)) : drawLayer(request.job);
    port.postMessage({ id: request.id, drawing });
  } catch (e) {
    port.postMessage({ id: request.id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
