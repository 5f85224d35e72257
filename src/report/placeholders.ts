import type { Html, Parent, Root, RootContent, Text } from 'mdast';
import type { Plugin } from 'unified';
import type { Locale } from '../core/locale.ts';
import type { Figure } from '../core/figure.ts';
import { TemplateError, locate } from './errors.ts';
import { escapeHtml } from './escape.ts';
import { FORMATS, formatDate } from './format.ts';
import { isPrerendered, SLOT, type PrerenderedHtml, type Slot } from './prerendered.ts';

export interface PlaceholderOptions {
  readonly file: string;
  readonly locale: Locale;
  readonly asOf: string;
  /** Every metric a template may name; null means no data at the as-of date. */
  readonly figures: Readonly<Record<string, Figure | null>>;
  /** Who publishes the figure named `key`, for its tooltip (e.g. "纽约联储"). */
  readonly sourceOf: (figure: Figure, key: string) => string;
  /** Told about each metric the template used, so the page can list them with dates and sources. */
  readonly onUse?: (key: string) => void;
  /** Where a figure links to (its indicator); no link when undefined. */
  readonly linkOf?: (figure: Figure) => string | undefined;
}

// {{ metric.key | format }}: keys are dotted identifiers, the format a known name.
export const PLACEHOLDER = /\{\{\s*([^{}|]*?)\s*(?:\|\s*([^{}]*?)\s*)?\}\}/g;
export const METRIC_NAME = /^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/;

/**
 * remark plugin: replaces `{{ metric | format }}` in text with the formatted figure, marked up
 * with its as-of date and source, linked to its indicator. A metric with no data at the as-of
 * date is a TemplateError. Run after remarkCheck (names and formats) and remarkWhen.
 */
export const remarkPlaceholders: Plugin<[PlaceholderOptions], Root> = (opts) => (tree) => {
  // Text and prerendered HTML in document order, so figures are reported in order of use. A
  // plain walk, not unist-util-visit: this runs on every edition, and the generic visitor was
  // most of its cost. Parents are the edition's own copies (fill.ts copyTree), so their child
  // arrays may be replaced; the nodes replaced are shared and stay untouched.
  const fill = (parent: Parent): void => {
    const out: RootContent[] = [];
    for (const node of parent.children as RootContent[]) {
      if (isPrerendered(node)) out.push(filledSlots(node, opts));
      else if (node.type === 'text') out.push(...filledText(node, opts));
      else {
        if ('children' in node) fill(node);
        out.push(node);
      }
    }
    parent.children = out;
  };
  fill(tree);
};

/** Prerendered HTML (remarkPrerender) with its slots filled, as a new node. */
export function filledSlots(node: PrerenderedHtml, opts: PlaceholderOptions): Html {
  const { slots } = node.data;
  const value = node.value.replace(SLOT, (_, n: string) => {
    const slot = slots[Number(n)] as Slot;
    return renderFigure(slot.key, slot.format, opts, (problem) => {
      throw new TemplateError(opts.file, slot.line, slot.column, problem);
    });
  });
  return { type: 'html', value };
}

/** A text node's `{{ … }}` placeholders as HTML between its other text (the node itself when it has none). */
function filledText(node: Text, opts: PlaceholderOptions): (Text | Html)[] {
  const start = node.position?.start ?? { line: 0, column: 0 };
  const fail = (offset: number, problem: string): never => {
    const { line, column } = locate(node.value, offset, start.line, start.column);
    throw new TemplateError(opts.file, line, column, problem);
  };
  const parts: (Text | Html)[] = [];
  let last = 0;
  for (const m of node.value.matchAll(PLACEHOLDER)) {
    const [whole, key = '', format] = m;
    const offset = m.index;
    if (offset > last) parts.push({ type: 'text', value: node.value.slice(last, offset) });
    parts.push({ type: 'html', value: renderFigure(key, format, opts, (p) => fail(offset, p)) });
    last = offset + whole.length;
  }
  if (parts.length === 0) return [node];
  const rest = node.value.slice(last);
  if (rest) parts.push({ type: 'text', value: rest });
  return parts;
}

function renderFigure(key: string, format: string | undefined, opts: PlaceholderOptions, fail: (p: string) => never): string {
  const def = FORMATS[format ?? ''];
  // Names, formats and kinds were checked by remarkCheck; what is left depends on the date.
  if (!def || !(key in opts.figures)) fail(`placeholder {{ ${key} | ${format} }} was not checked; run remarkCheck first`);
  const figure = opts.figures[key];
  if (!figure) fail(`metric "${key}" has no data on or before ${opts.asOf}; guard it with :::when{has="${key}"}`);
  opts.onUse?.(key);
  const text = (def as NonNullable<typeof def>).apply(figure as Figure, opts.locale);
  const f = figure as Figure;
  const title = `${formatDate(f.date, opts.locale)} · ${opts.sourceOf(f, key)}`;
  const stale = f.stale ? ' fig-stale' : '';
  const href = opts.linkOf?.(f);
  const attrs = `class="fig${stale}" data-metric="${escapeHtml(key)}" data-date="${f.date}" title="${escapeHtml(title)}"`;
  return href
    ? `<a ${attrs} href="${escapeHtml(href)}">${escapeHtml(text)}</a>`
    : `<span ${attrs}>${escapeHtml(text)}</span>`;
}
