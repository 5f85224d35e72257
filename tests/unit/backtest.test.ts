import { describe, expect, it } from 'vitest';
import { backtest, CALM_WINDOWS, STRESS_WINDOWS } from '../../src/metrics/backtest.ts';
import { regime, type Level } from '../../src/metrics/signals.ts';
import { METRIC_KINDS } from '../../src/metrics/registry.ts';
import type { EditionMetrics, Figures } from '../../src/metrics/timeline.ts';
import { backtestTable } from '../../src/site/tables.ts';

/** Every metric without a value: the backtest reads only the overall signal. */
const NO_FIGURES = Object.fromEntries([...METRIC_KINDS.keys()].map((k) => [k, null])) as Figures;
const edition = (asOf: string, level: Level | null): EditionMetrics =>
  ({ asOf, figures: NO_FIGURES, signals: [{ pillar: 'overall', level, rule: (['overall.calm', 'overall.tight', 'overall.stress'] as const)[level ?? 0] }] });

describe('regime', () => {
  const calm = { funding: 0, facility: 0, buffers: 0, fiscal: 0, risk: 0 } as const;
  it('never lets risk assets or the fiscal drain decide on their own', () => {
    expect(regime({ ...calm, risk: 2 })).toBe(0);
    expect(regime({ ...calm, fiscal: 2 })).toBe(0);
    expect(regime({ ...calm, fiscal: 2, risk: 2 })).toBe(0);
  });
  it('needs corroboration before a funding spike reads as stress', () => {
    expect(regime({ ...calm, funding: 2 })).toBe(1);
    expect(regime({ ...calm, funding: 2, facility: 1 })).toBe(2);
    expect(regime({ ...calm, funding: 2, buffers: 2 })).toBe(2);
    expect(regime({ ...calm, funding: 2, buffers: 1 })).toBe(1);
    expect(regime({ ...calm, funding: 2, risk: 2 })).toBe(2);
    expect(regime({ ...calm, funding: 1, facility: 2 })).toBe(2);
    expect(regime({ ...calm, facility: 2 })).toBe(1);
  });
  it('reads tight on a large drain once buffers are thin, never on thin buffers alone', () => {
    expect(regime({ ...calm, buffers: 2 })).toBe(0);
    expect(regime({ ...calm, buffers: 1 })).toBe(0);
    expect(regime({ ...calm, buffers: 2, fiscal: 2 })).toBe(1);
    expect(regime({ ...calm, buffers: 1, fiscal: 2 })).toBe(1);
  });
  it('has no reading without any funding-side pillar', () => {
    expect(regime({ funding: null, facility: null, buffers: null, fiscal: 2, risk: 2 })).toBeNull();
  });
});

describe('backtest', () => {
  it('scores episodes, calm periods and where the red days fall', () => {
    const [e19] = STRESS_WINDOWS;
    const [calm21] = CALM_WINDOWS;
    const t = new Map<string, EditionMetrics>([
      ['2019-09-13', edition('2019-09-13', 2)], // red outside any episode
      ['2019-09-16', edition('2019-09-16', 1)],
      ['2019-09-17', edition('2019-09-17', 2)],
      ['2019-09-18', edition('2019-09-18', 2)],
      ['2019-09-19', edition('2019-09-19', 0)],
      ['2020-03-18', edition('2020-03-18', 2)], // after the 2020 peak
      ['2021-06-01', edition('2021-06-01', 0)],
      ['2021-06-02', edition('2021-06-02', 1)],
      ['2021-06-03', edition('2021-06-03', 0)],
      ['2021-06-04', edition('2021-06-04', null)],
    ]);
    const b = backtest(t);
    const ep = b.episodes.find((e) => e.id === e19?.id)!;
    expect(ep).toMatchObject({ days: 4, alertShare: 0.75, firstAlert: '2019-09-16', firstRed: '2019-09-17', detected: true });
    expect(b.episodes.find((e) => e.id === 'covid2020')).toMatchObject({ days: 1, firstRed: '2020-03-18', detected: false });
    expect(b.episodes.find((e) => e.id === 'banks2023')).toMatchObject({ days: 0, firstRed: null, detected: false });
    expect(b.calm.find((c) => c.id === calm21?.id)).toMatchObject({ days: 4, amberShare: 0.25, redShare: 0 });
    expect(b).toMatchObject({ days: 10, redDays: 4, redInEpisodes: 3, from: '2019-09-13', to: '2021-06-04' });
    // Single-day flips: 2019-09-16 (amber between reds), 2019-09-19 (green between reds),
    // 2020-03-18 (red between greens), 2021-06-02 (amber between greens).
    expect(b.flips).toBe(4);
    expect(b.years).toEqual([
      { year: '2019', days: 5, amberOutside: 0, redOutside: 1, flips: 2 },
      { year: '2020', days: 1, amberOutside: 0, redOutside: 0, flips: 1 },
      { year: '2021', days: 4, amberOutside: 1, redOutside: 0, flips: 1 },
    ]);
    // The methodology's per-year table shows the same numbers, in both languages.
    expect(backtestTable(b, 'en')).toContain('<tr data-year="2019"><th scope="row">2019</th><td class="num">5</td><td class="num">0</td><td class="num">1</td><td class="num">2</td></tr>');
    expect(backtestTable(b, 'en')).toContain('<tr data-year="2021"><th scope="row">2021</th><td class="num">4</td><td class="num">1</td><td class="num">0</td><td class="num">1</td></tr>');
    expect(backtestTable(b, 'zh')).toContain('<th scope="col">事件外紧张</th>');
    for (const y of b.years) {
      expect(backtestTable(b, 'zh')).toContain(`<tr data-year="${y.year}"><th scope="row">${y.year}</th><td class="num">${y.days}</td><td class="num">${y.amberOutside}</td><td class="num">${y.redOutside}</td><td class="num">${y.flips}</td></tr>`);
    }
    // Episode 2019: the overall reading first alerted one edition before the peak.
    expect(b.channels.find((c) => c.episode === 'repo2019' && c.channel === 'overall'))
      .toMatchObject({ firstAmber: '2019-09-16', firstRed: '2019-09-17', lead: 1, amberShare: 0.25, redShare: 0.5 });
  });

  it('scores each channel from its own figure', () => {
    const withChannel = (asOf: string, bank: Level): EditionMetrics => ({
      asOf, signals: [{ pillar: 'overall', level: bank, rule: (['overall.calm', 'overall.tight', 'overall.stress'] as const)[bank] }],
      figures: { ...NO_FIGURES, 'channel.bank': { value: bank, kind: 'signal', date: asOf, series: [], stale: false } },
    });
    const t = new Map([['2023-03-10', withChannel('2023-03-10', 0)], ['2023-03-13', withChannel('2023-03-13', 2)], ['2023-03-14', withChannel('2023-03-14', 2)]]);
    const bank = backtest(t).channels.find((c) => c.episode === 'banks2023' && c.channel === 'bank');
    expect(bank).toMatchObject({ firstAmber: '2023-03-13', firstRed: '2023-03-13', lead: 0, redShare: 2 / 3 });
    // The methodology's scorecard shows the same row, in both languages.
    const en = backtestTable(backtest(t), 'en');
    expect(en).toMatch(/<tr data-episode="banks2023" data-channel="bank"><th scope="row">March 2023 bank stress<\/th><td>bank funding<\/td><td><span class="nowrap">Mar 13, 2023<\/span><\/td><td><span class="nowrap">Mar 13, 2023<\/span><\/td><td>on the day<\/td><td class="num">0%<\/td><td class="num">67%<\/td><\/tr>/);
    expect(backtestTable(backtest(t), 'zh')).toContain('<td>银行融资</td>');
    // No figure for the repo channel: no reading, never an alert.
    expect(backtest(t).channels.find((c) => c.episode === 'banks2023' && c.channel === 'repo')).toMatchObject({ firstAmber: null, lead: null });
  });
});
