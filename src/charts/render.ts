import * as Plot from '@observablehq/plot';
import { parseHTML } from 'linkedom';

/**
 * Renders Plot options to an SVG string at build time. A fresh linkedom document per chart:
 * reusing one made large charts ~2x slower in our spike.
 */
export function renderPlot(options: Plot.PlotOptions): string {
  const { document } = parseHTML('<!doctype html><html><body></body></html>');
  return (Plot.plot({ ...options, document: document as unknown as Document }) as Element).outerHTML;
}
