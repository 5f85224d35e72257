// What of a rendered page crosses to the search thread, cut on its UTF-8 bytes on the main
// thread: an edition is ~100 KB, of which the index reads its summary and the sections after
// its detail (~15 KB, shards.ts forIndex). Sending whole pages cost the main thread a copy and a
// hand-over of every byte, and the search thread a decode of every byte (~2.6 s of its CPU in a
// full build). Byte searches (Buffer indexOf) are native, so the cut costs far less than either.
// forIndex stays the definition of what the index reads: the worker still runs it on the cut page
// (a no-op there for an edition), and the tests hold the two to the same article.
// Pure: the result is always a new array with a buffer of its own, so it can be transferred.
import { EDITION_DETAIL } from './attrs.ts';

/** Pagefind's body marker (attrs.ts searchAttrs): a page without it is not indexed at all. */
const BODY_MARKER = 'data-pagefind-body';
const EDITION_OPEN = '<article class="report"';
const DETAIL_OPEN = `<div class="${EDITION_DETAIL}"`;
const CLOSE_DIV = new TextEncoder().encode('</div>');
const CLOSE_PAGE = new TextEncoder().encode('</body></html>');

const view = (page: Uint8Array) => Buffer.from(page.buffer, page.byteOffset, page.byteLength);

/** The parts joined into a new array with its own buffer (Buffer.concat may use Node's shared pool). */
function joined(parts: readonly Uint8Array[]): Uint8Array<ArrayBuffer> {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.byteLength, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.byteLength;
  }
  return out;
}

/** Elements the index never reads, cut from what is sent as forIndex cuts them: charts become empty, tables go. */
const DROPPED = [
  { open: '<svg', close: '</svg>', keep: new TextEncoder().encode('<svg></svg>') },
  { open: '<table', close: '</table>', keep: new Uint8Array(0) },
];

/** The bytes [from, to) of `b` as parts, without the DROPPED elements in them. */
function kept(b: Buffer, from: number, to: number): Uint8Array[] {
  const parts: Uint8Array[] = [];
  // Where each dropped element next opens (searched again only once passed).
  const next = DROPPED.map((d) => ({ ...d, start: b.indexOf(d.open, from) }));
  let at = from;
  for (;;) {
    let first: (typeof next)[number] | undefined;
    for (const d of next) {
      if (d.start >= 0 && d.start < at) d.start = b.indexOf(d.open, at);
      if (d.start >= 0 && d.start < to && (!first || d.start < first.start)) first = d;
    }
    if (!first) break;
    const close = b.indexOf(first.close, first.start);
    if (close < 0 || close + first.close.length > to) break;
    parts.push(b.subarray(at, first.start), first.keep);
    at = close + first.close.length;
  }
  parts.push(b.subarray(at, to));
  return parts;
}

/** Index just past the `</div>` that closes the div whose content starts at `from`; -1 if none. */
function closingDiv(b: Buffer, from: number): number {
  let depth = 1;
  let at = from;
  for (;;) {
    const close = b.indexOf('</div>', at);
    if (close < 0) return -1;
    const open = b.indexOf('<div', at);
    if (open >= 0 && open < close) {
      depth++;
      at = open + 4;
      continue;
    }
    if (--depth === 0) return close + 6;
    at = close + 6;
  }
}

/**
 * The part of a rendered page the search index needs, as bytes: null for a page without the
 * body marker (not indexed); for an edition, its head and body tag, then its article with the
 * detail div emptied, without tables and with empty charts (as forIndex cuts them); any other
 * page whole. forIndex makes of the cut page what it makes of the whole one, so the index is the
 * same byte for byte. Always a copy with a buffer of its own, which the caller may transfer.
 */
export function indexedPart(page: Uint8Array): Uint8Array<ArrayBuffer> | null {
  const b = view(page);
  const marker = b.indexOf(BODY_MARKER);
  if (marker < 0) return null;
  const article = b.lastIndexOf(EDITION_OPEN, marker);
  // The marker must sit in the edition's own opening tag, not in a later element.
  if (article < 0 || b.indexOf('>', article) < marker) return joined([page]);
  const bodyOpen = b.indexOf('<body');
  const bodyEnd = bodyOpen < 0 ? -1 : b.indexOf('>', bodyOpen) + 1;
  const articleEnd = b.lastIndexOf('</article>');
  const detail = b.indexOf(DETAIL_OPEN, marker);
  if (bodyEnd <= 0 || bodyEnd > article || articleEnd < marker || detail < 0 || detail > articleEnd) return joined([page]);
  const detailStart = b.indexOf('>', detail) + 1;
  const detailEnd = closingDiv(b, detailStart);
  if (detailEnd < 0 || detailEnd > articleEnd) return joined([page]);
  return joined([
    ...kept(b, 0, bodyEnd),
    ...kept(b, article, detailStart),
    CLOSE_DIV,
    ...kept(b, detailEnd, articleEnd + '</article>'.length),
    CLOSE_PAGE,
  ]);
}
