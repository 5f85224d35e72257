// A section says something or is not there: after the conditions of an edition are decided, a
// heading whose section kept nothing (every line under it was conditional and none held) is
// dropped, with any headings above it left empty in turn. Without it, 326 editions in each
// language printed a "Risks" heading over nothing.
import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';

/** The level of a heading, whether still Markdown or already prerendered (data.heading); else undefined. */
export function headingDepth(node: RootContent): number | undefined {
  if (node.type === 'heading') return node.depth;
  if (node.type === 'html') return node.data?.heading;
  return undefined;
}

/**
 * `nodes` without the headings whose section kept nothing, given each node's heading level
 * (undefined for what is not a heading). Walks backwards: a heading is empty when what follows
 * it (already decided) is nothing or a heading at its level or above.
 */
export function withoutEmptySections<T>(nodes: readonly T[], depthOf: (node: T) => number | undefined): T[] {
  const kept: T[] = [];
  let next: number | undefined = 0; // depth of the next kept node's heading; 0 = end of document
  for (let i = nodes.length - 1; i >= 0; i--) {
    const node = nodes[i] as T;
    const depth = depthOf(node);
    if (depth !== undefined && next !== undefined && next <= depth) continue;
    kept.push(node);
    next = depth;
  }
  return kept.reverse();
}

/** remark plugin: run after remarkWhen, on the document's top level, where sections live. */
export const remarkDropEmptySections: Plugin<[], Root> = () => (tree) => {
  tree.children = withoutEmptySections(tree.children, headingDepth);
};
