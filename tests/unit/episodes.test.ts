// The episode comparison: this edition's column and panel always present and first, one honest
// shared scale (cut only for an outlier, never through this edition), text legible on a phone.
import { parseHTML } from 'linkedom';
import { beforeAll, describe, expect, it } from 'vitest';
import { cutAt, episodePanelsHtml, episodeScale, PANEL } from '../../src/charts/episodes.ts';
import { EPISODE_NAMES } from '../../src/i18n/report.ts';
import { ui } from '../../src/i18n/ui.ts';
import { EPISODES, episodesBy, episodeWindows } from '../../src/metrics/episodes.ts';
import { computeEdition } from '../../src/metrics/timeline.ts';
import { composeEdition } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot, seriesEndingAt } from '../helpers.ts';

let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

const SPAN = 30;
const panelsOf = (asOf: string) => [{ id: 'now' as const, day0: asOf }, ...episodesBy(asOf).map((e) => ({ id: e.id, day0: e.date })).reverse()];
const words = (l: 'zh' | 'en') => {
  const t = ui(l);
  return {
    names: EPISODE_NAMES[l], unit: t.chartEpisodesY, day0: t.chartEpisodesDay0, peak: t.chartEpisodesPeak,
    panel: t.chartEpisodesPanel, noData: t.chartEpisodesNoData, axes: t.chartEpisodesAxes,
  };
};
const peak = (points: ReturnType<typeof episodeWindows>, id: string) => Math.max(...points.filter((p) => p.episode === id).map((p) => p.value));
/** The edition's episode section (table and chart), from the shipped template's two blocks. */
const section = (asOf: string, locale: 'zh' | 'en', s: Snapshot = snap) =>
  parseHTML(`<html><body>${composeEdition({
    snap: s, locale, metrics: computeEdition(s, asOf), template: '::table{id=episodes}\n\n::chart{id=episodes}\n', file: 't.md',
  }).html}</body></html>`).document;

describe('episode scale', () => {
  it('cuts Sept 2019 off a shared scale that still holds every other panel and this edition whole', () => {
    const points = episodeWindows(snap, '2025-11-12', SPAN);
    const scale = episodeScale(points);
    expect(peak(points, 'repo2019')).toBe(300);
    expect(scale.cap).not.toBeNull();
    expect(scale.hi).toBe(scale.cap);
    for (const id of ['now', 'squeeze2025', 'banks2023', 'covid2020']) expect(peak(points, id), id).toBeLessThanOrEqual(scale.hi);
    // The cut sits near the others (March 2020 reached +29 bp), not near 2019's +300.
    expect(scale.hi).toBeLessThan(2 * peak(points, 'covid2020'));
    expect(scale.lo).toBeLessThanOrEqual(Math.min(...points.map((p) => p.value)));
  });

  it('never cuts this edition: the day after the 2019 spike, both panels show it whole', () => {
    const points = episodeWindows(snap, '2019-09-18', SPAN);
    expect(peak(points, 'now')).toBe(300);
    expect(episodeScale(points)).toMatchObject({ cap: null, hi: 300 });
  });

  it('draws a cut line up to the frame edge and breaks it while off the scale', () => {
    const line = [{ offset: -1, value: 0 }, { offset: 0, value: 100 }, { offset: 1, value: 20 }, { offset: 2, value: 10 }];
    expect(cutAt(line, 50)).toEqual([
      { offset: -1, value: 0 }, { offset: -0.5, value: 50 }, { offset: 0, value: Number.NaN },
      { offset: 0.625, value: 50 }, { offset: 1, value: 20 }, { offset: 2, value: 10 },
    ]);
    expect(cutAt(line, null)).toEqual(line);
  });
});

describe('episode panels', () => {
  it('one SVG per panel, this edition first, every text at least 11 CSS px on the narrowest phone', () => {
    const { html, cut } = episodePanelsHtml(episodeWindows(snap, '2025-11-12', SPAN), panelsOf('2025-11-12'), SPAN, words('en'), 'en');
    const doc = parseHTML(`<html><body>${html}</body></html>`).document;
    const panels = [...doc.querySelectorAll('.episode-panel')];
    expect(panels.map((p) => p.getAttribute('data-episode'))).toEqual(['now', 'squeeze2025', 'banks2023', 'covid2020', 'repo2019']);
    expect(cut).toEqual(['repo2019']);
    for (const p of panels) {
      const svg = p.querySelector('svg');
      if (!svg) throw new Error(`panel ${p.getAttribute('data-episode')} has no chart`);
      const viewBoxWidth = Number(svg.getAttribute('viewBox')?.split(' ')[2]);
      expect(viewBoxWidth).toBe(PANEL.width);
      const sizes = [svg, ...svg.querySelectorAll('[font-size]')].map((el) => parseFloat(el.getAttribute('font-size') ?? ''));
      expect(sizes.length).toBeGreaterThan(0);
      // SVG text scales with the panel: CSS px = font size × panel CSS width / viewBox width.
      for (const size of sizes) expect(size * PANEL.minCssWidth / viewBoxWidth).toBeGreaterThanOrEqual(11);
      // Each panel is its own image with a name that says what it shows.
      expect(svg.getAttribute('role')).toBe('img');
      expect(svg.getAttribute('aria-label')).toMatch(/day 0 .*: SOFR minus the top of the target range from −?\+?\d+ bp to [−+]?\d+ bp$/);
      // No axis titles inside the SVG (the page says what the axes are), so none can meet a tick.
      expect(svg.querySelector('[data-mark="y-axis label"], [data-mark="x-axis label"]')).toBeNull();
    }
    // The cut peak is written on its panel; the others carry no such label.
    expect(doc.querySelector('[data-episode="repo2019"] svg')?.textContent).toContain('peak +300 bp');
    expect(doc.querySelector('[data-episode="covid2020"] svg')?.textContent).not.toContain('peak');
    expect(doc.querySelector('.episode-panels')?.getAttribute('data-cap')).toBe('50');
  });

  it('labels ticks in the page language and numbers signed, the unit on the top tick', () => {
    const { html } = episodePanelsHtml(episodeWindows(snap, '2025-11-12', SPAN), panelsOf('2025-11-12'), SPAN, words('zh'), 'zh');
    const doc = parseHTML(`<html><body>${html}</body></html>`).document;
    const svg = doc.querySelector('[data-episode="now"] svg');
    const yTicks = [...(svg?.querySelectorAll('[data-mark="y-axis tick label"] text') ?? [])].map((t) => t.textContent);
    expect(yTicks.at(-1)).toMatch(/^\+\d+ 基点$/);
    expect(yTicks).toContain('0');
    expect(yTicks.some((t) => /^−\d+$/.test(t ?? ''))).toBe(true);
    const xTicks = [...(svg?.querySelectorAll('[data-mark="x-axis tick label"] text') ?? [])].map((t) => t.textContent);
    expect(xTicks).toEqual(['−30', '−15', '0', '+15', '+30']);
    expect(doc.querySelector('[data-episode="now"] .episode-panel-day0')?.textContent).toBe('第 0 天：2025年11月12日');
  });

  it('says so in place of a panel with no data, instead of drawing an empty chart', () => {
    // The target range stops 40 days before the edition: neither this edition's window nor the
    // late-October one holds a spread.
    const stale = seriesEndingAt(snap, 'DFEDTARU', '2025-09-26');
    const doc = section('2025-11-12', 'en', stale);
    expect(doc.querySelector('[data-episode="now"] svg')).toBeNull();
    expect(doc.querySelector('[data-episode="now"] .episode-panel-empty')?.textContent).toBe('No SOFR minus range-top data in these 30 days.');
    expect(doc.querySelector('[data-episode="squeeze2025"] .episode-panel-empty')).not.toBeNull();
    expect([...doc.querySelectorAll('.episode-panel svg')].map((svg) => svg.closest('.episode-panel')?.getAttribute('data-episode')))
      .toEqual(['banks2023', 'covid2020', 'repo2019']);
    // The table's current column marks the stale spread and gives its date; past columns do not.
    const cell = doc.querySelector('.episodes-table tr[data-metric="sofrTop.latest"] td.current');
    expect(cell?.querySelector('.fig-stale')).not.toBeNull();
    expect(cell?.textContent).toMatch(/Sep 2\d, 2025, stale$/);
    expect(doc.querySelectorAll('.episodes-table td:not(.current) .fig-stale').length).toBe(0);
  });
});

describe('episode table', () => {
  it('puts this edition first after the metric names, marked, then the episodes from the most recent', () => {
    const doc = section('2025-11-12', 'en');
    const heads = [...doc.querySelectorAll('.episodes-table thead th')];
    expect(heads.map((th) => th.textContent)).toEqual([
      'Metric', 'This editionNov 12, 2025', 'Late Oct 2025 squeezeOct 31, 2025', 'March 2023 bank stressMar 13, 2023',
      'March 2020 dash for cashMar 17, 2020', 'Sept 2019 repo spikeSep 17, 2019',
    ]);
    expect(heads[1]?.className).toBe('current');
    // Every body row has this edition's cell second, marked like its header.
    const rows = [...doc.querySelectorAll('.episodes-table tbody tr')];
    expect(rows.length).toBeGreaterThan(5);
    for (const tr of rows) expect(tr.children[1]?.classList.contains('current'), tr.getAttribute('data-metric') ?? '').toBe(true);
    expect(doc.querySelector('[data-metric="sofrTop.latest"] .current')?.textContent).toMatch(/^[−+]?\d+ bp$/);
    // A scroll cue for narrow screens sits before the scrollable, focusable region.
    expect(doc.querySelector('.scroll-hint + .episodes-wrap[role="region"][tabindex="0"]')).not.toBeNull();
  });

  it('lists only the episodes that had ended by the edition, in both the table and the chart', () => {
    // 2020-03-18: the dash for cash is under way, so only 2019 is history; by 03-23 it has ended.
    expect([...section('2020-03-18', 'zh').querySelectorAll('.episode-panel')].map((p) => p.getAttribute('data-episode'))).toEqual(['now', 'repo2019']);
    const doc = section('2020-03-23', 'zh');
    expect([...doc.querySelectorAll('.episodes-table thead th')].length).toBe(1 + 1 + 2);
    expect([...doc.querySelectorAll('.episode-panel')].map((p) => p.getAttribute('data-episode'))).toEqual(['now', 'covid2020', 'repo2019']);
    expect(EPISODES.filter((e) => e.end < '2020-03-23').length).toBe(2);
  });
});
