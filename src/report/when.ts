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
  const decide = (node: Extract<RootContent, { type: 'containerDirective' }>): boolean =>
    // remarkCheck has allowed at most one condition, one event guard and one claim; all must hold.
    // Claim and event first, so a condition beside them is read only when they hold.
    Object.entries(node.attributes ?? {})
      .sort(([a], [b]) => rank(a) - rank(b))
      .every(([name, value]) => holds(node, name, String(value ?? '')));
  const rank = (name: string) => (name === 'claim' ? 0 : name === 'after' || name === 'before' || name === 'during' ? 1 : 2);
  const holds = (node: Extract<RootContent, { type: 'containerDirective' }>, name: string, value: string): boolean => {
    const { line = 0, column = 0 } = node.position?.start ?? {};
    const keys = name === 'if' ? null : value.split(',').map((k) => k.trim());
    if (name === 'has') return (keys as string[]).every((k) => opts.figures[k] != null);
    if (name === 'missing') return (keys as string[]).some((k) => opts.figures[k] == null);
    if (name === 'fresh') return (keys as string[]).every((k) => opts.figures[k] != null && !(opts.figures[k] as Figure).stale);
    if (name === 'stale') return (keys as string[]).some((k) => opts.figures[k] != null && (opts.figures[k] as Figure).stale);
    if (name === 'claim') {
      // remarkCheck has rejected unknown claims.
      return (claimByName(value.trim()) as Claim).holds((k) => opts.figures[k] ?? null);
    }
    if (name === 'after' || name === 'before' || name === 'during') {
      // remarkCheck has rejected unknown ids.
      const events = (keys as string[]).map((k) => eventById(k) as PolicyEvent);
      if (name === 'after') return events.every((e) => knownBy(e, opts.asOf));
      if (name === 'before') return events.every((e) => !knownBy(e, opts.asOf));
      return events.every((e) => runningAt(e, opts.asOf));
    }
    const cond = opts.memo ? opts.memo.once(`condition ${value}`, () => parseCondition(value)) : parseCondition(value);
    const absent = conditionKeys(cond).filter((k) => opts.figures[k] == null);
    if (absent.length) {
      throw new TemplateError(opts.file, line, column,
        `condition "${value}" reads ${absent.join(', ')}, which has no data on or before ${opts.asOf}; wrap it in :::when{has="${absent.join(',')}"}`);
    }
    return evaluate(cond, opts.figures);
  };
  const walk = (children: RootContent[]): RootContent[] =>
    children.flatMap((child) => {
      if (child.type === 'containerDirective' && child.name === 'when') return decide(child) ? walk(child.children as RootContent[]) : [];
      if ('children' in child) (child as { children: RootContent[] }).children = walk(child.children as RootContent[]);
      return [child];
    });
  tree.children = walk(tree.children);
};
