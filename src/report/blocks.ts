import type { Html, Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { TemplateError } from './errors.ts';

/** Renderers by block kind (`chart`, `table`) and id; each returns an HTML string. */
export type BlockRegistry = Readonly<Record<'chart' | 'table', Readonly<Record<string, () => string>>>>;

export interface BlockOptions {
  readonly file: string;
  readonly blocks: BlockRegistry;
}

/** A `::chart` or `::table` leaf directive as the fill sees it. */
export type BlockNode = Extract<RootContent, { type: 'leafDirective' }>;

/** The HTML of a `::chart` / `::table` block; an unknown or missing id, or a label, is a TemplateError. */
export function renderBlock(node: BlockNode, opts: BlockOptions): string {
  const kind = node.name as 'chart' | 'table';
  const { line = 0, column = 0 } = node.position?.start ?? {};
  const fail = (problem: string): never => {
    throw new TemplateError(opts.file, line, column, problem);
  };
  const id = node.attributes?.id;
  if (!id) fail(`::${kind} needs an id, e.g. ::${kind}{id=${Object.keys(opts.blocks[kind])[0] ?? 'name'}}`);
  const render = opts.blocks[kind][id as string];
  if (!render) fail(`unknown ${kind} "${id}"; ${kind}s: ${Object.keys(opts.blocks[kind]).join(', ')}`);
  if (node.children.length > 0) fail(`::${kind} takes no label; the caption comes with the ${kind}`);
  return (render as () => string)();
}

export const isBlock = (node: RootContent): node is BlockNode =>
  node.type === 'leafDirective' && (node.name === 'chart' || node.name === 'table');

/**
 * remark plugin: `::chart{id=rates}` and `::table{id=signals}` become the rendered block.
 * Blocks render only when used.
 */
export const remarkBlocks: Plugin<[BlockOptions], Root> = (opts) => (tree) => {
  visit(tree, 'leafDirective', (node, index, parent) => {
    if (!isBlock(node) || !parent || index === undefined) return;
    const html: Html = { type: 'html', value: renderBlock(node, opts) };
    parent.children.splice(index, 1, html);
  });
};
