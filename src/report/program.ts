// A checked, prerendered template compiled into steps that an edition runs without unified:
// prerendered HTML with slots, `:::when` containers (their test read once), and `::chart` /
// `::table` blocks. Running the remark pipeline and turning the tree into HTML for each of
// ~4,300 editions had become the largest cost of the build; the steps give the same HTML, since
// an all-HTML tree becomes its nodes joined by line breaks (tests/unit/program.test.ts).
import type { Root, RootContent } from 'mdast';
import type { Memo } from '../core/memo.ts';
import { isBlock, renderBlock, type BlockNode, type BlockRegistry } from './blocks.ts';
import { filledSlots, type PlaceholderOptions } from './placeholders.ts';
import { isPrerendered, type PrerenderedHtml } from './prerendered.ts';
import { withoutEmptySections } from './sections.ts';
import { whenTest, type WhenContext } from './when.ts';

type Step =
  | { readonly kind: 'html'; readonly node: PrerenderedHtml }
  | { readonly kind: 'block'; readonly node: BlockNode }
  | { readonly kind: 'when'; readonly test: (ctx: WhenContext) => boolean; readonly steps: readonly Step[] };

/** A compiled template: its steps in document order. */
export interface Program {
  readonly steps: readonly Step[];
}

/**
 * The steps of a checked, prerendered template, or null when it holds a node they cannot express
 * (Markdown left unrendered, e.g. a reference link or a condition inside a list), which is then
 * filled by the remark pipeline as before.
 */
export function compileProgram(tree: Root, file: string, memo?: Memo): Program | null {
  const compile = (children: readonly RootContent[]): Step[] | null => {
    const steps: Step[] = [];
    for (const node of children) {
      if (isPrerendered(node)) steps.push({ kind: 'html', node });
      else if (isBlock(node)) steps.push({ kind: 'block', node });
      else if (node.type === 'containerDirective' && node.name === 'when') {
        const inner = compile(node.children as RootContent[]);
        if (!inner) return null;
        steps.push({ kind: 'when', test: whenTest(node, file, memo), steps: inner });
      } else return null;
    }
    return steps;
  };
  const steps = compile(tree.children);
  return steps ? { steps } : null;
}

export interface RunOptions extends PlaceholderOptions {
  readonly blocks: BlockRegistry;
}

type Kept = Exclude<Step, { kind: 'when' }>;

/**
 * One edition's HTML from a program: conditions decided (outer first), empty sections dropped,
 * slots filled in document order, then blocks rendered; the same order and errors as the remark
 * plugins (when.ts, sections.ts, placeholders.ts, blocks.ts).
 */
export function runProgram(program: Program, opts: RunOptions): string {
  const kept: Kept[] = [];
  const decide = (steps: readonly Step[]): void => {
    for (const step of steps) {
      if (step.kind !== 'when') kept.push(step);
      else if (step.test(opts)) decide(step.steps);
    }
  };
  decide(program.steps);
  const shown = withoutEmptySections(kept, (s) => (s.kind === 'html' ? s.node.data.heading : undefined));
  const html = shown.map((s) => (s.kind === 'html' ? filledSlots(s.node, opts).value : ''));
  shown.forEach((s, i) => {
    if (s.kind === 'block') html[i] = renderBlock(s.node, { file: opts.file, blocks: opts.blocks });
  });
  return html.join('\n');
}
