// The worker side of RatesDrawer (ratesDrawer.ts): draws the rates charts it is sent, in order.
import { parentPort } from 'node:worker_threads';
import { drawRates, type RatesJob } from './ratesDrawing.ts';

if (!parentPort) throw new Error('ratesThread.ts runs as a worker thread of RatesDrawer (src/charts/ratesDrawer.ts), not on its own');
const port = parentPort;
port.on('message', ({ id, job }: { id: number; job: RatesJob }) => {
  try {
    port.postMessage({ id, drawing: drawRates(job) });
  } catch (e) {
    port.postMessage({ id, error: e instanceof Error ? e.stack ?? e.message : String(e) });
  }
});
