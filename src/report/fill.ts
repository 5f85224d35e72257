import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { remarkCharts, type ChartOptions } from './charts.ts';
import { remarkPlaceholders, type PlaceholderOptions } from './placeholders.ts';
import { remarkStrictDirectives } from './strict.ts';

export type FillOptions = Omit<PlaceholderOptions, 'onUse'> & Pick<ChartOptions, 'charts'>;

export interface FilledReport {
  readonly html: string;
  /** Metrics the template used, in order of first use. */
  readonly used: readonly string[];
}

/** Markdown template + figures + charts -> HTML. Throws TemplateError on any template problem. */
export function fillReport(markdown: string, opts: FillOptions): FilledReport {
  const used = new Set<string>();
  const file = String(
    remark()
      .use(remarkDirective)
      .use(remarkPlaceholders, { ...opts, onUse: (k) => used.add(k) })
      .use(remarkCharts, { file: opts.file, charts: opts.charts })
      .use(remarkStrictDirectives, { file: opts.file })
      .use(remarkRehype, { allowDangerousHtml: true })
      .use(rehypeStringify, { allowDangerousHtml: true })
      .processSync(markdown),
  );
  return { html: file, used: [...used] };
}
