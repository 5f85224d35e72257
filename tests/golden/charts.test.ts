// Golden SVG of each chart kind (src/charts), drawn from the frozen fixture snapshot.
import { beforeAll, describe, it } from 'vitest';
import type { SeriesId } from '../../src/catalog/series.ts';
import { episodePanelsHtml } from '../../src/charts/episodes.ts';
import { historyPlot } from '../../src/charts/history.ts';
import { rateRangePlot } from '../../src/charts/rateRange.ts';
import { renderPlot } from '../../src/charts/render.ts';
import { EPISODE_NAMES } from '../../src/i18n/report.ts';
import { ui } from '../../src/i18n/ui.ts';
import { episodesBy, episodeWindows } from '../../src/metrics/episodes.ts';
import { historyOf } from '../../src/metrics/indicator.ts';
import { rateRangeWindow } from '../../src/metrics/windows.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';
import { expectGolden, formatMarkup } from './golden.ts';

const t = ui('en');
let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

describe('golden charts (fixture snapshot)', () => {
  it.each(['2019-09-17', '2025-10-31'])('rate range around %s', (asOf) => {
    const svg = renderPlot(rateRangePlot(rateRangeWindow(snap, asOf, 180), {
      y: t.chartRatesY, sofr: t.chartRatesSofr, range: t.chartRatesRange, iorb: t.chartRatesIorb('iorb'),
      ariaLabel: t.chartRatesTitle('iorb'), ariaDescription: `rates to ${asOf}`,
    }));
    expectGolden(`charts/rateRange-${asOf}.svg`, formatMarkup(svg));
  });

  it('episodes compared on 2025-11-12', () => {
    const asOf = '2025-11-12';
    const panels = [{ id: 'now' as const, day0: asOf }, ...episodesBy(asOf).map((e) => ({ id: e.id, day0: e.date })).reverse()];
    const { html } = episodePanelsHtml(episodeWindows(snap, asOf, 30), panels, 30, {
      names: EPISODE_NAMES.en, unit: t.chartEpisodesY, day0: t.chartEpisodesDay0, peak: t.chartEpisodesPeak, panel: t.chartEpisodesPanel,
      noData: t.chartEpisodesNoData, axes: t.chartEpisodesAxes,
    }, 'en');
    expectGolden(`charts/episodes-${asOf}.html`, formatMarkup(html));
  });

  // A level (SOFR), a spread-free balance (ON RRP) and a drawdown of a copyrighted price (S&P 500).
  it.each(['SOFR', 'RRPONTSYD', 'SP500'] as SeriesId[])('history of %s, five years to 2025-11-20', (id) => {
    const h = historyOf(snap, id, '2025-11-20', 5);
    if (!h) throw new Error(`no history for ${id} in the fixture`);
    const svg = renderPlot(historyPlot(h, { y: t.chartY[h.kind] ?? '', ariaLabel: `${id} history`, ariaDescription: `${h.mode}` }));
    expectGolden(`charts/history-${id}.svg`, formatMarkup(svg));
  });
});
