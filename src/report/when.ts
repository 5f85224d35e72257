import type { Root, RootContent } from 'mdast';
import type { Plugin } from 'unified';
import { eventById, knownBy, runningAt, type PolicyEvent } from '../catalog/events.ts';
import type { Figure } from '../core/figure.ts';
import type { Memo } from '../core/memo.ts';
import { evaluate, conditionKeys, parseCondition } from './conditions.ts';
import { claimByName, type Claim } from './guards.ts';
import { TemplateError } from './errors.ts';

export interface WhenOptions {
  readonly file: string;
  readonly asOf: string;
  readonly figures: Readonly<Record<string, Figure | null>>;
  /** Where parsed conditions are kept between editions (the build's): the same few dozen are decided for every edition. */
  readonly memo?: Memo;
}

/** A `:::when` container as the fill sees it. */
export type WhenNode = Extract<RootContent, { type: 'containerDirective' }>;
/** What a condition is decided on: one edition's date and figures. */
export type WhenContext = Pick<WhenOptions, 'asOf' | 'figures'>;

/**
 * The test of one `:::when` container, read from its attributes once and then decided for each
 * edition (report/program.ts keeps one per container of a template). A condition reading a
 * metric with no data on the date throws TemplateError at the container.
 */
export function whenTest(node: WhenNode, file: string, memo?: Memo): (ctx: WhenContext) => boolean {
  const { line = 0, column = 0 } = node.position?.start ?? {};
  // remarkCheck has allowed at most one condition, one event guard and one claim; all must hold.
  // Claim and event first, so a condition beside them is read only when they hold.
  const tests = Object.entries(node.attributes ?? {})
    .sort(([a], [b]) => rank(a) - rank(b))
    .map(([name, value]) => attributeTest(name, String(value ?? ''), file, line, column, memo));
  return tests.length === 1 ? (tests[0] as (ctx: WhenContext) => boolean) : (ctx) => tests.every((t) => t(ctx));
}

const rank = (name: string) => (name === 'claim' ? 0 : name === 'after' || name === 'before' || name === 'during' ? 1 : 2);

function attributeTest(name: string, value: string, file: string, line: number, column: number, memo?: Memo): (ctx: WhenContext) => boolean {
  const keys = name === 'if' ? [] : value.split(',').map((k) => k.trim());
  if (name === 'has') return ({ figures }) => keys.every((k) => figures[k] != null);
  if (name === 'missing') return ({ figures }) => keys.some((k) => figures[k] == null);
  if (name === 'fresh') return ({ figures }) => keys.every((k) => figures[k] != null && !(figures[k] as Figure).stale);
  if (name === 'stale') return ({ figures }) => keys.some((k) => figures[k] != null && (figures[k] as Figure).stale);
  if (name === 'claim') {
    // remarkCheck has rejected unknown claims.
    const claim = claimByName(value.trim()) as Claim;
    return ({ figures }) => claim.holds((k) => figures[k] ?? null);
  }
  if (name === 'after' || name === 'before' || name === 'during') {
    // remarkCheck has rejected unknown ids.
    const events = keys.map((k) => eventById(k) as PolicyEvent);
    if (name === 'after') return ({ asOf }) => events.every((e) => knownBy(e, asOf));
    if (name === 'before') return ({ asOf }) => events.every((e) => !knownBy(e, asOf));
    return ({ asOf }) => events.every((e) => runningAt(e, asOf));
  }
  const cond = memo ? memo.once(`condition ${value}`, () => parseCondition(value)) : parseCondition(value);
  const reads = conditionKeys(cond);
  return ({ asOf, figures }) => {
    const absent = reads.filter((k) => figures[k] == null);
    if (absent.length) {
      throw new TemplateError(file, line, column,
        `condition "${value}" reads ${absent.join(', ')}, which has no data on or before ${asOf}; wrap it in :::when{has="${absent.join(',')}"}`);
    }
    return evaluate(cond, figures);
  };
}

/**
 * remark plugin: `:::when{if="…"}`, `:::when{has="a,b"}`, `:::when{missing="a"}`,
 * `:::when{claim="srfIdle"}` (a named claim of src/report/guards.ts),
 * `:::when{fresh="a,b"}` (data that is not stale), `:::when{stale="a,b"}` (any of them shown but
 * out of date), and the event guards `:::when{after="srf"}`,
 * `:::when{before="qt2End"}` and `:::when{during="btfp"}` keep their content when the condition
 * holds at the edition date and drop it otherwise. One condition, one event guard and one claim
 * may stand on one block (`:::when{before="srf" if="signal.overall == calm" claim="repoOpsIdle"}`):
 * all must hold. Outer blocks are decided first, so an
 * inner `if` may rely on an outer `has`. A condition reading a metric with no data at the
 * as-of date is an error: guard it with `has` (data must never be skipped silently).
 * Run after remarkCheck, which has validated the syntax of every branch.
 */
export const remarkWhen: Plugin<[WhenOptions], Root> = (opts) => (tree) => {
  const walk = (children: RootContent[]): RootContent[] =>
    children.flatMap((child) => {
      if (child.type === 'containerDirective' && child.name === 'when') return whenTest(child, opts.file, opts.memo)(opts) ? walk(child.children as RootContent[]) : [];
      if ('children' in child) (child as { children: RootContent[] }).children = walk(child.children as RootContent[]);
      return [child];
    });
  tree.children = walk(tree.children);
};
