import type { Root, RootContent, Text } from 'mdast';
import { remark } from 'remark';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { Plugin } from 'unified';
import { TemplateError, locate } from './errors.ts';
import { PLACEHOLDER } from './placeholders.ts';
import { SLOT_CLOSE, SLOT_OPEN, slotMark, type PrerenderedHtml, type Slot } from './prerendered.ts';

// Nodes whose HTML needs the rest of the document (definitions, footnotes) are left as they are.
const NEEDS_DOCUMENT = new Set(['linkReference', 'imageReference', 'definition', 'footnoteReference', 'footnoteDefinition']);

const toHtml = remark().use(remarkRehype, { allowDangerousHtml: true }).use(rehypeStringify, { allowDangerousHtml: true });

/** Can `node` be turned into HTML now: no directive (conditions, blocks) and nothing needing the document? */
function isStatic(node: RootContent): boolean {
  if (node.type.endsWith('Directive') || NEEDS_DOCUMENT.has(node.type)) return false;
  return !('children' in node) || (node.children as RootContent[]).every(isStatic);
}

/**
 * remark plugin, run once on a checked template (before any date is known): every block of the
 * document or of a `:::when` container that holds no directive becomes one `html` node of its
 * rendered HTML, its placeholders left as numbered slots (`data.slots`). Each edition then only
 * decides conditions, fills slots and places blocks; turning the same Markdown into HTML once per
 * edition was most of the cost of filling a template. The HTML is the same as the whole
 * document's would be: only blocks directly in the document or in conditions are rendered, and
 * these are joined by the same line breaks.
 */
export const remarkPrerender: Plugin<[{ file: string }], Root> = ({ file }) => (tree) => {
  const render = (node: RootContent): RootContent => {
    const slots: Slot[] = [];
    const marked = markSlots(node, slots, file);
    const value = String(toHtml.stringify(toHtml.runSync({ type: 'root', children: [marked] })));
    const html: PrerenderedHtml = { type: 'html', value, data: node.type === 'heading' ? { slots, heading: node.depth } : { slots } };
    return html;
  };
  const walk = (children: RootContent[]): RootContent[] => children.map((child) => {
    if (child.type === 'containerDirective' && child.name === 'when') {
      return { ...child, children: walk(child.children as RootContent[]) as typeof child.children };
    }
    return isStatic(child) ? render(child) : child;
  });
  tree.children = walk(tree.children);
};

/** A copy of `node` whose text has each placeholder replaced by its slot, recorded in `slots`. */
function markSlots<T extends RootContent>(node: T, slots: Slot[], file: string): T {
  if (node.type === 'text') {
    const text = node as Text;
    const start = text.position?.start ?? { line: 0, column: 0 };
    if (text.value.includes(SLOT_OPEN) || text.value.includes(SLOT_CLOSE)) {
      const at = locate(text.value, Math.max(text.value.indexOf(SLOT_OPEN), text.value.indexOf(SLOT_CLOSE)), start.line, start.column);
      throw new TemplateError(file, at.line, at.column, 'the template contains a private-use character (U+E000 or U+E001); delete it');
    }
    const value = text.value.replace(PLACEHOLDER, (_, key: string, format: string | undefined, offset: number) => {
      slots.push({ key, format, ...locate(text.value, offset, start.line, start.column) });
      return slotMark(slots.length - 1);
    });
    return { ...text, value } as T;
  }
  if (!('children' in node)) return node;
  return { ...node, children: (node.children as RootContent[]).map((c) => markSlots(c, slots, file)) } as T;
}
