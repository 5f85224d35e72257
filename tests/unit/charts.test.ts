import { describe, expect, it } from 'vitest';
import { chartFigure } from '../../src/charts/figure.ts';
import { rateRangePlot } from '../../src/charts/rateRange.ts';
import { roundedCurve, type RoundedCurveName } from '../../src/charts/curves.ts';
import { renderPlot, roundGeometry } from '../../src/charts/render.ts';

const d = (iso: string) => new Date(`${iso}T00:00:00Z`);
const rows = [
  { date: d('2025-10-29'), sofr: 4.31, lower: 4.0, upper: 4.25, iorb: 4.15 },
  { date: d('2025-10-30'), sofr: 4.04, lower: 3.75, upper: 4.0, iorb: 3.9 },
  { date: d('2025-10-31'), sofr: 4.22, lower: 3.75, upper: 4.0, iorb: 3.9 },
];
const labels = { y: 'Rate (%)', sofr: 'SOFR', range: 'Range', iorb: 'IORB', ariaLabel: 'SOFR vs range', ariaDescription: 'desc' };

describe('rate range chart', () => {
  it('renders an accessible SVG with the band, IORB and SOFR lines', () => {
    const svg = renderPlot(rateRangePlot(rows, labels));
    expect(svg.startsWith('<svg')).toBe(true);
    // Named as an image on the root only; the description lives in the figure's visible text.
    expect(svg).toMatch(/^<svg[^>]* role="img"/);
    expect(svg).toMatch(/^<svg[^>]* aria-label="SOFR vs range"/);
    expect(svg).not.toContain('aria-description');
    expect(svg.match(/aria-label=/g)?.length).toBe(1); // never on a <g> (ARIA prohibits it without a role)
    expect(svg).toMatch(/<g [^>]*data-mark="y-axis tick label"/); // group names kept as data, for styles
    // Valid HTML: no font-variant attribute (Plot writes an SVG-invalid value), no inline style.
    expect(svg).not.toMatch(/ font-variant=| style=/);
    expect(svg).toMatch(/^<svg[^>]* font-size="12px"/);
    expect(svg).toMatch(/<style>[^<]*font-variant:tabular-nums/);
    expect(svg.match(/<path/g)?.length).toBeGreaterThanOrEqual(3); // area + 2 lines
    expect(svg).toContain('#b4232c'); // the SOFR line colour
    expect(svg).not.toMatch(/NaN|undefined/);
  });

  it('wraps the chart in a figure with title, description, legend and source', () => {
    const html = chartFigure(
      { id: 'rates', title: 'T <1>', description: 'D', source: 'Source: X', legend: [{ label: 'SOFR', color: '#b4232c', style: 'line' }] },
      '<svg></svg>',
    );
    expect(html).toContain('<figure class="chart" id="chart-rates" aria-labelledby="chart-rates-title" aria-describedby="chart-rates-desc">');
    expect(html).toContain('<strong id="chart-rates-title">T &lt;1&gt;</strong>');
    expect(html).toContain('<li><span class="swatch swatch-line" style="--swatch:#b4232c"></span>SOFR</li>');
    expect(html).toContain('<p class="chart-source">Source: X</p>');
  });
});

describe('coordinate rounding', () => {
  it('rounds positions to one decimal and leaves integers, styles, em offsets and text alone', () => {
    const svg = '<svg width="720"><g transform="translate(106.4999999,28)" stroke-width="1.65" stroke-dasharray="2.25,3">'
      + '<path d="M48,149.71428571L50.96,-0.04L1.2e-7,3" fill-opacity="0.45" /><line x1="48" y1="109.14285714" />'
      + '<text dy="0.71em" x="-3.14159">4.2567 day 12.345</text></g></svg>';
    expect(roundGeometry(svg)).toBe('<svg width="720"><g transform="translate(106.5,28)" stroke-width="1.65" stroke-dasharray="2.25,3">'
      + '<path d="M48,149.7L51,0L0,3" fill-opacity="0.45" /><line x1="48" y1="109.1" />'
      + '<text dy="0.71em" x="-3.1">4.2567 day 12.345</text></g></svg>');
  });

  it('draws rounded curves: each point rounded to the nearest tenth as it is drawn, in the curve\'s shape', () => {
    const draw = (name: RoundedCurveName) => {
      const calls: string[] = [];
      const context = { moveTo: (x: number, y: number) => calls.push(`M${x},${y}`), lineTo: (x: number, y: number) => calls.push(`L${x},${y}`), closePath: () => calls.push('Z') };
      const line = roundedCurve(name)(context as unknown as Parameters<ReturnType<typeof roundedCurve>>[0]);
      line.lineStart();
      for (const [x, y] of [[0.04, 10.25], [12.349, 7.9999], [30.35, -0.04]] as const) line.point(x, y);
      line.lineEnd();
      return calls.join('');
    };
    expect(draw('linear')).toBe('M0,10.3L12.3,8L30.4,0');
    expect(draw('step-after')).toBe('M0,10.3L12.3,10.3L12.3,8L30.4,8L30.4,0');
  });

  it('leaves no coordinate with more than one decimal in a rendered chart', () => {
    const svg = renderPlot(rateRangePlot(rows, labels));
    const values = [...svg.matchAll(/\s(?:d|x|y|x1|x2|y1|y2|transform)="([^"]*)"/g)].map((m) => m[1]);
    expect(values.length).toBeGreaterThan(10);
    expect(values.filter((v) => /\d\.\d\d/.test(v ?? ''))).toEqual([]);
  });
});
