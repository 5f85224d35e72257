// What an edition's charts are drawn from, and the drawings one build keeps while it builds
// edition pages date by date (the rates chart of a date is drawn once for both languages).
import { CONTEXT_TOPICS, EMERGENCY_TOPICS, EVENTS, knownBy, type PolicyEvent } from '../catalog/events.ts';
import { EpisodeDrawings } from '../charts/episodes.ts';
import { drawPillars, LastDrawn, pillarJob, pillarParts, type ChartDrawing, type PillarDrawings, type PillarJob } from '../charts/pillarDrawing.ts';
import { drawRates, type RatesDrawing, type RatesJob } from '../charts/ratesDrawing.ts';
import { EPISODES, episodesBy, episodeWindows, type EpisodeId, type EpisodePoint } from '../metrics/episodes.ts';
import { pillarWindows, type PillarWindows } from '../metrics/pillarWindows.ts';
import { vintageAt } from '../metrics/vintage.ts';
import { rateRangeWindow, type RateRangeRow } from '../metrics/windows.ts';
import type { Snapshot } from '../snapshot/snapshot.ts';

export const CHART_ROWS = 180;
export const EPISODE_SPAN_DAYS = 30;

const iso = (d: Date) => d.toISOString().slice(0, 10);
/** Episode events share their topic with the episode's id; the rate chart marks policy events only. */
const EPISODE_TOPICS: ReadonlySet<string> = new Set(EPISODES.map((e) => e.id));

/** What an edition's charts show; computed once per date for both languages. */
export interface ChartInputs {
  readonly rows: readonly RateRangeRow[];
  /** Policy events marked on the rates chart, in the order of their slots (e0, e1, …). */
  readonly marks: readonly PolicyEvent[];
  readonly points: readonly EpisodePoint[];
  /** This edition first, then the past episodes from the most recent, as in the table. */
  readonly panels: readonly { readonly id: EpisodeId; readonly day0: string }[];
  /** The pillar charts' data, cut at this edition's cut-off (metrics/pillarWindows.ts). */
  readonly pillars: PillarWindows;
}

/** The chart inputs of the edition of `asOf` (pure). */
export function chartInputs(snap: Snapshot, asOf: string): ChartInputs {
  const view = vintageAt(snap, asOf); // the values known at this edition's cut-off
  const rows = rateRangeWindow(view, asOf, CHART_ROWS);
  const first = rows[0];
  const last = rows.at(-1);
  if (!first || !last) throw new Error(`chart "rates": no SOFR observations on or before ${asOf}`);
  return {
    rows,
    // Policy events public by this edition that fall inside the window (episodes are not marked).
    marks: EVENTS.filter((e) => !EPISODE_TOPICS.has(e.topic) && !EMERGENCY_TOPICS.has(e.topic) && !CONTEXT_TOPICS.has(e.topic) && knownBy(e, asOf) && e.date >= iso(first.date) && e.date <= iso(last.date)),
    points: episodeWindows(view, asOf, EPISODE_SPAN_DAYS),
    panels: [{ id: 'now', day0: asOf }, ...episodesBy(asOf).map((e) => ({ id: e.id, day0: e.date })).reverse()],
    pillars: pillarWindows(view, asOf, rows),
  };
}

export const ratesJob = ({ rows, marks }: ChartInputs): RatesJob => ({ rows, events: marks.map((e) => new Date(`${e.date}T00:00:00Z`)) });
export const pillarsJob = ({ pillars, rows }: ChartInputs): PillarJob => pillarJob(pillars, rows);

/** The charts of one edition date as composition reads them: inputs, rates drawing, episode drawings. */
export interface DateCharts {
  readonly inputs: ChartInputs;
  readonly rates: () => RatesDrawing;
  readonly pillars: () => PillarDrawings;
  readonly episodes: EpisodeDrawings;
}

/** A date's charts drawn on the spot (tests, one-off editions): nothing kept. */
export function freshCharts(snap: Snapshot, asOf: string): DateCharts {
  const inputs = chartInputs(snap, asOf);
  let drawing: RatesDrawing | undefined;
  let pillars: PillarDrawings | undefined;
  return {
    inputs, rates: () => (drawing ??= drawRates(ratesJob(inputs))), pillars: () => (pillars ??= drawPillars(pillarsJob(inputs))),
    episodes: new EpisodeDrawings(),
  };
}

/** Dates whose charts are sent to the chart thread ahead of their pages (look-ahead.ts). */
export const LOOKAHEAD = 6;
// Both languages of a date are built one after the other, give or take the pages Astro has in
// flight; the dates drawn ahead keep their inputs until their pages come.
const INPUTS_KEPT = LOOKAHEAD + 4;

/**
 * The chart inputs and drawings of one build (owned by site/build.ts): the last few dates' inputs
 * and rates drawings, and the episode frames and layers. `drawnHere` counts the charts drawn on
 * the main thread, which the chart thread's look-ahead keeps at zero.
 */
interface Kept {
  readonly inputs: ChartInputs;
  drawing?: RatesDrawing;
  pillars?: PillarDrawings;
}

export class EditionCharts {
  readonly episodes = new EpisodeDrawings();
  readonly #snap: Snapshot;
  readonly #kept = new Map<string, Kept>();
  #ratesDrawnHere = 0;

  constructor(snap: Snapshot) { this.#snap = snap; }

  readonly #lastPillars = new LastDrawn<ChartDrawing | undefined>();

  /** Charts the chart thread draws (rates, episode layers) that were drawn here instead; the pillar charts are always drawn here. */
  get drawnHere(): number { return this.#ratesDrawnHere + this.episodes.drawnHere; }

  #entry(asOf: string): Kept {
    const found = this.#kept.get(asOf);
    if (found) return found;
    const made: Kept = { inputs: chartInputs(this.#snap, asOf) };
    this.#kept.set(asOf, made);
    if (this.#kept.size > INPUTS_KEPT) this.#kept.delete(this.#kept.keys().next().value as string);
    return made;
  }

  inputs(asOf: string): ChartInputs { return this.#entry(asOf).inputs; }

  /** A rates drawing made elsewhere (the chart thread), for the pages of its date. */
  keepRates(asOf: string, drawing: RatesDrawing): void {
    const got = this.#kept.get(asOf); // a date whose pages came and went already needs none
    if (got) got.drawing ??= drawing;
  }

  /** The pillar charts of a date, drawn once for both languages. */
  pillars(asOf: string): PillarDrawings {
    const got = this.#entry(asOf);
    if (!got.pillars) {
      const drawn: PillarDrawings = {};
      for (const part of pillarParts(pillarsJob(got.inputs))) {
        const d = this.#lastPillars.get(part, () => drawPillars(part.job)[part.id]);
        if (d) drawn[part.id] = d;
      }
      got.pillars = drawn;
    }
    return got.pillars;
  }

  /** The rates chart of a date, drawn once for both languages. */
  rates(asOf: string): RatesDrawing {
    const got = this.#entry(asOf);
    if (!got.drawing) {
      this.#ratesDrawnHere += 1;
      got.drawing = drawRates(ratesJob(got.inputs));
    }
    return got.drawing;
  }

  of(asOf: string): DateCharts {
    return { inputs: this.inputs(asOf), rates: () => this.rates(asOf), pillars: () => this.pillars(asOf), episodes: this.episodes };
  }
}
