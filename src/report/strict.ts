import type { Root } from 'mdast';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import { TemplateError } from './errors.ts';

/**
 * remark plugin, run last: any directive still in the tree was not understood by the plugins
 * before it (a typo like `::chrat` or `:::whn`), so it is an error rather than silent text.
 */
export const remarkStrictDirectives: Plugin<[{ readonly file: string }], Root> = ({ file }) => (tree) => {
  visit(tree, ['textDirective', 'leafDirective', 'containerDirective'], (node) => {
    const { line = 0, column = 0 } = node.position?.start ?? {};
    const name = 'name' in node ? node.name : '?';
    const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
    throw new TemplateError(file, line, column, `unknown directive "${colons}${name}"; write "\\:" for a literal colon`);
  });
};
