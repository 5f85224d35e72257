import type { Html, Root, Text } from 'mdast';
import type { Plugin } from 'unified';
import { visit, SKIP } from 'unist-util-visit';
import type { Locale } from '../catalog/series.ts';
import type { Figure } from '../metrics/figure.ts';
import { TemplateError, locate } from './errors.ts';
import { escapeHtml } from './escape.ts';
import { FORMATS, formatDate } from './format.ts';

export interface PlaceholderOptions {
  readonly file: string;
  readonly locale: Locale;
  readonly asOf: string;
  /** Every metric a template may name; null means no data at the as-of date. */
  readonly figures: Readonly<Record<string, Figure | null>>;
  /** Short source line for a figure's tooltip (e.g. "纽约联储"). */
  readonly sourceOf: (figure: Figure) => string;
  /** Told about each metric the template used, so the page can list them with dates and sources. */
  readonly onUse?: (key: string) => void;
}

// {{ metric.key | format }}: keys are dotted identifiers, the format a known name.
const PLACEHOLDER = /\{\{\s*([^{}|]*?)\s*(?:\|\s*([^{}]*?)\s*)?\}\}/g;

/**
 * remark plugin: replaces `{{ metric | format }}` in text with the formatted figure, marked up
 * with its as-of date and source. Unknown metric or format, a format that does not fit the
 * figure, a metric with no data at the as-of date, or a stray `{{`/`}}` is a TemplateError.
 */
export const remarkPlaceholders: Plugin<[PlaceholderOptions], Root> = (opts) => (tree) => {
  visit(tree, 'text', (node: Text, index, parent) => {
    if (!parent || index === undefined) return;
    const start = node.position?.start ?? { line: 0, column: 0 };
    const at = (offset: number) => locate(node.value, offset, start.line, start.column);
    const fail = (offset: number, problem: string): never => {
      const { line, column } = at(offset);
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
    const rest = node.value.slice(last);
    const stray = rest.search(/\{\{|\}\}/);
    if (stray >= 0) fail(last + stray, `unclosed or malformed placeholder near "${rest.slice(stray, stray + 30)}"`);
    if (parts.length === 0) return;
    if (rest) parts.push({ type: 'text', value: rest });
    parent.children.splice(index, 1, ...parts);
    return [SKIP, index + parts.length];
  });
};

function renderFigure(key: string, format: string | undefined, opts: PlaceholderOptions, fail: (p: string) => never): string {
  if (!/^[a-z][A-Za-z0-9]*(\.[a-z][A-Za-z0-9]*)+$/.test(key)) fail(`"${key}" is not a metric name like "sofr.latest"`);
  if (!(key in opts.figures)) fail(`unknown metric "${key}"; known metrics: ${Object.keys(opts.figures).join(', ')}`);
  if (!format) fail(`placeholder "${key}" needs a format, e.g. {{ ${key} | date }}; formats: ${Object.keys(FORMATS).join(', ')}`);
  const def = FORMATS[format];
  if (!def) fail(`unknown format "${format}"; formats: ${Object.keys(FORMATS).join(', ')}`);
  const figure = opts.figures[key];
  if (!figure) fail(`metric "${key}" has no data on or before ${opts.asOf}; guard it with a condition on availability`);
  if (def.kinds && !def.kinds.includes(figure.kind)) {
    fail(`format "${format}" does not fit metric "${key}" (a ${figure.kind} figure); use ${formatsFor(figure.kind)}`);
  }
  opts.onUse?.(key);
  const text = def.apply(figure, opts.locale);
  const title = `${formatDate(figure.date, opts.locale)} · ${opts.sourceOf(figure)}`;
  const stale = figure.stale ? ' fig-stale' : '';
  return `<span class="fig${stale}" data-metric="${escapeHtml(key)}" data-date="${figure.date}" title="${escapeHtml(title)}">${escapeHtml(text)}</span>`;
}

const formatsFor = (kind: Figure['kind']) =>
  Object.entries(FORMATS).filter(([, d]) => !d.kinds || d.kinds.includes(kind)).map(([n]) => n).join(' or ');
