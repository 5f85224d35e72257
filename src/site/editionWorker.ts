// The worker side of EditionThread (editionThread.ts): a Build of its own over the same snapshot
// and templates, composing the editions it is asked for, in order. Its charts are drawn here, on
// this thread (CHART_THREAD=0 for its Build): the main thread then only renders pages.
import { parentPort } from 'node:worker_threads';
import { openBuild } from './build.ts';
import { isEditionRequest, type EditionReply } from './editionMessages.ts';

if (!parentPort) throw new Error('editionWorker.ts runs as the worker thread of EditionThread (src/site/editionThread.ts), not on its own');
const port = parentPort;
const reply = (r: EditionReply) => port.postMessage(r);
// The environment is the build's own (SNAPSHOT_DIR, REPORTS_DIR, EDITIONS_FROM), so both Builds read one snapshot.
const build = openBuild({ ...process.env, CHART_THREAD: '0', EDITION_THREAD: '0' });
// One edition at a time, in the order asked: the main thread asks in page order.
let queue: Promise<void> = Promise.resolve();
port.on('message', (request: unknown) => {
  // Unanswerable (no id to answer): the thread fails, and EditionThread rejects every waiting edition.
  if (!isEditionRequest(request)) throw new Error(`not an edition request (editionMessages.ts): ${JSON.stringify(request)?.slice(0, 200)}`);
  queue = queue.then(async () => {
    try {
      const edition = await (await build).edition(request.locale, request.asOf);
      reply({ id: request.id, edition });
    } catch (e) {
      const error = e instanceof Error ? e : new Error(String(e));
      reply({ id: request.id, error: { message: error.message, stack: error.stack ?? error.message } });
    }
  });
});
