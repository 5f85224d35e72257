// A compiled template (report/program.ts) must give exactly the HTML, the figures used and the
// errors of the remark pipeline it replaced for editions (when, empty sections, placeholders,
// blocks, then remark-rehype): checked on the report templates with the fixture's figures for
// every fifth edition date in both languages, and on a template using every kind of block.
import { readFileSync } from 'node:fs';
import type { Root } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import remarkRehype from 'remark-rehype';
import rehypeStringify from 'rehype-stringify';
import { beforeAll, describe, expect, it } from 'vitest';
import type { Figure } from '../../src/core/figure.ts';
import type { Locale } from '../../src/core/locale.ts';
import { metricCatalog } from '../../src/metrics/timeline.ts';
import { remarkBlocks, type BlockRegistry } from '../../src/report/blocks.ts';
import { remarkCheck } from '../../src/report/check.ts';
import { TemplateError } from '../../src/report/errors.ts';
import { remarkPlaceholders, type PlaceholderOptions } from '../../src/report/placeholders.ts';
import { remarkPrerender } from '../../src/report/prerender.ts';
import { compileProgram, runProgram } from '../../src/report/program.ts';
import { remarkDropEmptySections } from '../../src/report/sections.ts';
import { remarkWhen } from '../../src/report/when.ts';
import { Build } from '../../src/site/build.ts';
import { catchError, fixtureSnapshot } from '../helpers.ts';

type Figures = Readonly<Record<string, Figure | null>>;

/** The checked, prerendered tree of a template, as fill.ts keeps it. */
function checked(md: string, file: string, kinds: ReadonlyMap<string, Figure['kind']>, blocks: BlockRegistry): Root {
  const ids = { chart: Object.keys(blocks.chart), table: Object.keys(blocks.table) };
  const p = remark().use(remarkDirective).use(remarkCheck, { file, kinds, blocks: ids, guardEvents: true }).use(remarkPrerender, { file });
  return p.runSync(p.parse(md), md);
}

const copy = <T,>(node: T): T =>
  (typeof node === 'object' && node && 'children' in node ? { ...node, children: (node.children as unknown[]).map(copy) } : node) as T;

/** The remark pipeline the program replaced. */
function viaRemark(tree: Root, opts: PlaceholderOptions & { blocks: BlockRegistry }): { html: string; used: string[] } {
  const used: string[] = [];
  const p = remark()
    .use(remarkWhen, { file: opts.file, asOf: opts.asOf, figures: opts.figures })
    .use(remarkDropEmptySections)
    .use(remarkPlaceholders, { ...opts, onUse: (k) => used.push(k) })
    .use(remarkBlocks, { file: opts.file, blocks: opts.blocks })
    .use(remarkRehype, { allowDangerousHtml: true })
    .use(rehypeStringify, { allowDangerousHtml: true });
  return { html: String(p.stringify(p.runSync(copy(tree)))), used };
}

function viaProgram(tree: Root, opts: PlaceholderOptions & { blocks: BlockRegistry }): { html: string; used: string[] } {
  const program = compileProgram(tree, opts.file);
  if (!program) throw new Error('the template did not compile');
  const used: string[] = [];
  return { html: runProgram(program, { ...opts, onUse: (k) => used.push(k) }), used };
}

const options = (file: string, locale: Locale, asOf: string, figures: Figures, blocks: BlockRegistry) => ({
  file, locale, asOf, figures, blocks,
  sourceOf: (f: Figure) => f.series.join('+'),
  linkOf: (f: Figure) => (f.series[0] === 'SOFR' ? '/indicators/SOFR/' : undefined),
});

describe('compiled report templates', () => {
  let build: Build;
  beforeAll(async () => {
    build = new Build(await fixtureSnapshot(), { reportsDir: 'content/reports', chartThread: false });
  });

  it('fill every fifth fixture edition exactly as the remark pipeline did, both languages', () => {
    const kinds = metricCatalog(build.snap);
    let compared = 0;
    for (const locale of ['zh', 'en'] as const) {
      const file = `content/reports/${locale}.md`;
      const md = readFileSync(file, 'utf8');
      const usedIds = { chart: [...md.matchAll(/::chart\{id=(\w+)\}/g)].map((m) => m[1] as string), table: [...md.matchAll(/::table\{id=(\w+)\}/g)].map((m) => m[1] as string) };
      // Blocks stand in as markers: what is compared is where they are placed.
      const registry: BlockRegistry = {
        chart: Object.fromEntries(usedIds.chart.map((id) => [id, () => `<figure>${id}</figure>`])),
        table: Object.fromEntries(usedIds.table.map((id) => [id, () => `<table id="${id}"></table>`])),
      };
      const tree = checked(md, file, kinds, registry);
      for (const date of build.dates.filter((_, i) => i % 5 === 0)) {
        const opts = options(file, locale, date, build.metricsAt(date).figures, registry);
        const expected = viaRemark(tree, opts);
        const got = viaProgram(tree, opts);
        expect(got.html, `${locale} ${date}`).toBe(expected.html);
        expect(got.used, `${locale} ${date}`).toEqual(expected.used);
        compared++;
      }
    }
    expect(compared).toBeGreaterThan(700);
  }, 120_000);
});

describe('a compiled template', () => {
  const FILE = 'content/reports/test.md';
  const fig = (value: number, date: string): Figure => ({ value, kind: 'bp', date, series: ['SOFR'], stale: false });
  const figures: Figures = { 'sofrTop.latest': fig(22, '2025-10-31'), 'srf.latest': null };
  const kinds = new Map<string, Figure['kind']>([['sofrTop.latest', 'bp'], ['srf.latest', 'usd_bn']]);
  const blocks: BlockRegistry = { chart: { rates: () => '<figure class="chart"><svg></svg></figure>' }, table: {} };
  const TEMPLATE = `# Title {{ sofrTop.latest | bp }}

Intro *emphasis*, a [link](/methodology/ "Method") & <b>raw</b>.

## Empty section

:::when{has="srf.latest"}
Take-up {{ srf.latest | bn }}
:::

## Kept

::::when{if="sofrTop.latest > 0"}
Above the range by {{ sofrTop.latest | bp }}.

- one
- two

:::when{missing="srf.latest"}
> No take-up data.
:::
::::

::chart{id=rates}

| a | b |
|---|---|
| {{ sofrTop.latest | bp }} | x |
`;

  it('gives the pipeline\'s HTML: nested conditions, an empty section dropped, a block placed', () => {
    const tree = checked(TEMPLATE, FILE, kinds, blocks);
    const opts = options(FILE, 'en', '2025-11-05', figures, blocks);
    const got = viaProgram(tree, opts);
    expect(got).toEqual(viaRemark(tree, opts));
    expect(got.html).not.toContain('Empty section');
    expect(got.html).toContain('<blockquote>');
    expect(got.html).toContain('<figure class="chart">');
  });

  it('raises the pipeline\'s error, at the container, for a condition reading a figure with no data', () => {
    const md = 'Intro\n\n:::when{if="srf.latest > 1"}\nx\n:::\n';
    const tree = checked(md, FILE, kinds, blocks);
    const opts = options(FILE, 'en', '2025-11-05', figures, blocks);
    const err = catchError(() => viaProgram(tree, opts));
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.message).toBe(catchError(() => viaRemark(tree, opts)).message);
    expect(err.message).toMatch(/^content\/reports\/test\.md:3:1: condition "srf\.latest > 1" reads srf\.latest, which has no data on or before 2025-11-05/);
  });

  it('is not made for a template that needs the whole document (a reference link), which the pipeline fills', () => {
    const tree = checked('See [the method][m].\n\n[m]: /methodology/\n', FILE, kinds, blocks);
    expect(compileProgram(tree, FILE)).toBeNull();
  });
});
