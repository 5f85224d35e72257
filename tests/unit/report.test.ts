import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/metrics/figure.ts';
import type { FigureKind } from '../../src/core/figure.ts';
import { fillReport, type FillOptions } from '../../src/report/fill.ts';
import { TemplateError } from '../../src/report/errors.ts';
import { catchError } from '../helpers.ts';

const fig = (value: number, kind: FigureKind, date: string, stale = false): Figure => ({
  value, kind, date, series: ['SOFR'], stale,
});

const FIGURES: Record<string, Figure | null> = {
  'sofr.latest': fig(4.22, 'pct', '2025-10-31'),
  'sofrTop.latest': fig(22, 'bp', '2025-10-31'),
  'tga.latest': fig(926.328, 'usd_bn', '2025-10-31', true),
  'tga.chg3m': fig(483.46, 'usd_bn_delta', '2025-10-31'),
  'btc.drawdown': fig(-18.58, 'pct_chg', '2025-11-04'),
  'signal.overall': fig(2, 'signal', '2025-11-05'),
  'srf.latest': null,
};
const KINDS = new Map<string, FigureKind>([
  ...Object.entries(FIGURES).filter(([, f]) => f).map(([k, f]) => [k, (f as Figure).kind] as [string, FigureKind]),
  ['srf.latest', 'usd_bn'],
]);

const opts = (over: Partial<FillOptions> = {}): FillOptions => ({
  file: 'content/reports/test.md',
  locale: 'en',
  asOf: '2025-11-05',
  figures: FIGURES,
  kinds: KINDS,
  sourceOf: () => 'Federal Reserve Bank of New York',
  blocks: {
    chart: { rates: () => '<figure class="chart"><svg viewBox="0 0 10 10"></svg></figure>' },
    table: { signals: () => '<table class="signals"></table>' },
  },
  ...over,
});

const fill = (md: string, over?: Partial<FillOptions>) => fillReport(md, opts(over));

describe('placeholders', () => {
  it('fills a figure with its format, as-of date and source', () => {
    const { html, used } = fill('SOFR was {{ sofr.latest | pct }} on {{ sofr.latest | date }}.');
    expect(html).toBe(
      '<p>SOFR was <span class="fig" data-metric="sofr.latest" data-date="2025-10-31" title="Oct 31, 2025 · Federal Reserve Bank of New York">4.22%</span>' +
        ' on <span class="fig" data-metric="sofr.latest" data-date="2025-10-31" title="Oct 31, 2025 · Federal Reserve Bank of New York">Oct 31, 2025</span>.</p>',
    );
    expect(used).toEqual(['sofr.latest']);
  });

  it('links a figure to its indicator when asked', () => {
    const { html } = fill('{{ sofr.latest | pct }}', { linkOf: (f) => `/data/#series-${f.series[0]}` });
    expect(html).toMatch(/^<p><a class="fig" data-metric="sofr.latest" .* href="\/data\/#series-SOFR">4\.22%<\/a><\/p>$/);
  });

  it('formats per locale, signs changes and marks stale figures', () => {
    const { html } = fill('{{ sofrTop.latest | bp }}，TGA {{ tga.latest | bn }}，{{ tga.chg3m | bn }}，{{ btc.drawdown | pctchgAbs }}，{{ signal.overall | regime }}', { locale: 'zh' });
    expect(html).toContain('>+22 个基点</span>');
    expect(html).toContain('class="fig fig-stale" data-metric="tga.latest"');
    expect(html).toContain('>9,263 亿美元</span>');
    expect(html).toContain('>+4,835 亿美元</span>');
    expect(html).toContain('>18.6%</span>');
    expect(html).toContain('>紧张</span>');
  });

  it('works in headings and list items', () => {
    const { html } = fill('## SOFR {{ sofr.latest | pct }}\n\n- spread {{ sofrTop.latest | bp }}\n');
    expect(html).toMatch(/<h2>SOFR <span[^>]*>4\.22%<\/span><\/h2>/);
    expect(html).toMatch(/<li>spread <span[^>]*>\+22 bp<\/span><\/li>/);
  });
});

describe('conditions', () => {
  it('keeps a block whose condition holds and drops one that does not', () => {
    const md = ':::when{if="sofrTop.latest > 0"}\nabove\n:::\n\n:::when{if="sofrTop.latest <= 0"}\nbelow\n:::';
    expect(fill(md).html).toBe('<p>above</p>');
  });

  it('compares with words, other metrics and "and"', () => {
    expect(fill(':::when{if="signal.overall == stress and sofr.latest > sofrTop.latest"}\nyes\n:::').html).toBe('');
    expect(fill(':::when{if="signal.overall >= amber and sofrTop.latest > sofr.latest"}\nyes\n:::').html).toBe('<p>yes</p>');
  });

  it('guards on availability with has and missing', () => {
    const md = ':::when{has="srf.latest"}\nSRF {{ srf.latest | bn }}\n:::\n\n:::when{missing="srf.latest"}\nnot in this snapshot\n:::';
    expect(fill(md).html).toBe('<p>not in this snapshot</p>');
  });

  it('decides outer blocks first, so an inner condition may rely on an outer guard', () => {
    const md = '::::when{has="srf.latest"}\n:::when{if="srf.latest > 25"}\nbig\n:::\n::::\n\nend';
    expect(fill(md).html).toBe('<p>end</p>');
  });

  it('still checks the names in branches that are dropped', () => {
    const err = catchError(() => fill(':::when{if="sofrTop.latest < 0"}\n{{ sofr.lates | pct }}\n:::'));
    expect(err.message).toMatch(/^content\/reports\/test\.md:2:1: unknown metric "sofr\.lates"/);
  });
});

describe('blocks', () => {
  it('replaces ::chart and ::table with the rendered blocks', () => {
    const { html } = fill('Before\n\n::chart{id=rates}\n\n::table{id=signals}\n\nAfter');
    expect(html).toBe('<p>Before</p>\n<figure class="chart"><svg viewBox="0 0 10 10"></svg></figure>\n<table class="signals"></table>\n<p>After</p>');
  });
  it('renders only the blocks a template asks for', () => {
    let calls = 0;
    fill('No chart here', { blocks: { chart: { rates: () => { calls++; return ''; } }, table: {} } });
    expect(calls).toBe(0);
  });
});

const ERRORS: [string, string, RegExp][] = [
  ['unknown metric', 'Intro\n\nSOFR {{ sofr.lates | pct }}', /^content\/reports\/test\.md:3:6: unknown metric "sofr\.lates"; did you mean one of: sofr\.latest/],
  ['unknown format', '{{ sofr.latest | percent }}', /^content\/reports\/test\.md:1:1: unknown format "percent"; formats: pct, bp, bpAbs, bn/],
  ['format that does not fit', 'x {{ sofr.latest | bp }}', /1:3: format "bp" does not fit metric "sofr\.latest" \(a pct figure\); use pct or date/],
  ['missing format', '{{ sofr.latest }}', /needs a format, e\.g\. \{\{ sofr\.latest \| date \}\}/],
  ['no data at the as-of date', 'SRF {{ srf.latest | bn }}', /1:5: metric "srf\.latest" has no data on or before 2025-11-05; guard it with :::when\{has="srf\.latest"\}/],
  ['unguarded condition on missing data', ':::when{if="srf.latest > 0"}\nx\n:::', /1:1: condition "srf\.latest > 0" reads srf\.latest, which has no data on or before 2025-11-05; wrap it in :::when\{has="srf\.latest"\}/],
  ['malformed name', '{{ SOFR latest | pct }}', /"SOFR latest" is not a metric name/],
  ['unclosed placeholder', 'a\nb {{ sofr.latest | pct', /test\.md:2:3: unclosed or malformed placeholder/],
  ['stray closing braces', 'done }}', /1:6: unclosed or malformed placeholder near "\}\}"/],
  ['unknown chart', 'x\n\n::chart{id=nope}', /test\.md:3:1: unknown chart "nope"; charts: rates/],
  ['unknown table', '::table{id=nope}', /unknown table "nope"; tables: signals/],
  ['chart without id', '::chart', /::chart needs an id/],
  ['misspelt directive', 'x\n\n::chrat{id=rates}', /test\.md:3:1: unknown directive "::chrat"/],
  ['unknown container', ':::whn{has=sofr.latest}\ntext\n:::', /1:1: unknown directive ":::whn"/],
  ['when without a condition', ':::when\ntext\n:::', /1:1: :::when takes one of if="…", has="…", missing="…", fresh="…", stale="…", or one of after="…", before="…", during="…", or claim="…", or one of each kind together \(all must hold\) \(got none\)/],
  ['when with two conditions', ':::when{if="sofr.latest > 1" has=sofr.latest}\ntext\n:::', /takes one of .* \(got if, has\)/],
  ['when with two event guards', ':::when{after="srf" before="btfp"}\ntext\n:::', /takes one of .* \(got after, before\)/],
  ['unreadable condition', ':::when{if="sofr.latest is high"}\ntext\n:::', /cannot read condition "sofr\.latest is high"/],
  ['unknown word in condition', ':::when{if="signal.overall == purple"}\ntext\n:::', /unknown word "purple" in condition/],
  ['unknown metric in condition', ':::when{if="sofr.last > 1"}\ntext\n:::', /1:1: unknown metric "sofr\.last"/],
];

describe('template errors', () => {
  it.each(ERRORS)('%s is a build error naming file, line and column', (_name, md, message) => {
    const err = catchError(() => fill(md));
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.message).toMatch(message);
  });
});

describe('stale condition', () => {
  it('keeps its block only when a listed figure is shown but out of date', () => {
    // tga.latest is stale in FIGURES, sofr.latest is not, srf.latest has no data.
    expect(fill(':::when{stale="tga.latest"}\nold\n:::').html).toContain('old');
    expect(fill(':::when{stale="sofr.latest"}\nold\n:::').html).not.toContain('old');
    expect(fill(':::when{stale="srf.latest"}\nold\n:::').html).not.toContain('old');
    expect(fill(':::when{stale="sofr.latest,tga.latest"}\nold\n:::').html).toContain('old');
  });
});

describe('the checked template, kept between editions', () => {
  // The parsed and checked tree is reused for every edition; no edition may see another's
  // decisions, filled figures or blocks.
  const md = ':::when{if="sofrTop.latest > 10"}\nAbove: {{ sofrTop.latest | bp }}.\n:::\n\n:::when{missing="srf.latest"}\nNo SRF.\n:::\n\n::chart{id=rates}\n';
  const high = { ...FIGURES, 'sofrTop.latest': fig(22, 'bp', '2025-10-31') };
  const low = { ...FIGURES, 'sofrTop.latest': fig(3, 'bp', '2025-10-30'), 'srf.latest': fig(5, 'usd_bn', '2025-10-30') };
  const fresh = (figures: typeof FIGURES) => fillReport(md, opts({ figures, kinds: new Map(KINDS) })).html;

  it('gives each edition the same HTML as a first, uncached fill', () => {
    const expected = [fresh(high), fresh(low), fresh(high)];
    expect(expected[0]).toContain('+22 bp');
    expect(expected[1]).not.toContain('Above');
    expect(expected[1]).not.toContain('No SRF');
    const cached = [high, low, high].map((figures) => fill(md, { figures }).html);
    expect(cached).toEqual(expected);
  });

  it('still reports template errors on every fill', () => {
    expect(() => fill('{{ nope.latest | pct }}')).toThrow(TemplateError);
    expect(() => fill('{{ nope.latest | pct }}')).toThrow(/unknown metric "nope.latest"/);
  });
});

describe('empty sections', () => {
  const md = [
    '## Rates', '', 'SOFR was {{ sofr.latest | pct }}.', '',
    '## Risks', '', ':::when{if="sofr.latest > 10"}', '- **Rates very high.**', ':::', '',
    '### A subsection with nothing', '', ':::when{if="sofr.latest > 10"}', 'Never.', ':::', '',
    '## Conclusion', '', 'Calm.', '',
  ].join('\n');

  it('drops a heading whose whole section was conditional and kept nothing, nested ones too', () => {
    const { html } = fill(md);
    expect(html).toContain('<h2>Rates</h2>');
    expect(html).toContain('<h2>Conclusion</h2>');
    expect(html).not.toContain('Risks');
    expect(html).not.toContain('A subsection');
  });

  it('keeps the heading when its section says something, and a heading whose subsection does', () => {
    const { html } = fill(md.replace('sofr.latest > 10"}\n- **Rates', 'sofr.latest > 1"}\n- **Rates'));
    expect(html).toMatch(/<h2>Risks<\/h2>\n<ul>\n<li><strong>Rates very high\.<\/strong><\/li>\n<\/ul>/);
    const { html: nested } = fill(md.replace('sofr.latest > 10"}\nNever.', 'sofr.latest > 1"}\nNever.'));
    expect(nested).toContain('<h2>Risks</h2>');
    expect(nested).toContain('<h3>A subsection with nothing</h3>');
  });
});

describe('a condition, an event guard and a claim on one block', () => {
  const shown = (attrs: string) => fill(`:::when{${attrs}}\nShown.\n:::\n`).html.includes('Shown.');
  it('keeps the block only when all three hold', () => {
    expect(shown('if="signal.overall == stress" after="srf" claim="ratesBrokeOut"')).toBe(true);
    expect(shown('if="signal.overall == stress" before="srf" claim="ratesBrokeOut"')).toBe(false);
    expect(shown('if="signal.overall == calm" after="srf" claim="ratesBrokeOut"')).toBe(false);
    expect(shown('if="signal.overall == stress" after="srf" claim="ratesNotBrokeOut"')).toBe(false);
    expect(shown('after="srf" claim="ratesBrokeOut"')).toBe(true);
  });
  it('decides the claim and the event before the condition, which is read only when they hold', () => {
    // srf.latest has no data: the condition alone is an error, behind a failing claim it is never read.
    expect(catchError(() => shown('if="srf.latest > 0"')).message).toMatch(/reads srf.latest, which has no data/);
    expect(shown('if="srf.latest > 0" claim="ratesNotBrokeOut"')).toBe(false);
    expect(shown('if="srf.latest > 0" before="srf"')).toBe(false);
  });
});
