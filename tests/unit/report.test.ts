import { describe, expect, it } from 'vitest';
import type { Figure } from '../../src/metrics/figure.ts';
import { fillReport, type FillOptions } from '../../src/report/fill.ts';
import { TemplateError } from '../../src/report/errors.ts';
import { catchError } from '../helpers.ts';

const fig = (value: number, kind: Figure['kind'], date: string, stale = false): Figure => ({
  value, kind, date, series: ['SOFR'], stale,
});

const opts = (over: Partial<FillOptions> = {}): FillOptions => ({
  file: 'content/reports/test.md',
  locale: 'en',
  asOf: '2025-11-05',
  figures: {
    'sofr.latest': fig(4.22, 'pct', '2025-10-31'),
    'sofr.vsTop': fig(22, 'bp', '2025-10-31'),
    'tga.latest': fig(926.328, 'usd_bn', '2025-10-31', true),
    'srf.latest': null,
  },
  sourceOf: () => 'Federal Reserve Bank of New York',
  charts: { rates: () => '<figure class="chart"><svg viewBox="0 0 10 10"></svg></figure>' },
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

  it('formats per locale and marks stale figures', () => {
    const { html } = fill('{{ sofr.vsTop | bp }}，TGA {{ tga.latest | bn }}', { locale: 'zh' });
    expect(html).toContain('>+22 个基点</span>');
    expect(html).toContain('class="fig fig-stale" data-metric="tga.latest"');
    expect(html).toContain('>9,263 亿美元</span>');
  });

  it('works in headings and list items', () => {
    const { html } = fill('## SOFR {{ sofr.latest | pct }}\n\n- spread {{ sofr.vsTop | bp }}\n');
    expect(html).toMatch(/<h2>SOFR <span[^>]*>4\.22%<\/span><\/h2>/);
    expect(html).toMatch(/<li>spread <span[^>]*>\+22 bp<\/span><\/li>/);
  });

  const errorCases: [string, string, RegExp][] = [
    ['unknown metric', 'Intro\n\nSOFR {{ sofr.lates | pct }}', /^content\/reports\/test\.md:3:6: unknown metric "sofr\.lates"; known metrics: sofr\.latest/],
    ['unknown format', '{{ sofr.latest | percent }}', /^content\/reports\/test\.md:1:1: unknown format "percent"; formats: pct, bp, bn, date/],
    ['format that does not fit', 'x {{ sofr.latest | bp }}', /1:3: format "bp" does not fit metric "sofr\.latest" \(a pct figure\); use pct or date/],
    ['missing format', '{{ sofr.latest }}', /needs a format, e\.g\. \{\{ sofr\.latest \| date \}\}/],
    ['no data at the as-of date', 'SRF {{ srf.latest | bn }}', /1:5: metric "srf\.latest" has no data on or before 2025-11-05; guard it/],
    ['malformed name', '{{ SOFR latest | pct }}', /"SOFR latest" is not a metric name/],
    ['unclosed placeholder', 'a\nb {{ sofr.latest | pct', /test\.md:2:3: unclosed or malformed placeholder/],
    ['stray closing braces', 'done }}', /1:6: unclosed or malformed placeholder near "\}\}"/],
    ['unknown chart', 'x\n\n::chart{id=nope}', /test\.md:3:1: unknown chart "nope"; charts: rates/],
    ['chart without id', '::chart', /::chart needs an id/],
    ['misspelt directive', 'x\n\n::chrat{id=rates}', /test\.md:3:1: unknown directive "::chrat"/],
    ['unknown container', ':::whn{metric=srf.latest}\ntext\n:::', /1:1: unknown directive ":::whn"/],
  ];
  it.each(errorCases)('%s is a build error naming file, line and column', (_name, md, message) => {
    const err = catchError(() => fill(md));
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.message).toMatch(message);
  });
});

describe('charts', () => {
  it('replaces ::chart with the rendered figure', () => {
    const { html } = fill('Before\n\n::chart{id=rates}\n\nAfter');
    expect(html).toBe('<p>Before</p>\n<figure class="chart"><svg viewBox="0 0 10 10"></svg></figure>\n<p>After</p>');
  });
  it('renders only the charts a template asks for', () => {
    let calls = 0;
    fill('No chart here', { charts: { rates: () => { calls++; return ''; } } });
    expect(calls).toBe(0);
  });
});
