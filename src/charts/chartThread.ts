// The worker side of ChartDrawer (chartDrawer.ts): draws the charts it is sent, in order.
import { parentPort } from 'node:worker_threads';
import { drawLayer } from './episodes.ts';
import { isChartRequest, type ChartReply } from './chartMessages.ts';
import { drawRates, unpackRatesJob } from './ratesDrawing.ts';

if (!parentPort) throw new Error('chartThread.ts runs as a worker thread of ChartDrawer (src/charts/chartDrawer.ts), not on its own');
const port = parentPort;
const reply = (r: ChartReply) => port.postMessage(r);
port.on('message', (request: unknown) => {
  // Unanswerable (no id to answer): the thread fails, and ChartDrawer rejects every waiting drawing.
  if (!isChartRequest(request)) throw new Error(`not a chart request (chartMessages.ts): ${JSON.stringify(request)?.slice(0, 200)}`);
  try {
    const drawing = request.kind === 'rates' ? drawRates(unpackRatesJob(request.job)) : drawLayer(request.job);
    reply({ id: request.id, drawing });
  } catch (e) {
    reply({ id: request.id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
