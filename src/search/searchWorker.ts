// The worker side of SearchThread (searchThread.ts): hands each page it is sent to Pagefind
// through the SearchIndexer, and writes the bundles when told to finish.
import { parentPort, workerData } from 'node:worker_threads';
import { SearchIndexer } from './indexer.ts';
import { isSearchRequest, isSearchWorkerData, type SearchReply } from './searchMessages.ts';

if (!parentPort) throw new Error('searchWorker.ts runs as a worker thread of SearchThread (src/search/searchThread.ts), not on its own');
if (!isSearchWorkerData(workerData)) throw new Error(`searchWorker.ts: workerData is not SearchWorkerData (searchMessages.ts): ${JSON.stringify(workerData)?.slice(0, 200)}`);
const port = parentPort;
const indexer = new SearchIndexer(workerData.siteDir, workerData.years, workerData.base);
const utf8 = new TextDecoder();
const reply = (r: SearchReply) => port.postMessage(r);
const failed = (id: number, e: unknown) => reply({ id, error: e instanceof Error ? e.stack ?? e.message : String(e) });

port.on('message', (request: unknown) => {
  // Unanswerable (no id to answer): the thread fails, and SearchThread rejects what waits on it.
  if (!isSearchRequest(request)) throw new Error(`not a search request (searchMessages.ts): ${JSON.stringify(request)?.slice(0, 200)}`);
  const { id } = request;
  if (request.kind === 'add') {
    // Each add files its page before it first waits, so pages are filed in the order they were
    // rendered, as the indexer's bundles expect; the batch is answered once Pagefind has room.
    Promise.all(request.pages.map((page) => indexer.add(page.url, utf8.decode(page.bytes))))
      .then(() => reply({ id, added: true }), (e) => failed(id, e));
  } else {
    indexer.finish().then((result) => reply({ id, result }), (e) => failed(id, e));
  }
});
