import type { Html, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { TemplateError } from './errors.ts';

export interface ChartOptions {
  readonly file: string;
  /** Chart id -> function that renders it to an HTML string (an inline <svg> figure). */
  readonly charts: Readonly<Record<string, () => string>>;
}

/**
 * remark plugin: `::chart{id=rates}` becomes the chart's inline SVG. An unknown id, a missing
 * id or stray content is a TemplateError; charts are only rendered when a template asks.
 */
export const remarkCharts: Plugin<[ChartOptions], Root> = (opts) => (tree) => {
  visit(tree, 'leafDirective', (node, index, parent) => {
    if (node.name !== 'chart' || !parent || index === undefined) return;
    const { line = 0, column = 0 } = node.position?.start ?? {};
    const fail = (problem: string): never => {
      throw new TemplateError(opts.file, line, column, problem);
    };
    const id = node.attributes?.id;
    if (!id) fail('::chart needs an id, e.g. ::chart{id=rates}');
    const render = opts.charts[id as string];
    if (!render) fail(`unknown chart "${id}"; charts: ${Object.keys(opts.charts).join(', ')}`);
    if (node.children.length > 0) fail('::chart takes no label; put the caption in the chart definition');
    const html: Html = { type: 'html', value: (render as () => string)() };
    parent.children.splice(index, 1, html);
  });
};
