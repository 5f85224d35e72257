// Names that used to be plain strings are typed by the registry (metrics) or the catalog, so a
// missing word or a misspelt id fails `tsc`, which `npm test` runs over this file before vitest:
// each `@ts-expect-error` below must stay an error, and each expectTypeOf must keep its type, or
// the suite fails. The runtime checks are the same promise seen from the output.
import { describe, expect, expectTypeOf, it } from 'vitest';
import { SERIES, type SeriesId } from '../../src/catalog/series.ts';
import { metricName } from '../../src/i18n/metrics.ts';
import { CALM_NAMES, EPISODE_NAMES, PILLAR_NAMES, ruleText } from '../../src/i18n/report.ts';
import { CALM_WINDOWS, type CalmId } from '../../src/metrics/backtest.ts';
import { EPISODES, type EpisodeId } from '../../src/metrics/episodes.ts';
import type { Figure } from '../../src/metrics/figure.ts';
import { METRIC_KINDS, type MetricKey } from '../../src/metrics/registry.ts';
import { PILLARS, REGIME_RULES, RULES, type Pillar, type SignalRule } from '../../src/metrics/signals.ts';
import type { Figures } from '../../src/metrics/timeline.ts';
import { editionFigureKeys } from '../../src/site/downloads.ts';
import { buildJobs } from '../../src/update/plan.ts';

const LOCALES = ['zh', 'en'] as const;

/** Never called: tsc checks it. Each line names an id that does not exist. */
function bogusIds(figures: Figures): unknown[] {
  return [
    // @ts-expect-error a misspelt metric has no name
    metricName('sofr.lates', 'en'),
    // @ts-expect-error a misspelt rule has no words
    ruleText('funding.spik', 'en'),
    // @ts-expect-error a pillar that does not exist
    PILLAR_NAMES.en.fundng,
    // @ts-expect-error an episode that does not exist
    EPISODE_NAMES.zh.repo2018,
    // @ts-expect-error a calm period that does not exist
    CALM_NAMES.en.abundant2020,
    // @ts-expect-error an edition has no figure of that name
    figures['sofr.lates'],
  ];
}

describe('names typed by the registry and the catalog', () => {
  it('keeps the types that make a missing word or a typo a compile error', () => {
    expect(bogusIds).toBeTypeOf('function');
    expectTypeOf<Figures>().toEqualTypeOf<Readonly<Record<MetricKey, Figure | null>>>();
    expectTypeOf(metricName).parameter(0).toEqualTypeOf<MetricKey>();
    expectTypeOf(ruleText).parameter(0).toEqualTypeOf<SignalRule>();
    expectTypeOf(PILLAR_NAMES.en).toEqualTypeOf<Record<Pillar | 'overall', string>>();
    expectTypeOf(EPISODE_NAMES.en).toEqualTypeOf<Record<EpisodeId, string>>();
    expectTypeOf(CALM_NAMES.en).toEqualTypeOf<Record<CalmId, string>>();
    expectTypeOf(editionFigureKeys).returns.toEqualTypeOf<MetricKey[]>();
  });

  it('gives every rule, pillar, episode, calm period and metric its words in both languages', () => {
    const rules: SignalRule[] = [
      ...RULES.map((r) => r.id), ...REGIME_RULES.map((r) => r.id),
      ...PILLARS.flatMap((p) => [`${p}.calm`, `${p}.noData`, `${p}.stale`] as const),
    ];
    for (const l of LOCALES) {
      for (const r of rules) expect(ruleText(r, l), `${l} ${r}`).not.toMatch(/^[a-z]+\.[A-Za-z]+$/);
      for (const p of [...PILLARS, 'overall'] as const) expect(PILLAR_NAMES[l][p], `${l} ${p}`).toBeTruthy();
      for (const e of [...EPISODES.map((x) => x.id), 'now'] as const) expect(EPISODE_NAMES[l][e], `${l} ${e}`).toBeTruthy();
      for (const c of CALM_WINDOWS) expect(CALM_NAMES[l][c.id], `${l} ${c.id}`).toBeTruthy();
      for (const k of METRIC_KINDS.keys()) {
        const name = metricName(k, l);
        expect(name, `${l} ${k}`).not.toContain('undefined');
        expect(name, `${l} ${k}`).not.toBe(k);
      }
    }
  });
});

describe('the update plan, from the catalog', () => {
  it('fetches every catalog series by exactly one job, FRED series by a FRED job each', () => {
    const jobs = buildJobs({});
    const fetched = jobs.flatMap((j) => j.series.map((id) => [id, j.source] as const));
    const count = new Map<SeriesId, number>();
    for (const [id] of fetched) count.set(id, (count.get(id) ?? 0) + 1);
    // The Binance history is a fixed file with no refresh job (catalog: BTCUSDT ends at the splice).
    for (const s of SERIES.filter((x) => x.source !== 'binance')) expect(count.get(s.id), s.id).toBe(1);
    const fred = SERIES.filter((s) => s.source === 'fred').map((s) => s.id);
    expect(fetched.filter(([, source]) => source === 'fred').map(([id]) => id)).toEqual(fred);
    expect(fred).toContain('SOFR');
  });
});
