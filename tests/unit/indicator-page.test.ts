import { beforeAll, describe, expect, it } from 'vitest';
import { SERIES, type SeriesId } from '../../src/catalog/series.ts';
import { indicatorAbout } from '../../src/i18n/indicatorAbout.ts';
import { ruleText } from '../../src/i18n/report.ts';
import { cutHistory, fullHistory, RANGES, rangeStart } from '../../src/metrics/indicator.ts';
import { declaredSeries, rulesReading } from '../../src/metrics/ruleInputs.ts';
import { RULES } from '../../src/metrics/signals.ts';
import { formatDate } from '../../src/report/format.ts';
import { latestEditionDate } from '../../src/site/edition.ts';
import { figureSeriesOf } from '../../src/site/indicator.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { buildOf, fixtureSnapshot, indicatorPageOf } from '../helpers.ts';

// Indicator pages (issue 21 §5): how the verdict uses a series is derived from the signal rules'
// inputs, and each range's chart starts where its data do.

let snap: Snapshot;
let asOf: string;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  asOf = latestEditionDate(snap);
});

describe('which rules read a series', () => {
  it('lists every rule whose inputs come from the series, through spreads and splices', () => {
    // The tail rules read SOFR's 99th percentile against its kind of day (SOFR_P99), not SOFR itself.
    expect(rulesReading('SOFR')).toEqual(['funding.spike', 'funding.heldAboveTop', 'funding.sofrAboveTop', 'funding.sofrAboveIorb']);
    expect(rulesReading('DFEDTARU')).toContain('funding.tailHeldAboveTop');
    expect(rulesReading('SOFR_P99')).toEqual(['funding.tailSpike', 'funding.tailHeldAboveTop', 'funding.p99AboveTop']);
    // IOER feeds SOFR − IORB before 2021-07-29 through the splice, though the base declares IORB only.
    expect(rulesReading('IOER')).toEqual(['funding.sofrAboveIorb']);
    // The repo operations series holds the 2019–21 temporary operations too (omo.today).
    expect(rulesReading('SRF_TOTAL')).toEqual(['facility.large', 'facility.omoLarge', 'facility.any', 'facility.omo']);
    expect(rulesReading('CBBTCUSD')).toEqual(['risk.btcDeep', 'risk.btc']);
    expect(declaredSeries('reserves.rank5y')).toEqual(['WRESBAL']);
  });

  it('finds the inputs of family metrics (the fiscal drain) from the figures the timeline computed', () => {
    const fs = figureSeriesOf(buildOf(snap).timeline);
    expect(rulesReading('WTREGEN')).toEqual([]);
    expect(rulesReading('WTREGEN', fs)).toEqual(['fiscal.drainLarge', 'fiscal.drain']);
    expect(rulesReading('WALCL', fs)).toEqual(['fiscal.drainLarge', 'fiscal.drain']);
  });

  it('follows RULES: every rule is listed on the page of at least one of its input series', () => {
    const fs = figureSeriesOf(buildOf(snap).timeline);
    const listed = new Set(SERIES.flatMap((s) => rulesReading(s.id, fs)));
    // Rules that read the Fed's dated emergency actions (catalog/events.ts), not a series, have no page.
    const eventOnly = RULES.filter((r) => r.needs.every((k) => fs(k).length === 0)).map((r) => r.id);
    expect(eventOnly).toEqual(['lender.emergency', 'lender.recentAction']);
    expect([...listed].sort()).toEqual(RULES.map((r) => r.id).filter((id) => !eventOnly.includes(id)).sort());
  });

  it('puts the rules with their words on the page, and says so when no rule reads the series', () => {
    const sofr = indicatorPageOf(snap, 'SOFR', 'en');
    expect(sofr.rules.map((r) => r.id)).toEqual(rulesReading('SOFR'));
    expect(sofr.rules[0]).toMatchObject({ pillar: 'Funding rates', level: 'red', text: ruleText('funding.spike', 'en') });
    const tga = indicatorPageOf(snap, 'TGA_CLOSE', 'zh');
    expect(tga.rules).toEqual([]);
    expect(indicatorPageOf(snap, 'WTREGEN', 'zh').rules.map((r) => r.id)).toEqual(['fiscal.drainLarge', 'fiscal.drain']);
  });
});

describe('words and schedule', () => {
  it('has what and why in both languages for every catalog series, and the catalog schedule', () => {
    for (const s of SERIES) {
      for (const l of ['zh', 'en'] as const) {
        expect(indicatorAbout(s.id, l).what.length, `${s.id} ${l}`).toBeGreaterThan(30);
        expect(indicatorAbout(s.id, l).why.length, `${s.id} ${l}`).toBeGreaterThan(30);
      }
    }
    expect(indicatorPageOf(snap, 'WRESBAL', 'en').schedule).toBe('Federal Reserve H.4.1, Thursdays at 4:30 p.m. ET, for Wednesday');
  });

  it('writes percentiles as ordinals in English ("the 1st percentile"), never as a bare number', () => {
    for (const s of SERIES) expect(indicatorAbout(s.id, 'en').what, s.id).not.toMatch(/\bthe \d+ percentile/);
    expect(indicatorAbout('SOFR_P1', 'en').what).toContain('the 1st percentile is the rate at or below which 1% of that volume traded');
    expect(indicatorAbout('SOFR_P99', 'en').what).toContain('the 99th percentile');
  });
});

describe('ranges', () => {
  it('starts each range at the first observation on or after its start; Max at the first of all', () => {
    const full = fullHistory(snap, 'SOFR', asOf);
    if (!full) throw new Error('no SOFR history in the fixture');
    expect(full.rows[0]?.date).toBe('2018-04-02');
    const firsts = RANGES.map((r) => cutHistory(full, rangeStart(asOf, r))?.rows[0]?.date);
    const expected = RANGES.map((r) => {
      const from = rangeStart(asOf, r);
      return full.rows.find((o) => from === undefined || o.date >= from)?.date;
    });
    expect(firsts).toEqual(expected);
    expect(rangeStart('2025-11-20', '6m')).toBe('2025-05-20');
    expect(rangeStart('2025-11-20', '1y')).toBe('2024-11-20');
    expect(rangeStart('2025-11-20', '5y')).toBe('2020-11-20');
    // Shorter ranges hold fewer observations, each a tail of the next.
    const lengths = RANGES.map((r) => cutHistory(full, rangeStart(asOf, r))?.rows.length ?? 0);
    expect(lengths).toEqual([...lengths].sort((a, b) => a - b));
  });

  it('draws the target range behind SOFR over the same dates, not behind a balance', () => {
    const h = cutHistory(fullHistory(snap, 'SOFR', asOf), rangeStart(asOf, '1y'));
    expect(h?.band?.[0]?.date).toBe(h?.rows[0]?.date);
    expect(h?.band?.every((b) => b.lo < b.hi)).toBe(true);
    expect(fullHistory(snap, 'RRPONTSYD', asOf)?.band).toBeUndefined();
    const page = indicatorPageOf(snap, 'SOFR', 'en').charts.find((c) => c.range === '1y');
    expect(page?.html).toContain('Fed funds target range');
  });

  it('says what data exist: a range longer than the series is titled "since" its first date', () => {
    const view = indicatorPageOf(snap, 'SRF_TOTAL', 'en');
    const titles = Object.fromEntries(view.charts.map((c) => [c.range, /<strong[^>]*>([^<]*)<\/strong>/.exec(c.html)?.[1]]));
    const first = fullHistory(snap, 'SRF_TOTAL', asOf)?.rows[0]?.date as string;
    // The snapshot's SRF-era days begin in 2025 (the facility since 2021-07-28), well inside five years.
    expect(first > rangeStart(asOf, '5y')!).toBe(true);
    expect(titles['5y']).toBe(`Fed repo operations take-up: since ${formatDate(first, 'en')} (no earlier data)`);
    expect(titles.max).toBe(`Fed repo operations take-up: all data, since ${formatDate(first, 'en')}`);
    expect(titles['1y']).toBe(titles['5y']);
    expect(view.defaultRange).toBe('5y');
    expect(indicatorPageOf(snap, 'SOFR', 'zh').charts.find((c) => c.range === '5y')?.html).toContain('最近 5 年');
  });

  it('offers only ranges with data, and a closed series still has a chart', () => {
    // Closed series, and series no family uses as a base (Fed lending, market rates, stress indexes).
    const ids: SeriesId[] = ['BTCUSDT', 'IOER', 'H41RESPPALDKNWW', 'WLCFLPCL', 'DGS2', 'OFR_FSI', 'STLFSI4'];
    for (const id of ids) {
      const view = indicatorPageOf(snap, id, 'en');
      expect(view.charts.length, id).toBeGreaterThan(0);
      expect(view.charts.map((c) => c.range), id).toContain(view.defaultRange);
    }
  });

  it('draws a series without a base in metric units: $ millions as $bn, index points as they are', () => {
    const raw = snap.series.get('WLCFLPCL') ?? [];
    const h = fullHistory(snap, 'WLCFLPCL', asOf);
    expect(h?.kind).toBe('usd_bn');
    expect(h?.rows[0]?.value).toBeCloseTo((raw[0]?.value ?? Number.NaN) / 1000, 9);
    const fsi = fullHistory(snap, 'OFR_FSI', asOf);
    expect(fsi?.kind).toBe('index');
    const last = fsi?.rows.at(-1);
    expect(last?.value).toBe(snap.series.get('OFR_FSI')?.find((o) => o.date === last?.date)?.value);
    // Published two business days after its date: nothing newer than that is drawn.
    expect(last && last.date < asOf).toBe(true);
  });
});
