import { escapeHtml } from '../report/escape.ts';

export interface ChartFrame {
  readonly id: string;
  readonly title: string;
  /** Text alternative describing what the chart shows, for screen readers and search. */
  readonly description: string;
  /** Source and notice line shown under the chart. */
  readonly source: string;
  readonly legend: readonly LegendItem[];
  /** What the chart's numbered markers stand for, in their order (marker 1 first). */
  readonly key?: readonly string[];
  /** Drawn at about its CSS size for a phone's column (pillarDrawing.ts): laid out at that size on every screen (site.css .chart-small). */
  readonly small?: boolean;
}

export interface LegendItem {
  readonly label: string;
  readonly color: string;
  readonly style: 'line' | 'dash' | 'band';
}

const legendHtml = (items: readonly LegendItem[]) =>
  items.length === 0
    ? ''
    : `<ul class="chart-legend">${items
        .map((i) => `<li><span class="swatch swatch-${i.style}" style="--swatch:${escapeHtml(i.color)}"></span>${escapeHtml(i.label)}</li>`)
        .join('')}</ul>`;

/**
 * Wraps a rendered SVG in an accessible <figure> with a title and source line. The figure keeps
 * its native role (a role on a figure with a figcaption is invalid HTML); it is named by its
 * caption's title and described by the visible text description.
 */
export function chartFigure(frame: ChartFrame, svg: string): string {
  const titleId = `chart-${frame.id}-title`;
  const descId = `chart-${frame.id}-desc`;
  return (
    `<figure class="chart${frame.small ? ' chart-small' : ''}" id="chart-${escapeHtml(frame.id)}" aria-labelledby="${titleId}" aria-describedby="${descId}">` +
    `<figcaption><strong id="${titleId}">${escapeHtml(frame.title)}</strong></figcaption>` +
    legendHtml(frame.legend) +
    `<div class="chart-svg">${svg}</div>` +
    (frame.key?.length ? `<ol class="chart-key">${frame.key.map((k) => `<li>${escapeHtml(k)}</li>`).join('')}</ol>` : '') +
    `<p class="chart-desc" id="${descId}">${escapeHtml(frame.description)}</p>` +
    `<p class="chart-source">${escapeHtml(frame.source)}</p>` +
    `</figure>`
  );
}
