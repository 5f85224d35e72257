import type { Figure } from '../core/figure.ts';

// The condition language of `:::when{if="…"}`: comparisons joined by "and".
//   sofrTop.latest > 0        rrp.latest < 50        signal.funding == red        srf.isRecord == 1

const OPS = {
  '>': (a: number, b: number) => a > b,
  '>=': (a: number, b: number) => a >= b,
  '<': (a: number, b: number) => a < b,
  '<=': (a: number, b: number) => a <= b,
  '==': (a: number, b: number) => a === b,
  '!=': (a: number, b: number) => a !== b,
} as const;

const WORDS: Readonly<Record<string, number>> = { green: 0, amber: 1, red: 2, calm: 0, tight: 1, stress: 2, yes: 1, no: 0 };
const COMPARISON = /^\s*([a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+)\s*(>=|<=|==|!=|>|<)\s*(-?\d+(?:\.\d+)?|[a-z][A-Za-z0-9]*(?:\.[a-z][A-Za-z0-9]*)+|[a-z]+)\s*$/;

export interface Comparison {
  readonly left: string;
  readonly op: keyof typeof OPS;
  /** A number, or a metric key to compare with. */
  readonly right: number | string;
}

/** Parses a condition; throws a readable message (the caller adds file:line:column). */
export function parseCondition(text: string): Comparison[] {
  return text.split(/\s+and\s+/).map((part) => {
    const m = COMPARISON.exec(part);
    if (!m) throw new Error(`cannot read condition "${part.trim()}"; write e.g. "sofrTop.latest > 0" (operators: ${Object.keys(OPS).join(' ')})`);
    const [, left = '', op = '>', raw = ''] = m;
    const right = /^-?\d/.test(raw) ? Number(raw) : (WORDS[raw] ?? raw);
    if (typeof right === 'string' && !right.includes('.')) {
      throw new Error(`unknown word "${raw}" in condition; use a number, a metric, or ${Object.keys(WORDS).join('/')}`);
    }
    return { left, op: op as keyof typeof OPS, right };
  });
}

/** Metric keys a condition reads. */
export const conditionKeys = (c: readonly Comparison[]) =>
  c.flatMap((x) => (typeof x.right === 'string' ? [x.left, x.right] : [x.left]));

/** Evaluates parsed comparisons; every metric they read must have a value. */
export function evaluate(c: readonly Comparison[], figures: Readonly<Record<string, Figure | null>>): boolean {
  const value = (k: string) => (figures[k] as Figure).value;
  return c.every((x) => OPS[x.op](value(x.left), typeof x.right === 'string' ? value(x.right) : x.right));
}
