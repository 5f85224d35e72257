// Recorded response bodies, split into their array elements without changing a byte, so a
// replay can serve "the recorded body, minus the elements outside the window asked for".
// Used by the replaying fake sources, by scripts/replay-sources.ts and to cut fixtures.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

export interface SplitBody {
  /** Text before the first element (envelope opening). */
  readonly prefix: string;
  /** Each top-level element of the array, byte for byte. */
  readonly elements: readonly string[];
  /** The text between two elements as recorded (", " at the NY Fed, "," at FiscalData). */
  readonly separator: string;
  /** Text after the last element (envelope closing, FiscalData's meta and links). */
  readonly suffix: string;
}

/** Splits the JSON array that follows `"<key>":` into its elements, keeping every byte. */
export function splitArray(text: string, key: string): SplitBody {
  const at = text.indexOf(`"${key}":`);
  const open = at < 0 ? -1 : text.indexOf('[', at);
  if (open < 0) throw new Error(`recorded body has no "${key}" array`);
  const spans: [number, number][] = [];
  let depth = 0;
  let inString = false;
  let start = -1;
  let i = open + 1;
  for (; i < text.length; i++) {
    const c = text[i];
    if (inString) {
      if (c === '\\') i++;
      else if (c === '"') inString = false;
      continue;
    }
    if (c === '"') inString = true;
    else if (c === '{' || c === '[') {
      if (depth === 0) start = i;
      depth++;
    } else if (c === '}' || c === ']') {
      if (depth === 0) break; // the array's own closing bracket
      depth--;
      if (depth === 0) spans.push([start, i + 1]);
    }
  }
  if (spans.length === 0) return { prefix: text.slice(0, open + 1), elements: [], separator: ',', suffix: text.slice(open + 1) };
  const separator = spans.length > 1 ? text.slice(spans[0]![1], spans[1]![0]) : ',';
  return {
    prefix: text.slice(0, spans[0]![0]),
    elements: spans.map(([a, b]) => text.slice(a, b)),
    separator,
    suffix: text.slice(spans.at(-1)![1]),
  };
}

/** The recorded body with only the given elements (a subset, in recorded order). */
export const joinBody = (b: SplitBody, elements: readonly string[]) => b.prefix + elements.join(b.separator) + b.suffix;

export type RecordedKind =
  | { readonly source: 'nyfed-rate'; readonly rate: string; readonly type: 'rate' | 'volume' | 'all' }
  | { readonly source: 'nyfed-repo' }
  | { readonly source: 'fiscaldata'; readonly account: string };

export interface RecordedElement {
  readonly date: string;
  readonly text: string;
  /** FiscalData rows: their account_type. */
  readonly account?: string;
}

export interface RecordedFile {
  readonly file: string;
  readonly kind: RecordedKind;
  readonly body: SplitBody;
  readonly elements: readonly RecordedElement[];
}

/** Reads one recorded body and works out from its content which request it answers. */
export function readRecorded(file: string): RecordedFile | undefined {
  const text = readFileSync(file, 'utf8');
  if (/^\{\s*"refRates"/.test(text)) {
    const body = splitArray(text, 'refRates');
    const rows = body.elements.map((t) => JSON.parse(t) as Record<string, unknown>);
    const first = rows[0];
    if (!first) return undefined;
    const hasRate = 'percentRate' in first;
    const hasVolume = 'volumeInBillions' in first;
    const type = hasRate && hasVolume ? 'all' : hasRate ? 'rate' : 'volume';
    return {
      file, kind: { source: 'nyfed-rate', rate: String(first.type).toLowerCase(), type }, body,
      elements: rows.map((r, i) => ({ date: String(r.effectiveDate), text: body.elements[i]! })),
    };
  }
  if (/^\{\s*"repo"/.test(text)) {
    const body = splitArray(text, 'operations');
    return {
      file, kind: { source: 'nyfed-repo' }, body,
      elements: body.elements.map((t) => ({ date: String((JSON.parse(t) as { operationDate: string }).operationDate), text: t })),
    };
  }
  if (/^\{"data":/.test(text)) {
    const body = splitArray(text, 'data');
    const rows = body.elements.map((t) => JSON.parse(t) as { record_date: string; account_type: string });
    const account = rows[0]?.account_type;
    if (!account) return undefined; // an empty year adds nothing to a replay
    return {
      file, kind: { source: 'fiscaldata', account }, body,
      elements: rows.map((r, i) => ({ date: r.record_date, account: r.account_type, text: body.elements[i]! })),
    };
  }
  return undefined;
}

/** Every recorded NY Fed and FiscalData body under root/nyfed and root/fiscaldata (*.json). */
export function loadRecorded(root: string): RecordedFile[] {
  const out: RecordedFile[] = [];
  for (const sub of ['nyfed', 'fiscaldata']) {
    let names: string[];
    try {
      names = readdirSync(join(root, sub));
    } catch {
      continue;
    }
    for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
      const r = readRecorded(join(root, sub, name));
      if (r) out.push(r);
    }
  }
  return out;
}
