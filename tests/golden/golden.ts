// Golden-file comparison in the manner of Observable Plot's own tests: the expected output is a
// committed file; a mismatch writes `<name>-changed.<ext>` beside it (gitignored) and fails with
// the first differing lines. `UPDATE_GOLDEN=1 npx vitest run tests/golden` rewrites the goldens
// on purpose; review the diff in git before committing.
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

export const GOLDEN_DIR = dirname(fileURLToPath(import.meta.url));
export const UPDATE_COMMAND = 'UPDATE_GOLDEN=1 npx vitest run tests/golden';
const CONTEXT = 3;
const MAX_LINE = 160;

/**
 * One tag per line, so a diff points at an element rather than at column 40,000 of one long
 * line. Whitespace between tags carries no meaning in our HTML and SVG.
 */
export function formatMarkup(text: string): string {
  const lines = text.replace(/>\s*</g, '>\n<');
  return lines.endsWith('\n') ? lines : `${lines}\n`;
}

/** `a/b.html` -> `a/b-changed.html` */
export const changedPath = (path: string) => path.replace(/(\.[^./]+)?$/, (ext) => `-changed${ext}`);

/** The long line around the first column that differs, trimmed to fit a terminal. */
function clip(line: string, col: number): string {
  if (line.length <= MAX_LINE) return line;
  const from = Math.max(0, col - 40);
  return `${from > 0 ? '…' : ''}${line.slice(from, from + MAX_LINE)}${from + MAX_LINE < line.length ? '…' : ''}`;
}

/** A short report of where two texts first differ: line numbers, the lines around it, a count. */
export function describeDiff(expected: string, actual: string): string {
  const want = expected.split('\n');
  const got = actual.split('\n');
  let i = 0;
  while (i < want.length && i < got.length && want[i] === got[i]) i++;
  const a = want[i] ?? '';
  const b = got[i] ?? '';
  let col = 0;
  while (col < a.length && a[col] === b[col]) col++;
  const out = [`first difference at line ${i + 1}, column ${col + 1}:`];
  for (let j = Math.max(0, i - CONTEXT); j < i; j++) out.push(`    ${clip(want[j] ?? '', col)}`);
  for (let j = i; j < Math.min(want.length, i + CONTEXT); j++) out.push(`  - ${clip(want[j] ?? '', col)}`);
  for (let j = i; j < Math.min(got.length, i + CONTEXT); j++) out.push(`  + ${clip(got[j] ?? '', col)}`);
  let differing = 0;
  for (let j = 0; j < Math.max(want.length, got.length); j++) if (want[j] !== got[j]) differing++;
  out.push(`(${differing} of ${Math.max(want.length, got.length)} lines differ; expected ${want.length} lines, got ${got.length})`);
  return out.join('\n');
}

export interface GoldenOptions {
  /** Folder of the goldens (tests of this helper use a temp dir). */
  readonly dir?: string;
  /** Rewrite the golden instead of comparing (default: UPDATE_GOLDEN=1 in the environment). */
  readonly update?: boolean;
}

/**
 * Compares `actual` (already formatted) with the golden file `name` under the golden folder.
 * Throws an Error with a short diff on mismatch, after writing the actual text beside the golden.
 */
export function expectGolden(name: string, actual: string, opts: GoldenOptions = {}): void {
  const dir = opts.dir ?? GOLDEN_DIR;
  const update = opts.update ?? process.env.UPDATE_GOLDEN === '1';
  const path = join(dir, name);
  const changed = changedPath(path);
  const shown = relative(process.cwd(), path);
  if (update) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(path, actual, 'utf8');
    rmSync(changed, { force: true });
    return;
  }
  if (!existsSync(path)) {
    mkdirSync(dirname(path), { recursive: true });
    writeFileSync(changed, actual, 'utf8');
    throw new Error(`golden ${shown} does not exist; the output is in ${relative(process.cwd(), changed)}. ` +
      `If it is right, create the golden with \`${UPDATE_COMMAND}\`.`);
  }
  const expected = readFileSync(path, 'utf8');
  if (expected === actual) {
    rmSync(changed, { force: true });
    return;
  }
  writeFileSync(changed, actual, 'utf8');
  throw new Error(`output differs from golden ${shown}\n${describeDiff(expected, actual)}\n` +
    `actual output: ${relative(process.cwd(), changed)} (compare: diff ${shown} ${relative(process.cwd(), changed)}).\n` +
    `If the change is intended, regenerate with \`${UPDATE_COMMAND}\` and review the diff before committing.`);
}
