// Drawing a chart once for both languages. Plot places every mark from the data and the scales,
// never from the length of a label (our charts set their margins and never wrap text), so a
// chart drawn with placeholders ("slots") where its words go, filled in per language afterwards,
// is the chart Plot would have drawn in that language. Pure.
import type { Locale } from '../core/locale.ts';
import { timeTickFormat } from './theme.ts';

// Private-use characters: they never occur in our words, and linkedom writes them unescaped.
const TEXT = '\uE000';
const ATTR = '\uE002';
const END = '\uE001';
const SLOTS = /([\uE000\uE002])([^\uE001]*)\uE001/g;

/** A slot for words in element text (tick labels, marks' labels). */
export const textSlot = (key: string): string => `${TEXT}${key}${END}`;
/** A slot for words in an attribute value (the chart's accessible name). */
export const attrSlot = (key: string): string => `${ATTR}${key}${END}`;

// Escaping as linkedom writes an HTML document's text and attribute values, so a filled chart is
// byte for byte the one Plot would have written with the words in place (tests/unit/slots.test.ts).
const escapeText = (s: string) => s.replace(/[&<>\xA0]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '\xA0': '&#160;' })[c] as string);
const escapeAttr = (s: string) => s.replace(/"/g, '&quot;');

/** The chart with every slot filled from `words`; a slot without words is a bug, and says which. */
export function fillSlots(svg: string, words: ReadonlyMap<string, string>): string {
  return svg.replace(SLOTS, (_, kind: string, key: string) => {
    const w = words.get(key);
    if (w === undefined) throw new Error(`chart: no words for the slot "${key}"; give every slot of the chart its text in each language`);
    return kind === ATTR ? escapeAttr(w) : escapeText(w);
  });
}

const tickLines = (ticks: readonly Date[], i: number, locale: Locale) => timeTickFormat(locale)(ticks[i] as Date, i, ticks).split('\n');
const tickKey = (i: number, line: number) => `x${i}.${line}`;

/**
 * A UTC time-axis tick format that writes one slot per line of each label and remembers the
 * ticks Plot chose (`ticks()`), so `timeTickWords` can give each slot its words later. Labels of
 * both languages have the same lines (Mar / 2025 and 3月 / 2025年), so one drawing serves both.
 */
export function timeTickSlots(): { format: (d: Date, i: number, ticks: readonly Date[]) => string; ticks: () => readonly Date[] } {
  let seen: readonly Date[] = [];
  return {
    format: (_d, i, ticks) => {
      seen = ticks;
      const zh = tickLines(ticks, i, 'zh');
      const en = tickLines(ticks, i, 'en');
      if (zh.length !== en.length) throw new Error(`chart: the tick label of ${(ticks[i] as Date).toISOString().slice(0, 10)} has ${zh.length} lines in Chinese and ${en.length} in English; one drawing cannot serve both`);
      return zh.map((_, line) => textSlot(tickKey(i, line))).join('\n');
    },
    ticks: () => seen,
  };
}

/** The words of the tick slots that timeTickSlots wrote for `ticks`, in `locale`. */
export const timeTickWords = (ticks: readonly Date[], locale: Locale): [string, string][] =>
  ticks.flatMap((_, i) => tickLines(ticks, i, locale).map((w, line) => [tickKey(i, line), w] as [string, string]));
