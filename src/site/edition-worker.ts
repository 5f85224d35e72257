// Worker thread of the edition pool (edition-pool.ts): builds editions from the committed
// snapshot with the same code as the main thread, one request at a time.
import { parentPort } from 'node:worker_threads';
import type { Locale } from '../catalog/series.ts';
import { buildEdition } from './edition.ts';

export interface EditionRequest {
  readonly id: number;
  readonly locale: Locale;
  readonly date: string | undefined;
}

parentPort?.on('message', ({ id, locale, date }: EditionRequest) => {
  buildEdition(locale, date).then(
    (edition) => parentPort?.postMessage({ id, edition }),
    // Errors cross the thread boundary as text; the message keeps the template's file:line:column.
    (err: Error) => parentPort?.postMessage({ id, error: { name: err.name, message: err.message, stack: err.stack } }),
  );
});
