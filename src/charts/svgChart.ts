// A small chart written straight as SVG text: a UTC time x axis, a linear y axis with a grid,
// and lines, areas, rules, dots and labels. For the pillar charts (pillarDrawing.ts), drawn for
// nearly every edition date: through Plot and a linkedom document one took ~5 ms, some 10 s of
// CPU over the ~2,000 drawings of a build from 2024; as text it takes a small fraction of that.
// Ticks are chosen as d3 (and so Plot) chooses them: 1, 2 or 5 times a power of ten, and whole
// months or years. Coordinates are whole units written as relative moves (relativePath).
// Pure.
import { DAY_MS } from '../core/dates.ts';

export interface Box {
  readonly width: number;
  readonly height: number;
  readonly marginTop: number;
  readonly marginRight: number;
  readonly marginBottom: number;
  readonly marginLeft: number;
}

export interface XY {
  readonly date: Date;
  readonly value: number;
}

/** A mark: what it adds to the domains, and how it writes itself once the scales are known. */
export interface Mark {
  readonly dates: readonly Date[];
  readonly values: readonly number[];
  readonly write: (s: Scales) => string;
}

export interface Scales {
  readonly x: (d: Date) => number;
  readonly y: (v: number) => number;
  readonly box: Box;
}

const E10 = Math.sqrt(50);
const E5 = Math.sqrt(10);
const E2 = Math.sqrt(2);

/** The tick step for about `count` ticks over [lo, hi], as d3's tickIncrement: 1, 2 or 5 × 10^k. */
export function tickStep(lo: number, hi: number, count: number): number {
  const raw = (hi - lo) / Math.max(1, count);
  const power = Math.floor(Math.log10(raw));
  const error = raw / 10 ** power;
  const factor = error >= E10 ? 10 : error >= E5 ? 5 : error >= E2 ? 2 : 1;
  return factor * 10 ** power;
}

/** The domain widened to whole steps (d3's nice, which repeats until the step stays), and its ticks. */
export function niceTicks(lo: number, hi: number, count: number): { domain: [number, number]; ticks: number[]; step: number } {
  if (!(hi > lo)) [lo, hi] = [lo - 1, hi + 1];
  let step = Number.NaN;
  for (let i = 0; i < 10; i++) {
    const next = tickStep(lo, hi, count);
    if (next === step) break;
    step = next;
    lo = Math.floor(lo / step) * step;
    hi = Math.ceil(hi / step) * step;
  }
  const ticks: number[] = [];
  // Steps below 1 are counted in their inverse, so 0.1 × 3 prints 0.3, not 0.30000000000000004.
  const inv = step < 1 ? Math.round(1 / step) : 0;
  for (let i = Math.round(lo / step); i <= Math.round(hi / step); i++) ticks.push(inv ? i / inv : i * step);
  return { domain: [lo, hi], ticks, step };
}

const MINUS = '\u2212';

/** A y tick label as Plot writes it: thousands separated, as many decimals as the step needs, a real minus sign. */
export function tickLabel(v: number, step: number): string {
  const decimals = Math.max(0, -Math.floor(Math.log10(step) + 1e-9));
  const [int, frac] = Math.abs(v).toFixed(decimals).split('.');
  const grouped = (int as string).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
  const text = frac ? `${grouped}.${frac}` : grouped;
  return v < 0 && Number(text.replace(/,/g, '')) !== 0 ? `${MINUS}${text}` : text;
}

// Month steps d3's UTC time scale picks from, and the week for short windows.
const MONTH_STEPS = [1, 3, 6, 12, 24, 60, 120] as const;

/** About `count` UTC time ticks over [t0, t1]: first days of months (every 1, 3 or 6) or of years, or Mondays for windows under two months. */
export function timeTicks(t0: number, t1: number, count: number): Date[] {
  const target = (t1 - t0) / Math.max(1, count);
  if (target < 20 * DAY_MS) {
    const out: Date[] = [];
    const first = new Date(t0);
    const monday = t0 + ((8 - first.getUTCDay()) % 7) * DAY_MS;
    const every = target < 4 * DAY_MS ? 1 : 7;
    for (let t = every === 1 ? Math.ceil(t0 / DAY_MS) * DAY_MS : monday; t <= t1; t += every * DAY_MS) out.push(new Date(t));
    return out;
  }
  // The step whose length is nearest the target, by ratio, as d3 picks its interval.
  let k: number = MONTH_STEPS[0];
  for (const m of MONTH_STEPS) if (Math.abs(Math.log((m * 30.44 * DAY_MS) / target)) < Math.abs(Math.log((k * 30.44 * DAY_MS) / target))) k = m;
  const start = new Date(t0);
  let month = start.getUTCFullYear() * 12 + start.getUTCMonth() + (start.getUTCDate() === 1 && start.getUTCHours() === 0 ? 0 : 1);
  month = Math.ceil(month / k) * k;
  const out: Date[] = [];
  for (let m = month; ; m += k) {
    const t = Date.UTC(Math.floor(m / 12), m % 12, 1);
    if (t > t1) break;
    out.push(new Date(t));
  }
  return out;
}

// A path of whole-unit moves and lines.
const WHOLE_PATH = /^(?:[ML]-?\d+,-?\d+|Z)+$/;
const STEP = /([MLZ])(?:(-?\d+),(-?\d+))?/g;

/**
 * The same path with its lines as relative moves, `l3-1` for `L123,45`: small repeated numbers
 * that gzip well. Segments in the same direction are joined and empty ones dropped, which draws
 * the same picture (a step line's flat runs, a band's equal days). Other paths are left as they are.
 */
export function relativePath(d: string): string {
  if (!WHOLE_PATH.test(d)) return d;
  const w = new RelativePath();
  for (const [, cmd, a, b] of d.matchAll(STEP)) {
    if (cmd === 'Z') w.close();
    else if (cmd === 'M') w.move(Number(a), Number(b));
    else w.line(Number(a), Number(b));
  }
  return w.text();
}

/** Writes a path of whole-unit points as relativePath describes, as the points come. */
class RelativePath {
  #out = '';
  #x = 0; // the current point
  #y = 0;
  #sx = 0; // where the subpath started (Z goes back there)
  #sy = 0;
  #px = 0; // the line not yet written, from the last written place
  #py = 0;

  #flush(): void {
    if (this.#px !== 0 || this.#py !== 0) this.#out += `l${this.#px}${this.#py < 0 ? '' : ','}${this.#py}`;
    this.#px = 0;
    this.#py = 0;
  }

  move(x: number, y: number): void {
    this.#flush();
    this.#out += `M${x},${y}`;
    this.#x = this.#sx = x;
    this.#y = this.#sy = y;
  }

  line(x: number, y: number): void {
    const dx = x - this.#x;
    const dy = y - this.#y;
    this.#x = x;
    this.#y = y;
    if (dx === 0 && dy === 0) return;
    const [px, py] = [this.#px, this.#py];
    // Same direction: parallel (cross product 0) and not turning back (dot product above 0).
    if ((px !== 0 || py !== 0) && px * dy === py * dx && px * dx + py * dy > 0) { this.#px += dx; this.#py += dy; return; }
    this.#flush();
    this.#px = dx;
    this.#py = dy;
  }

  close(): void {
    this.#flush();
    this.#out += 'Z';
    this.#x = this.#sx;
    this.#y = this.#sy;
  }

  text(): string {
    this.#flush();
    return this.#out;
  }
}

const r = Math.round;
const escapeText = (s: string) => s.replace(/[&<>]/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;' })[c] as string);

/**
 * A path through the points in whole units, as relative moves (relativePath); `step` holds each
 * value until the next point (d3's step-after). `into` continues a path (an area's way back).
 */
export function pathOf(pts: readonly (readonly [number, number])[], step = false, into?: RelativePath): RelativePath {
  const w = into ?? new RelativePath();
  for (const [i, [x, y]] of pts.entries()) {
    if (i === 0 && !into) { w.move(r(x), r(y)); continue; }
    if (step && i > 0) w.line(r(x), r((pts[i - 1] as readonly [number, number])[1]));
    w.line(r(x), r(y));
  }
  return w;
}

export interface Stroke {
  readonly color: string;
  readonly width: number;
  readonly dash?: string;
}

const strokeAttrs = (s: Stroke) => `stroke="${s.color}" stroke-width="${s.width}"${s.dash ? ` stroke-dasharray="${s.dash}"` : ''}`;

export const line = (data: readonly XY[], stroke: Stroke, step = false): Mark => ({
  dates: data.map((p) => p.date), values: data.map((p) => p.value),
  write: ({ x, y }) => `<g data-mark="line" fill="none" stroke-linecap="round" stroke-linejoin="round" ${strokeAttrs(stroke)}><path d="${pathOf(data.map((p) => [x(p.date), y(p.value)]), step).text()}"/></g>`,
});

/** The area between two values of each row, or between a value and zero (`low` omitted). */
export const area = <T extends { readonly date: Date }>(rows: readonly T[], low: ((r: T) => number) | undefined, high: (r: T) => number, fill: string, step = false): Mark => ({
  dates: rows.map((p) => p.date), values: [...rows.map(high), ...(low ? rows.map(low) : [0])],
  write: ({ x, y }) => {
    const path = pathOf(rows.map((p) => [x(p.date), y(high(p))]), step);
    const back = low ? [...rows].reverse().map((p) => [x(p.date), y(low(p))] as const) : [[x((rows.at(-1) as T).date), y(0)] as const, [x((rows[0] as T).date), y(0)] as const];
    pathOf(back, step, path).close();
    return `<g data-mark="area" fill="${fill}"><path d="${path.text()}"/></g>`;
  },
});

export const ruleY = (value: number, stroke: Stroke): Mark => ({
  dates: [], values: [value],
  write: ({ y, box }) => `<g data-mark="rule" ${strokeAttrs(stroke)}><line x1="${box.marginLeft}" x2="${box.width - box.marginRight}" y1="${r(y(value))}" y2="${r(y(value))}"/></g>`,
});

export const ruleX = (date: Date, stroke: Stroke): Mark => ({
  dates: [date], values: [],
  write: ({ x, box }) => `<g data-mark="rule" ${strokeAttrs(stroke)}><line x1="${r(x(date))}" x2="${r(x(date))}" y1="${box.marginTop}" y2="${box.height - box.marginBottom}"/></g>`,
});

export const dot = (p: XY, color: string, radius: number): Mark => ({
  dates: [p.date], values: [p.value],
  write: ({ x, y }) => `<g data-mark="dot" fill="${color}"><circle cx="${r(x(p.date))}" cy="${r(y(p.value))}" r="${radius}"/></g>`,
});

/** A label beside a point; `dx` and `dy` in CSS px, `anchor` its text-anchor. Its text is written as given (slots, numbers). */
export const label = (p: XY, text: string, color: string, o: { dx?: number; dy?: number; anchor?: 'start' | 'end' } = {}): Mark => ({
  dates: [p.date], values: [p.value],
  write: ({ x, y }) => `<g data-mark="text" fill="${color}" text-anchor="${o.anchor ?? 'start'}"><text x="${r(x(p.date)) + (o.dx ?? 0)}" y="${r(y(p.value)) + (o.dy ?? 0)}" dy="0.32em">${escapeText(text)}</text></g>`,
});

export interface ChartOptions {
  readonly box: Box;
  readonly font: { readonly family: string; readonly size: number };
  /** The chart's accessible name (a slot, filled per language). */
  readonly ariaLabel: string;
  /** The y axis title, written after an arrow as Plot writes it. */
  readonly yLabel: string;
  readonly xTicks: number;
  readonly yTicks: number;
  /** Keep zero in the y domain. */
  readonly yZero: boolean;
  /** A time tick's words as (tick, index, ticks), lines split by '\n' (slots.ts timeTickSlots). */
  readonly xFormat: (d: Date, i: number, ticks: readonly Date[]) => string;
  readonly marks: readonly Mark[];
}

/** The chart as SVG text, and the time ticks it chose. */
export function svgChart(o: ChartOptions): { svg: string; ticks: Date[] } {
  const { box } = o;
  let [t0, t1, v0, v1] = [Infinity, -Infinity, o.yZero ? 0 : Infinity, o.yZero ? 0 : -Infinity];
  for (const m of o.marks) {
    for (const d of m.dates) { const t = d.getTime(); if (t < t0) t0 = t; if (t > t1) t1 = t; }
    for (const v of m.values) { if (v < v0) v0 = v; if (v > v1) v1 = v; }
  }
  if (!(t1 >= t0) || !(v1 >= v0)) throw new Error('svgChart: a chart needs marks with dates and values; leave a chart without data out instead');
  if (t1 === t0) t1 = t0 + DAY_MS;
  const yAxis = niceTicks(v0, v1, o.yTicks);
  const [x0, x1, yBottom, yTop] = [box.marginLeft, box.width - box.marginRight, box.height - box.marginBottom, box.marginTop];
  const [lo, hi] = yAxis.domain;
  const scales: Scales = {
    x: (d) => x0 + ((d.getTime() - t0) / (t1 - t0)) * (x1 - x0),
    y: (v) => yBottom - ((v - lo) / (hi - lo)) * (yBottom - yTop),
    box,
  };
  const xTicks = timeTicks(t0, t1, o.xTicks);
  const ys = yAxis.ticks.map((v) => r(scales.y(v)));
  const xs = xTicks.map((d) => r(scales.x(d)));
  const xLabels = xTicks.map((d, i) => {
    const lines = o.xFormat(d, i, xTicks).split('\n');
    const tspans = lines.map((l, n) => `<tspan x="${xs[i]}" ${n === 0 ? 'dy="0.71em"' : 'dy="1em"'}>${escapeText(l)}</tspan>`).join('');
    return `<text y="${yBottom + 9}">${tspans}</text>`;
  }).join('');
  const parts = [
    `<svg role="img" aria-label="${o.ariaLabel}" viewBox="0 0 ${box.width} ${box.height}" width="${box.width}" height="${box.height}" font-family="${o.font.family.replace(/"/g, '&quot;')}" font-size="${o.font.size}" fill="currentColor" text-anchor="middle">`,
    `<g data-mark="y-grid" stroke="currentColor" stroke-opacity="0.1"><path d="${ys.map((y) => `M${x0},${y}H${x1}`).join('')}"/></g>`,
    `<g data-mark="y-axis tick label" text-anchor="end" style="font-variant-numeric:tabular-nums">${yAxis.ticks.map((v, i) => `<text x="${x0 - 9}" y="${ys[i]}" dy="0.32em">${tickLabel(v, yAxis.step)}</text>`).join('')}</g>`,
    `<g data-mark="y-axis label" text-anchor="start"><text x="3" y="3" dy="0.71em">↑ ${escapeText(o.yLabel)}</text></g>`,
    `<g data-mark="x-axis tick" stroke="currentColor"><path d="${xs.map((x) => `M${x},${yBottom}v6`).join('')}"/></g>`,
    `<g data-mark="x-axis tick label">${xLabels}</g>`,
    ...o.marks.map((m) => m.write(scales)),
    '</svg>',
  ];
  return { svg: parts.join(''), ticks: xTicks };
}
