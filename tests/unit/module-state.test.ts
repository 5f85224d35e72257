// No module keeps state (issue 20): caches belong to the object whose data they derive from (a
// Snapshot's `derived`, the Build's memo). This reads every module's top level for the shapes
// a cache takes: a `let`, an empty Map or Set, a WeakMap or WeakSet. Constant tables built from
// data (`new Map(SERIES.map(...))`) are not state and pass.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const files = (dir: string): string[] =>
  readdirSync(dir, { withFileTypes: true }).flatMap((e) =>
    e.isDirectory() ? files(join(dir, e.name)) : /\.ts$/.test(e.name) ? [join(dir, e.name)] : []);

// The one holder: Astro's pages share no argument, so the Build of a site build is found here.
const ALLOWED = new Set(['src/site/build.ts: let current: Promise<Build> | undefined;']);

const STATEFUL = /^(?:export )?(?:let |(?:const|var) \w+(?:: [^=]+)? = new (?:WeakMap|WeakSet|(?:Map|Set)(?:<[^>]*>)?\(\)))/;

function moduleState(path: string, text: string): string[] {
  return text.split('\n').filter((line) => STATEFUL.test(line)).map((line) => `${path}: ${line.trim()}`);
}

describe('module state', () => {
  it('finds the shapes a cache takes (the check itself)', () => {
    expect(moduleState('x.ts', 'const memo = new WeakMap<Snapshot, P>();\nlet linter: L | undefined;\nconst seen = new Map<string, number>();\n'))
      .toHaveLength(3);
    expect(moduleState('x.ts', 'const BY_ID = new Map(SERIES.map((s) => [s.id, s]));\n  let local = 1;\n')).toEqual([]);
  });

  it('holds none at the top level of any module in src/', () => {
    const found = files('src').flatMap((p) => moduleState(p, readFileSync(p, 'utf8')));
    expect(found.filter((f) => !ALLOWED.has(f))).toEqual([]);
    expect(found, 'the Build holder is still where the check expects it').toEqual([...ALLOWED]);
  });
});
