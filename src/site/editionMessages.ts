// The edition thread's protocol, both directions, in one typed module: what EditionThread
// (editionThread.ts) asks the worker (editionWorker.ts) and what the worker answers. Messages
// cross a structured clone, so each side checks what it receives with the guards below.
import type { Locale } from '../core/locale.ts';
import type { Edition } from './edition.ts';

/** Main thread -> edition thread: compose one edition; `id` pairs the reply with the request. */
export interface EditionRequest {
  readonly id: number;
  readonly locale: Locale;
  readonly asOf: string;
}

/** Edition thread -> main thread: the edition, or why it failed (its message, then its stack). */
export type EditionReply =
  | { readonly id: number; readonly edition: Edition }
  | { readonly id: number; readonly error: { readonly message: string; readonly stack: string } };

const isRecord = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function isEditionRequest(x: unknown): x is EditionRequest {
  return isRecord(x) && typeof x.id === 'number' && (x.locale === 'zh' || x.locale === 'en') &&
    typeof x.asOf === 'string' && ISO_DATE.test(x.asOf);
}

function isEdition(x: unknown): x is Edition {
  return isRecord(x) && (x.locale === 'zh' || x.locale === 'en') && typeof x.asOf === 'string' &&
    typeof x.html === 'string' && Array.isArray(x.figures) && isRecord(x.stale) &&
    (x.regime === null || typeof x.regime === 'number');
}

export function isEditionReply(x: unknown): x is EditionReply {
  if (!isRecord(x) || typeof x.id !== 'number') return false;
  if ('edition' in x) return isEdition(x.edition);
  return isRecord(x.error) && typeof x.error.message === 'string' && typeof x.error.stack === 'string';
}

export const isEditionError = (r: EditionReply): r is Extract<EditionReply, { error: unknown }> => 'error' in r;
