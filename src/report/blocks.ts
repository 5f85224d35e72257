import type { Html, Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { TemplateError } from './errors.ts';

/** Renderers by block kind (`chart`, `table`) and id; each returns an HTML string. */
export type BlockRegistry = Readonly<Record<'chart' | 'table', Readonly<Record<string, () => string>>>>;

export interface BlockOptions {
  readonly file: string;
  readonly blocks: BlockRegistry;
}

/**
 * remark plugin: `::chart{id=rates}` and `::table{id=signals}` become the rendered block.
 * An unknown or missing id, or a label, is a TemplateError. Blocks render only when used.
 */
export const remarkBlocks: Plugin<[BlockOptions], Root> = (opts) => (tree) => {
  visit(tree, 'leafDirective', (node, index, parent) => {
    if ((node.name !== 'chart' && node.name !== 'table') || !parent || index === undefined) return;
    const kind = node.name;
    const { line = 0, column = 0 } = node.position?.start ?? {};
    const fail = (problem: string): never => {
      throw new TemplateError(opts.file, line, column, problem);
    };
    const id = node.attributes?.id;
    if (!id) fail(`::${kind} needs an id, e.g. ::${kind}{id=${Object.keys(opts.blocks[kind])[0] ?? 'name'}}`);
    const render = opts.blocks[kind][id as string];
    if (!render) fail(`unknown ${kind} "${id}"; ${kind}s: ${Object.keys(opts.blocks[kind]).join(', ')}`);
    if (node.children.length > 0) fail(`::${kind} takes no label; the caption comes with the ${kind}`);
    const html: Html = { type: 'html', value: (render as () => string)() };
    parent.children.splice(index, 1, html);
  });
};
