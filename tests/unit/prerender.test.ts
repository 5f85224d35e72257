// remarkPrerender turns the date-free parts of a checked template into HTML once; filling the
// prerendered tree must give exactly the HTML that filling the Markdown tree gives.
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/metrics/figure.ts';
import type { FigureKind } from '../../src/core/figure.ts';
import { remarkBlocks } from '../../src/report/blocks.ts';
import { remarkCheck } from '../../src/report/check.ts';
import { TemplateError } from '../../src/report/errors.ts';
import { remarkPlaceholders } from '../../src/report/placeholders.ts';
import { remarkPrerender } from '../../src/report/prerender.ts';
import { isPrerendered } from '../../src/report/prerendered.ts';
import { remarkWhen } from '../../src/report/when.ts';
import { catchError } from '../helpers.ts';

const FILE = 'content/reports/test.md';
const fig = (value: number, kind: FigureKind, date: string): Figure => ({ value, kind, date, series: ['SOFR'], stale: false });
const FIGURES: Record<string, Figure | null> = {
  'sofr.latest': fig(4.22, 'pct', '2025-10-31'),
  'sofrTop.latest': fig(22, 'bp', '2025-10-31'),
  'srf.latest': null,
};
const KINDS = new Map<string, FigureKind>([['sofr.latest', 'pct'], ['sofrTop.latest', 'bp'], ['srf.latest', 'usd_bn']]);
const BLOCKS = { chart: { rates: () => '<figure class="chart"><svg></svg></figure>' }, table: {} };

/** A template with every kind of block the report templates use, and some they might. */
const TEMPLATE = `# Title with {{ sofr.latest | pct }}

Intro *emphasis*, **strong**, \`code\`, a [link](/methodology/ "Method") & <b>raw</b> "quotes".

::::when{if="sofrTop.latest > 0"}
Above the range by {{ sofrTop.latest | bp }} on {{ sofrTop.latest | date }}.

- one {{ sofr.latest | pct }}
- two

:::when{has="srf.latest"}
SRF {{ srf.latest | bn }}
:::
::::

:::when{missing="srf.latest"}
> Quoted with {{ sofr.latest | pct }}.
:::

1. first
2. second

   loose paragraph

::chart{id=rates}

| a | b |
|---|---|
| {{ sofr.latest | pct }} | x |

Last line.
`;

const checked = (md: string, prerender: boolean): Root => {
  const p = remark().use(remarkDirective).use(remarkCheck, { file: FILE, kinds: KINDS, blocks: { chart: ['rates'], table: [] } });
  const tree = p.runSync(p.parse(md), md);
  return prerender ? remark().use(remarkPrerender, { file: FILE }).runSync(tree) : tree;
};

function fill(tree: Root): { html: string; used: string[] } {
  const used: string[] = [];
  const p = remark()
    .use(remarkWhen, { file: FILE, asOf: '2025-11-05', figures: FIGURES })
    .use(remarkPlaceholders, { file: FILE, locale: 'en', asOf: '2025-11-05', figures: FIGURES, sourceOf: () => 'NY Fed', onUse: (k) => used.push(k), linkOf: () => '/indicators/SOFR/' })
    .use(remarkBlocks, { file: FILE, blocks: BLOCKS })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  return { html: String(p.stringify(p.runSync(tree))), used };
}

describe('remarkPrerender', () => {
  it('fills to exactly the HTML of the Markdown tree, figures reported in the same order', () => {
    const expected = fill(checked(TEMPLATE, false));
    const got = fill(checked(TEMPLATE, true));
    expect(got.html).toBe(expected.html);
    expect(got.used).toEqual(expected.used);
    // The template exercised what it should: a figure in a list, a condition kept, the chart placed.
    expect(got.html).toContain('<li>one <a class="fig"');
    expect(got.html).toContain('<figure class="chart">');
    expect(new Set(got.used)).toEqual(new Set(['sofr.latest', 'sofrTop.latest']));
  });

  it('renders every block outside directives, keeps conditions and blocks as Markdown', () => {
    const tree = checked(TEMPLATE, true);
    expect(tree.children.map((c) => (isPrerendered(c) ? 'html' : c.type === 'containerDirective' || c.type === 'leafDirective' ? c.name : c.type)))
      .toEqual(['html', 'html', 'when', 'when', 'html', 'chart', 'html', 'html']);
    const when = tree.children[2] as Extract<Root['children'][number], { type: 'containerDirective' }>;
    expect(when.children.map((c) => (isPrerendered(c) ? 'html' : c.type))).toEqual(['html', 'html', 'containerDirective']);
    const first = tree.children[0] as Root['children'][number];
    expect(isPrerendered(first) && first.data.slots).toEqual([{ key: 'sofr.latest', format: 'pct', line: 1, column: 14 }]);
  });

  it('leaves the template tree it was given for every edition unchanged when filling', () => {
    const tree = checked(TEMPLATE, true);
    const before = JSON.stringify(tree);
    const copy = (n: Root): Root => ({ ...n, children: n.children.map((c) => ('children' in c ? { ...c, children: [...c.children] } : c)) as Root['children'] });
    fill(copy(tree));
    expect(JSON.stringify(tree)).toBe(before);
  });

  it('locates a slot whose metric has no data on the date where the template wrote it', () => {
    const err = catchError(() => fill(checked('Intro\n\n:::when{has="sofr.latest"}\nSRF was\n{{ srf.latest | bn }} then.\n:::', true)));
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.message).toMatch(/^content\/reports\/test\.md:5:1: metric "srf\.latest" has no data on or before 2025-11-05/);
  });

  it('refuses a template holding the characters that mark its slots', () => {
    const err = catchError(() => checked('a\n\nb \uE000 c', true));
    expect(err.message).toMatch(/^content\/reports\/test\.md:3:3: the template contains a private-use character/);
  });
});
