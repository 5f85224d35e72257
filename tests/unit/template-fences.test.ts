// A container block (`:::when{…}` … `:::`) without its own closing line: the parser accepts it
// and lets the block run on, so text lands under the wrong condition (a missing `:::` after the
// "stressed" verdict hid the "tight" one). The template check refuses it, on copies of the real
// templates with one fence taken out, through the function the build composes editions with.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { TemplateError } from '../../src/report/errors.ts';
import { editionOf, latestEditionDate } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { catchError, fixtureSnapshot } from '../helpers.ts';

const LOCALES = ['en', 'zh'] as const;
const template = (locale: string) => readFileSync(`content/reports/${locale}.md`, 'utf8');

/** The template without its line `lineNo` (1-based), which must be a fence. */
function withoutLine(text: string, lineNo: number): string {
  const lines = text.split('\n');
  expect(lines[lineNo - 1]).toMatch(/^:{3,}$/);
  return [...lines.slice(0, lineNo - 1), ...lines.slice(lineNo)].join('\n');
}

/** 1-based number of the first line at or after `from` that equals `text`. */
const lineOf = (tpl: string, text: string, from = 1) => tpl.split('\n').findIndex((l, i) => i + 1 >= from && l === text) + 1;

let snap: Snapshot;
let asOf: string;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  asOf = latestEditionDate(snap);
});

describe.each(LOCALES)('template fences (%s.md)', (locale) => {
  const file = `content/reports/${locale}.md`;

  it('the real template passes the check', () => {
    expect(() => editionOf(snap, locale, asOf, template(locale), file)).not.toThrow();
  });

  it('refuses the "stressed" verdict block without its closing ":::" (it would swallow the "tight" verdict), naming its line', () => {
    const tpl = template(locale);
    const open = lineOf(tpl, ':::when{if="signal.overall == stress and channel.worst == 1 and signal.held == 0" claim="ratesBrokeOut"}');
    expect(open).toBeGreaterThan(0);
    const err = catchError(() => editionOf(snap, locale, asOf, withoutLine(tpl, lineOf(tpl, ':::', open)), file));
    expect(err).toBeInstanceOf(TemplateError);
    expect(err.message).toMatch(new RegExp(
      `^content/reports/${locale}\\.md:${open}:1: the block ":::when" that starts here has no closing line; add a line ":::" where it should end\\. ` +
        'Without it the block runs on to the end of the block around it'));
  });

  it('refuses the last block of the file without its closing line', () => {
    const tpl = template(locale).replace(/\n+$/, '');
    const lines = tpl.split('\n');
    const open = lines.findLastIndex((l) => l.startsWith(':::::when{')) + 1;
    const err = catchError(() => editionOf(snap, locale, asOf, withoutLine(tpl, lines.length), file));
    expect(err.message).toMatch(new RegExp(
      `^content/reports/${locale}\\.md:${open}:1: the block ":::::when" that starts here has no closing line; add a line ":::::" where it should end`));
  });
});

describe('fence check on small templates', () => {
  it('names the unclosed block in a nested one, not its parent', () => {
    const md = '::::when{has="signal.overall"}\nA.\n\n:::when{if="signal.overall == calm"}\nB.\n::::\n';
    const err = catchError(() => editionOf(snap, 'en', asOf, md, 't.md'));
    expect(err.message).toMatch(/^t\.md:4:1: the block ":::when" that starts here has no closing line of its own: "::::" on line 6 closes it, .* that block is now left open\)\. Add a line ":::"/);
  });

  it('refuses a closing line with more colons than the opening', () => {
    const err = catchError(() => editionOf(snap, 'en', asOf, ':::when{has="signal.overall"}\nA.\n::::\n', 't.md'));
    expect(err.message).toMatch(/^t\.md:1:1: the block ":::when" that starts here has no closing line of its own: "::::" on line 3 closes it/);
  });

  it('accepts an empty block and a fence with trailing spaces', () => {
    expect(() => editionOf(snap, 'en', asOf, ':::when{has="signal.overall"}\n:::\n\n:::when{has="signal.overall"}\nA.\n:::  \n', 't.md')).not.toThrow();
  });
});
