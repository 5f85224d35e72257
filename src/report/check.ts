import type { Root, RootContent, Text } from 'mdast';
import { remark } from 'remark';
import remarkDirective from 'remark-directive';
import { EVENTS, eventById, mentionedTopics, type Topic } from '../catalog/events.ts';
import type { Plugin } from 'unified';
import { visit } from 'unist-util-visit';
import type { FigureKind } from '../core/figure.ts';
import { conditionKeys, parseCondition } from './conditions.ts';
import { TemplateError, locate } from './errors.ts';
import { CLAIMS, claimByName } from './guards.ts';
import { qualitativeIn } from './qualitative.ts';
import { FORMATS } from './format.ts';
import { METRIC_NAME, PLACEHOLDER } from './placeholders.ts';

export interface CheckOptions {
  readonly file: string;
  /** Every metric a template may name, with the kind of figure it gives. */
  readonly kinds: ReadonlyMap<string, FigureKind>;
  /** Ids of the charts and tables a template may place; absent: block ids are not checked (`templateMetricNames`). */
  readonly blocks?: Readonly<Record<'chart' | 'table', readonly string[]>>;
  /** Dated prose (reports): a sentence naming a policy event or episode must be guarded by it. */
  readonly guardEvents?: boolean;
  /** Told every metric name the check admitted, in placeholders and conditions of every branch. */
  readonly onMetric?: (key: string) => void;
}

const WHEN_ATTRS = ['if', 'has', 'missing', 'fresh', 'stale', 'after', 'before', 'during', 'claim'] as const;
const EVENT_ATTRS: readonly string[] = ['after', 'before', 'during'];
const PLAIN_ATTRS: readonly string[] = WHEN_ATTRS.filter((a) => a !== 'claim' && !EVENT_ATTRS.includes(a));

const formatsFor = (kind: FigureKind) =>
  Object.entries(FORMATS).filter(([, d]) => !d.kinds || d.kinds.includes(kind)).map(([n]) => n).join(' or ');

/**
 * remark plugin, run first: checks the whole template, every branch of every condition
 * included, independent of the data of any date. Unknown metrics, formats, directives, chart
 * or table ids, unreadable conditions, stray braces and blocks without their own closing fence
 * are TemplateErrors with file:line:column. Needs the template text as the file
 * (`runSync(tree, markdown)`) to see the fences.
 */
export const remarkCheck: Plugin<[CheckOptions], Root> = (opts) => (tree, file) => {
  const fail = (line: number, column: number, problem: string): never => {
    throw new TemplateError(opts.file, line, column, problem);
  };
  // Fences first: a block left open swallows what follows it, and every later message would
  // be about the wrong block.
  checkFences(tree, String(file), fail);
  const knownMetric = (key: string, line: number, column: number) => {
    if (!METRIC_NAME.test(key)) fail(line, column, `"${key}" is not a metric name like "sofr.latest"`);
    if (!opts.kinds.has(key)) {
      const names = [...opts.kinds.keys()];
      const sameBase = names.filter((k) => k.split('.')[0] === key.split('.')[0]);
      // A misspelt base: the closest names by edit distance.
      const near = sameBase.length ? sameBase.slice(0, 12) : closest(key, names, 3);
      fail(line, column, `unknown metric "${key}"${near.length ? `; did you mean one of: ${near.join(', ')}` : ''}; the metrics are listed in content/reports/README.md (declared in src/metrics/families/)`);
    }
    opts.onMetric?.(key);
  };

  visit(tree, 'text', (node: Text) => {
    const start = node.position?.start ?? { line: 0, column: 0 };
    const at = (offset: number) => locate(node.value, offset, start.line, start.column);
    let last = 0;
    for (const m of node.value.matchAll(PLACEHOLDER)) {
      const [whole, key = '', format] = m;
      const { line, column } = at(m.index);
      last = m.index + whole.length;
      knownMetric(key, line, column);
      if (!format) fail(line, column, `placeholder "${key}" needs a format, e.g. {{ ${key} | date }}; formats: ${Object.keys(FORMATS).join(', ')}`);
      const def = FORMATS[format as string];
      if (!def) fail(line, column, `unknown format "${format}"; formats: ${Object.keys(FORMATS).join(', ')}`);
      const kind = opts.kinds.get(key) as FigureKind;
      if (def?.kinds && !def.kinds.includes(kind)) {
        fail(line, column, `format "${format}" does not fit metric "${key}" (a ${kind} figure); use ${formatsFor(kind)}`);
      }
    }
    const rest = node.value.slice(last);
    const stray = rest.search(/\{\{|\}\}/);
    if (stray >= 0) {
      const { line, column } = at(last + stray);
      fail(line, column, `unclosed or malformed placeholder near "${rest.slice(stray, stray + 30)}"`);
    }
  });

  visit(tree, ['textDirective', 'leafDirective', 'containerDirective'], (node) => {
    if (node.type !== 'textDirective' && node.type !== 'leafDirective' && node.type !== 'containerDirective') return;
    const { line = 0, column = 0 } = node.position?.start ?? {};
    const attrs = node.attributes ?? {};
    if (node.type === 'containerDirective' && node.name === 'when') {
      const given = Object.keys(attrs);
      const unknown = given.filter((a) => !(WHEN_ATTRS as readonly string[]).includes(a));
      // One condition on the figures, one event guard and one claim may stand together; all must hold.
      const events = given.filter((a) => EVENT_ATTRS.includes(a));
      const plain = given.filter((a) => a !== 'claim' && !EVENT_ATTRS.includes(a));
      if (plain.length > 1 || events.length > 1 || given.length === 0 || unknown.length) {
        fail(line, column, `:::when takes one of ${PLAIN_ATTRS.map((a) => `${a}="…"`).join(', ')}, or one of ${EVENT_ATTRS.map((a) => `${a}="…"`).join(', ')}, ` +
          `or claim="…", or one of each kind together (all must hold) (got ${given.join(', ') || 'none'})`);
      }
      for (const [name, raw] of Object.entries(attrs)) {
        const value = String(raw ?? '');
        if (EVENT_ATTRS.includes(name)) {
          for (const id of value.split(',').map((k) => k.trim())) {
            const e = eventById(id);
            if (!e) fail(line, column, `unknown event "${id}"; events: ${EVENTS.map((x) => x.id).join(', ')}`);
            if (name === 'during' && !e?.end) fail(line, column, `event "${id}" has no end date, so during="${id}" cannot be decided; use after="${id}"`);
          }
        } else if (name === 'claim') {
          const claim = claimByName(value.trim());
          if (!claim) fail(line, column, `unknown claim "${value}"; claims (src/report/guards.ts): ${Object.keys(CLAIMS).join(', ')}`);
          for (const key of claim?.reads ?? []) knownMetric(key, line, column);
        } else if (name === 'if') {
          let parsed: ReturnType<typeof parseCondition> = [];
          try {
            parsed = parseCondition(value);
          } catch (err) {
            fail(line, column, (err as Error).message);
          }
          for (const key of conditionKeys(parsed)) knownMetric(key, line, column);
        } else {
          for (const key of value.split(',').map((k) => k.trim())) knownMetric(key, line, column);
        }
      }
      return;
    }
    if (node.type === 'leafDirective' && (node.name === 'chart' || node.name === 'table')) {
      const ids = opts.blocks?.[node.name];
      if (!ids) return;
      if (!attrs.id) fail(line, column, `::${node.name} needs an id, e.g. ::${node.name}{id=${ids[0] ?? 'name'}}`);
      if (!ids.includes(attrs.id as string)) fail(line, column, `unknown ${node.name} "${attrs.id}"; ${node.name}s: ${ids.join(', ')}`);
      if (node.children.length > 0) fail(line, column, `::${node.name} takes no label; the caption comes with the ${node.name}`);
      return;
    }
    const colons = node.type === 'textDirective' ? ':' : node.type === 'leafDirective' ? '::' : ':::';
    fail(line, column, `unknown directive "${colons}${node.name}"; write "\\:" for a literal colon`);
  });

  if (opts.guardEvents) checkEventGuards(tree.children, new Set(), fail);
  if (opts.guardEvents) checkClaimGuards(tree.children, new Set(), fail);
};

/**
 * The metric names a template uses, in placeholders and `:::when` conditions of every branch, as
 * remarkCheck reads them: each is a key of `kinds` (an unknown name is the same TemplateError the
 * build gives). Block ids are not checked here. In order of first appearance.
 */
export function templateMetricNames<K extends string>(markdown: string, file: string, kinds: ReadonlyMap<K, FigureKind>): K[] {
  const names = new Set<K>();
  const checker = remark().use(remarkDirective).use(remarkCheck, { file, kinds, onMetric: (k) => names.add(k as K) });
  checker.runSync(checker.parse(markdown), markdown);
  return [...names];
}

/**
 * Every container directive (`:::when{…}` … `:::`) must end with its own closing line of as many
 * colons as it opens with. The parser does not require one: an unclosed block silently runs to
 * the end of the block around it (or of the file), taking the blocks after it inside, and
 * text lands under the wrong condition. Inner blocks are checked first, so the block that
 * lost its fence is the one named, not the blocks around it.
 */
function checkFences(tree: Root, source: string, fail: (l: number, c: number, p: string) => never): void {
  const lines = source.split(/\r?\n/);
  const visitNode = (node: Root | RootContent) => {
    if (!('children' in node)) return;
    for (const child of node.children as RootContent[]) visitNode(child);
    if (node.type !== 'containerDirective' || !node.position) return;
    if (source === '') throw new Error('remarkCheck needs the template text to check fences: pass it to runSync(tree, markdown)');
    const { start, end } = node.position;
    const opening = /^:{3,}/.exec(source.slice(start.offset ?? 0))?.[0] ?? ':::';
    const shown = `${opening}${node.name}`;
    const lastChild = node.children.at(-1)?.position?.end.line ?? start.line;
    // The closing line, without the markers of an enclosing quote or list.
    const last = (lines[end.line - 1] ?? '').replace(/^[\s>]*/, '');
    const fence = /^(:{3,})\s*$/.exec(last)?.[1];
    if (end.line <= lastChild || !fence) {
      fail(start.line, start.column, `the block "${shown}" that starts here has no closing line; add a line "${opening}" where it should end. ` +
        'Without it the block runs on to the end of the block around it (or of the file), and everything up to there is shown only when its condition holds');
    }
    if (fence !== opening) {
      fail(start.line, start.column, `the block "${shown}" that starts here has no closing line of its own: "${fence}" on line ${end.line} closes it, ` +
        `which has more colons than its opening (if it is the closing line of a block around it, that block is now left open). ` +
        `Add a line "${opening}", with as many colons as the opening, where this block should end`);
    }
  };
  visitNode(tree);
}

/** Up to `n` names within a few edits of `key`, closest first. */
function closest(key: string, names: readonly string[], n: number): string[] {
  return names.map((k) => [k, editDistance(key, k)] as const).filter(([, d]) => d <= 3).sort((a, b) => a[1] - b[1]).slice(0, n).map(([k]) => k);
}

function editDistance(a: string, b: string): number {
  let prev = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row.push(Math.min((prev[j] as number) + 1, (row[j - 1] as number) + 1, (prev[j - 1] as number) + (a[i - 1] === b[j - 1] ? 0 : 1)));
    prev = row;
  }
  return prev[b.length] as number;
}

/**
 * Every text that names a policy event or episode must sit inside a `:::when` guard on an event
 * of the same topic (after, before or during), so no edition mentions it before it happened.
 */
function checkEventGuards(nodes: readonly RootContent[], guarded: ReadonlySet<Topic>, fail: (l: number, c: number, p: string) => never): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      for (const m of mentionedTopics(node.value)) {
        if (guarded.has(m.topic)) continue;
        const start = node.position?.start ?? { line: 0, column: 0 };
        const { line, column } = locate(node.value, m.index, start.line, start.column);
        const ids = EVENTS.filter((e) => e.topic === m.topic).map((e) => e.id);
        fail(line, column, `"${m.word}" names an event (${ids.join(', ')}) outside a guard; wrap the sentence in :::when{after="${ids[0]}"} (or before/during) so editions before it never mention it`);
      }
      continue;
    }
    if (!('children' in node)) continue;
    let inner = guarded;
    if (node.type === 'containerDirective' && node.name === 'when') {
      for (const [name, value] of Object.entries(node.attributes ?? {})) {
        if (!EVENT_ATTRS.includes(name)) continue;
        const topics = (value ?? '').split(',').map((k) => eventById(k.trim())?.topic).filter((t): t is Topic => t !== undefined);
        inner = new Set([...inner, ...topics]);
      }
    }
    checkEventGuards(node.children as RootContent[], inner, fail);
  }
}


/**
 * Every qualitative phrase (src/report/qualitative.ts) must sit inside `:::when{claim="…"}` naming
 * one of the claims that back it, so no edition says it where its own figures say otherwise.
 */
function checkClaimGuards(nodes: readonly RootContent[], claims: ReadonlySet<string>, fail: (l: number, c: number, p: string) => never): void {
  for (const node of nodes) {
    if (node.type === 'text') {
      for (const q of qualitativeIn(node.value)) {
        if (q.claims.some((c) => claims.has(c))) continue;
        const start = node.position?.start ?? { line: 0, column: 0 };
        const { line, column } = locate(node.value, q.index, start.line, start.column);
        fail(line, column, `"${q.phrase}" is a qualitative phrase outside its claim; wrap the sentence in :::when{claim="${q.claims[0]}"} ` +
          `(claims that back it: ${q.claims.join(', ')}; defined in src/report/guards.ts, phrases listed in src/report/qualitative.ts) and give the other days a sentence that only states the figures`);
      }
      continue;
    }
    if (!('children' in node)) continue;
    let inner = claims;
    if (node.type === 'containerDirective' && node.name === 'when') {
      const claim = node.attributes?.claim;
      if (claim) inner = new Set([...claims, claim.trim()]);
    }
    checkClaimGuards(node.children as RootContent[], inner, fail);
  }
}
