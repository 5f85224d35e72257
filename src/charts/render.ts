import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';
import type { Locale } from '../core/locale.ts';
import { timeTickFormat } from './theme.ts';

/**
 * Renders Plot options to an SVG string at build time, with time ticks in `locale` when given.
 * A fresh linkedom document per chart: reusing one made large charts ~2x slower in our spike.
 */
export function renderPlot(options: Plot.PlotOptions, locale?: Locale): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  const svg = Plot.plot({ ...localised(options, locale), document: document as unknown as Document }) as Element;
  tidyForHtml(svg);
  return roundGeometry(svg.outerHTML);
}

// Attributes that hold positions and sizes in viewBox units. Style values (stroke-width,
// opacity, dash arrays, r) and em offsets (dx, dy) are written by our specs and keep theirs.
const GEOMETRY = /(\s(?:d|x|y|x1|x2|y1|y2|cx|cy|width|height|transform|points)=")([^"]*)"/g;
// Numbers with two or more decimals, and exponents; integers and one-decimal numbers are
// already as short as they get.
const DECIMAL = /-?\d*\.\d\d+(?:e[-+]?\d+)?|-?\d+(?:\.\d)?e[-+]?\d+/gi;

/** A number to one decimal, without a trailing ".0" or a "-0". */
export const round1 = (n: number): string => String(Math.round(n * 10) / 10 || 0);

/** Rounds every number in `value` to one decimal. */
export const roundNumbers = (value: string): string => value.replace(DECIMAL, (n) => round1(Number(n)));

/**
 * Plot prints coordinates to six or more decimals; in a 720-unit viewBox a tenth of a unit is
 * at most a tenth of a CSS pixel, so one decimal draws the same picture. Charts make up most
 * of an edition's HTML. Lines and areas drawn with roundedCurve (curves.ts) arrive rounded;
 * this rounds the rest (axes, ticks, labels, any other mark). Works on the serialised SVG, which is cheaper than editing the DOM:
 * attribute values never hold a quote, and the only text in a chart is tick labels and
 * titles, never `name="…"`.
 */
export const roundGeometry = (svg: string): string =>
  svg.replace(GEOMETRY, (_, name: string, value: string) => `${name}${roundNumbers(value)}"`);

/** A UTC x axis without its own tick format gets month and year labels in the page's language. */
function localised(options: Plot.PlotOptions, locale: Locale | undefined): Plot.PlotOptions {
  const x = options.x;
  if (!locale || !x || x.type !== 'utc' || x.tickFormat !== undefined) return options;
  // Plot calls a tick format like any channel function, (tick, index, ticks); its types omit the third.
  const tickFormat = timeTickFormat(locale) as unknown as (d: Date, i: number) => string;
  return { ...options, x: { ...x, tickFormat } };
}

/**
 * Makes Plot's SVG valid and accessible inside an HTML page:
 * - the root SVG keeps its name as an image (`role="img"`), so its labelled, presentational
 *   children are not read one by one; `aria-description` (not in ARIA 1.2) is dropped, the
 *   figure around the chart carries the description as visible text;
 * - Plot names its mark groups with `aria-label`, which ARIA prohibits on a `<g>` without a role
 *   (axe `aria-prohibited-attr`); the names become `data-mark`, for styles and debugging;
 * - `font-variant="tabular-nums"` is not a valid SVG attribute value: it moves into the chart's
 *   own `<style>` element; the root's inline `style` becomes presentation attributes.
 */
const FONT_ATTRIBUTES = new Set(['font-family', 'font-size', 'font-style', 'font-weight']);

export function tidyForHtml(svg: Element): void {
  if (svg.tagName.toLowerCase() !== 'svg') throw new Error(`renderPlot: expected Plot to return an <svg>, got <${svg.tagName}>`);
  const rules: string[] = [];
  const cls = [...svg.classList].find((c) => c.startsWith('plot-'));
  const scope = cls ? `.${cls}` : 'svg';

  if (svg.hasAttribute('aria-label')) svg.setAttribute('role', 'img');
  svg.removeAttribute('aria-description');
  // Plot's class name is the same for every chart, so per-chart font settings cannot go into
  // a scoped rule; SVG has presentation attributes for them.
  for (const decl of (svg.getAttribute('style') ?? '').split(';')) {
    const [prop, ...rest] = decl.split(':');
    const name = prop?.trim() ?? '';
    if (!name) continue;
    if (!FONT_ATTRIBUTES.has(name)) throw new Error(`renderPlot: chart style "${name}" has no SVG attribute; style charts with font settings only, or extend FONT_ATTRIBUTES`);
    svg.setAttribute(name, rest.join(':').trim());
  }
  svg.removeAttribute('style');

  for (const el of svg.querySelectorAll('[aria-label]')) {
    el.setAttribute('data-mark', el.getAttribute('aria-label') ?? '');
    el.removeAttribute('aria-label');
  }
  const variants = new Set<string>();
  for (const el of svg.querySelectorAll('[font-variant]')) {
    variants.add(el.getAttribute('font-variant') ?? '');
    el.removeAttribute('font-variant');
  }
  // Plot only ever sets tabular numerals, on tick labels; numbers line up in every text of the chart.
  if (variants.size > 0) rules.push(`:where(${scope} text){font-variant:${[...variants].join(' ')}}`);

  if (rules.length === 0) return;
  let style = svg.querySelector('style');
  if (!style) {
    style = svg.ownerDocument.createElement('style');
    svg.insertBefore(style, svg.firstChild);
  }
  style.textContent = `${style.textContent ?? ''}\n${rules.join('\n')}`;
}
