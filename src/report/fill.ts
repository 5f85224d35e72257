import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import type { FigureKind } from '../metrics/figure.ts';
import { remarkBlocks, type BlockRegistry } from './blocks.ts';
import { remarkCheck } from './check.ts';
import { remarkPlaceholders, type PlaceholderOptions } from './placeholders.ts';
import { remarkWhen } from './when.ts';

export interface FillOptions extends Omit<PlaceholderOptions, 'onUse'> {
  /** The metric vocabulary (key -> kind) the template is checked against. */
  readonly kinds: ReadonlyMap<string, FigureKind>;
  readonly blocks: BlockRegistry;
  /** Dated prose: require event guards on sentences naming an event (see remarkCheck). */
  readonly guardEvents?: boolean;
}

export interface FilledReport {
  readonly html: string;
  /** Metrics the template used, in order of first use. */
  readonly used: readonly string[];
}

/**
 * Markdown template + figures + blocks -> HTML: check everything, decide conditions, fill
 * placeholders, render blocks. Throws TemplateError (file:line:column) on any problem.
 */
export function fillReport(markdown: string, opts: FillOptions): FilledReport {
  const used = new Set<string>();
  const blockIds = { chart: Object.keys(opts.blocks.chart), table: Object.keys(opts.blocks.table) };
  const html = String(
    remark()
      .use(remarkDirective)
      .use(remarkCheck, { file: opts.file, kinds: opts.kinds, blocks: blockIds, guardEvents: opts.guardEvents ?? false })
      .use(remarkWhen, { file: opts.file, asOf: opts.asOf, figures: opts.figures })
      .use(remarkPlaceholders, { ...opts, onUse: (k) => used.add(k) })
      .use(remarkBlocks, { file: opts.file, blocks: opts.blocks })
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown),
  );
  return { html, used: [...used] };
}
