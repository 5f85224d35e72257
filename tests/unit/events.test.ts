import { describe, expect, it } from 'vitest';
import { EVENTS, mentionedTopics, runningAt } from '../../src/catalog/events.ts';
import { EPISODES, episodesBy } from '../../src/metrics/episodes.ts';
import { addDays } from '../../src/core/dates.ts';
import type { Figure } from '../../src/metrics/figure.ts';
import type { FigureKind } from '../../src/core/figure.ts';
import { TemplateError } from '../../src/report/errors.ts';
import { fillReport, type FillOptions } from '../../src/report/fill.ts';
import { catchError } from '../helpers.ts';

const fig = (value: number, kind: FigureKind, date: string, stale = false): Figure => ({ value, kind, date, series: ['SOFR'], stale });
const FIGURES = { 'tga.latest': fig(926.3, 'usd_bn', '2025-10-31', true), 'sofr.latest': fig(4.22, 'pct', '2025-10-31') };
const opts = (asOf: string, over: Partial<FillOptions> = {}): FillOptions => ({
  file: 'content/reports/test.md', locale: 'en', asOf, figures: FIGURES,
  kinds: new Map<string, FigureKind>([['tga.latest', 'usd_bn'], ['sofr.latest', 'pct']]),
  sourceOf: () => 'x', blocks: { chart: {}, table: {} }, guardEvents: true, ...over,
});
const text = (md: string, asOf: string) => fillReport(md, opts(asOf)).html.replace(/<[^>]+>/g, '').trim();

describe('policy events', () => {
  it('are dated, sourced and unique', () => {
    expect(new Set(EVENTS.map((e) => e.id)).size).toBe(EVENTS.length);
    for (const e of EVENTS) {
      // Official publishers only: the Fed, the New York Fed, the Treasury, the FDIC, Congress.
      expect(e.source, e.id).toMatch(/^https:\/\/(www\.federalreserve\.gov|www\.newyorkfed\.org|home\.treasury\.gov|www\.fdic\.gov|www\.congress\.gov)\//);
      expect(e.date <= ('effective' in e ? e.effective : e.date), e.id).toBe(true);
    }
  });

  it('knows when a programme was running', () => {
    const btfp = EVENTS.find((e) => e.id === 'btfp')!;
    expect(runningAt(btfp, '2023-03-10')).toBe(false);
    expect(runningAt(btfp, '2023-06-01')).toBe(true);
    expect(runningAt(btfp, '2024-03-12')).toBe(false);
  });

  it('finds the words that name an event, acronyms in capitals only', () => {
    expect(mentionedTopics('Take-up at the Standing Repo Facility').map((m) => m.topic)).toEqual(['srf']);
    expect(mentionedTopics('常备回购便利的使用量').map((m) => m.topic)).toEqual(['srf']);
    expect(mentionedTopics('Quantitative tightening ended').map((m) => m.topic)).toEqual(['qt']);
    expect(mentionedTopics('the qty of QTY')).toEqual([]);
    expect(mentionedTopics('In September 2019 and March 2023').map((m) => m.topic)).toEqual(['repo2019', 'banks2023']);
    expect(mentionedTopics('2019年9月的回购风波').map((m) => m.topic)).toEqual(['repo2019']);
    // A date is not a mention of the month's episode.
    expect(mentionedTopics('数据截至 2019年9月17日')).toEqual([]);
  });
});

describe('event guards in templates', () => {
  it('keep a sentence only in editions after the event, before it, or while it runs', () => {
    const md = ':::when{after="srf"}\nThe Standing Repo Facility exists.\n:::\n\n:::when{before="qt2End"}\nQT goes on.\n:::\n\n:::when{during="btfp"}\nBTFP open.\n:::\n';
    expect(text(md, '2021-07-27')).toBe('QT goes on.');
    expect(text(md, '2023-06-01')).toBe('The Standing Repo Facility exists.\nQT goes on.\nBTFP open.');
    expect(text(md, '2025-10-29')).toBe('The Standing Repo Facility exists.');
  });

  it('keeps a claim about a level only while its figure is fresh', () => {
    const md = ':::when{fresh="tga.latest"}\nTGA {{ tga.latest | bn }}.\n:::\n\n:::when{fresh="sofr.latest"}\nSOFR {{ sofr.latest | pct }}.\n:::\n';
    expect(text(md, '2025-11-03')).toBe('SOFR 4.22%.');
  });

  it('stops the build at a sentence that names an event without a guard, with its position', () => {
    const err = catchError(() => fillReport('Fine.\n\nThe balance sheet is still shrinking (QT).\n', opts('2025-11-03')));
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.message).toMatch(/^content\/reports\/test\.md:3:\d+: .*names an event \(qt1Start.*qt2Ended\) outside a guard/);
    // A guard on another event of the same topic covers it.
    expect(() => fillReport(':::when{after="qt2Start"}\nQT runs.\n:::\n', opts('2025-11-03'))).not.toThrow();
    // A guard on an unrelated event does not.
    expect(() => fillReport(':::when{after="srf"}\nQT runs.\n:::\n', opts('2025-11-03'))).toThrow(/names an event/);
  });

  it('rejects unknown events and undecidable guards', () => {
    expect(() => fillReport(':::when{after="qt3"}\nx\n:::\n', opts('2025-11-03'))).toThrow(/unknown event "qt3"; events: qt1Start/);
    expect(() => fillReport(':::when{during="srf"}\nx\n:::\n', opts('2025-11-03'))).toThrow(/has no end date/);
  });

  it('leaves undated prose (the methodology) unchecked', () => {
    expect(() => fillReport('The SRF was set up in July 2021.\n', opts('0000-01-01', { guardEvents: false }))).not.toThrow();
  });
});

describe('episodes as events', () => {
  it('names an episode in prose from the day after its window closes, when the comparison first shows it', () => {
    for (const ep of EPISODES) {
      const ev = EVENTS.find((e) => e.id === ep.id)!;
      expect(ev.date, ep.id).toBe(addDays(ep.end, 1));
      expect(episodesBy(ep.end).some((e) => e.id === ep.id), `${ep.id} on its last day`).toBe(false);
      expect(episodesBy(ev.date).some((e) => e.id === ep.id), `${ep.id} the day after`).toBe(true);
    }
  });
});
