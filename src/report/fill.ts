import type { Root, RootContent } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { FigureKind } from '../core/figure.ts';
import type { Memo } from '../core/memo.ts';
import { remarkBlocks, type BlockRegistry } from './blocks.ts';
import { remarkCheck } from './check.ts';
import { remarkSiteLinks } from './links.ts';
import { remarkPlaceholders, type PlaceholderOptions } from './placeholders.ts';
import { remarkPrerender } from './prerender.ts';
import { compileProgram, runProgram, type Program } from './program.ts';
import { remarkDropEmptySections } from './sections.ts';
import { remarkWhen } from './when.ts';

export interface FillOptions<K extends string = string> extends Omit<PlaceholderOptions, 'onUse'> {
  /** The metric vocabulary (key -> kind) the template is checked against. */
  readonly kinds: ReadonlyMap<K, FigureKind>;
  readonly blocks: BlockRegistry;
  /** Dated prose: require event guards on sentences naming an event (see remarkCheck). */
  readonly guardEvents?: boolean;
  /** How a root-relative link is written on the site (under its base path); as written when absent. */
  readonly sitePath?: (path: string) => string;
  /** Where the checked template is kept between fills (the build's); checked on every fill when absent. */
  readonly memo?: Memo;
}

export interface FilledReport<K extends string = string> {
  readonly html: string;
  /** Metrics the template used, in order of first use (names from `kinds`). */
  readonly used: readonly K[];
}

// Parsing, checking and prerendering a template (turning what is not conditional into HTML)
// does not depend on the date: with a memo (the build's), the tree is kept per template file and
// every edition works on its own copy. Keeping the checked tree halved an edition's build time;
// prerendering it took another ~20% off composing an edition.
interface Checked {
  readonly markdown: string;
  readonly tree: Root;
  /** The tree compiled into steps (program.ts); null when it needs the remark pipeline. */
  readonly program: Program | null;
}

function checked(markdown: string, opts: FillOptions, blocks: Readonly<Record<'chart' | 'table', string[]>>): Checked {
  const check = (): Checked => {
    const checker = remark()
      .use(remarkDirective)
      .use(remarkCheck, { file: opts.file, kinds: opts.kinds, blocks, guardEvents: opts.guardEvents ?? false })
      .use(remarkSiteLinks, { sitePath: opts.sitePath ?? ((p: string) => p) })
      .use(remarkPrerender, { file: opts.file });
    const tree = checker.runSync(checker.parse(markdown), markdown); // the check reads the fences from the text
    return { markdown, tree, program: compileProgram(tree, opts.file, opts.memo) };
  };
  if (!opts.memo) return check();
  // Keyed by file, not text: writing the ~30 KB template into a key for every edition took a
  // second of a full build. Only a tree that passed the check is kept.
  const kept = opts.memo.once(`checked template ${JSON.stringify([opts.file, blocks, opts.guardEvents ?? false])}`, check);
  if (kept.markdown !== markdown) throw new Error(`fill: ${opts.file} was filled from two different texts with one memo`);
  return kept;
}

/**
 * A copy the fill plugins may rearrange: they replace and drop children (when, placeholders,
 * blocks) but never edit a node's own fields, so leaves and positions are shared; far cheaper
 * than structuredClone.
 */
function copyTree<T extends Root | RootContent>(node: T): T {
  return 'children' in node ? { ...node, children: (node.children as RootContent[]).map(copyTree) } : node;
}

/**
 * Markdown template + figures + blocks -> HTML: check everything, decide conditions, fill
 * placeholders, render blocks. Throws TemplateError (file:line:column) on any problem.
 */
export function fillReport<K extends string>(markdown: string, opts: FillOptions<K>): FilledReport<K> {
  const used = new Set<K>();
  const blockIds = { chart: Object.keys(opts.blocks.chart), table: Object.keys(opts.blocks.table) };
  const { tree, program } = checked(markdown, opts, blockIds);
  // The check admitted only names in `kinds`, so every name used is one of them.
  const placeholders = { ...opts, onUse: (k: string) => used.add(k as K) };
  if (program) return { html: runProgram(program, placeholders), used: [...used] };
  const filler = remark()
    .use(remarkDirective)
    .use(remarkWhen, { file: opts.file, asOf: opts.asOf, figures: opts.figures, ...(opts.memo ? { memo: opts.memo } : {}) })
    .use(remarkDropEmptySections)
    .use(remarkPlaceholders, placeholders)
    .use(remarkBlocks, { file: opts.file, blocks: opts.blocks })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  const html = String(filler.stringify(filler.runSync(copyTree(tree))));
  return { html, used: [...used] };
}
