// Golden editions: the report body, figures table and stale banner the site composes for an
// edition (src/site/edition.ts), on the frozen fixture snapshot, for calm and stressed dates.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import type { Locale } from '../../src/catalog/series.ts';
import { editionOf, type Edition } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';
import { expectGolden, formatMarkup } from './golden.ts';

/** The parts of an edition page that come from data, in the page's own markup. */
export function editionDocument(e: Edition): string {
  const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  const stale = e.stale.map((s) => `<li data-series="${s.id}">${esc(s.title)} — ${esc(s.last)}${s.reason ? ` (${esc(s.reason)})` : ''}</li>`).join('');
  const rows = e.figures.map((f) =>
    `<tr data-metric="${f.key}"${f.stale ? ' class="row-stale"' : ''}><th scope="row">${f.href ? `<a href="${f.href}">${esc(f.name)}</a>` : esc(f.name)}</th>` +
    `<td class="num">${esc(f.value)}</td><td>${esc(f.date)}</td><td>${esc(f.source)}</td></tr>`).join('');
  return formatMarkup(
    `<article class="report" lang="${e.locale}" data-as-of="${e.asOf}" data-regime="${e.regime ?? 'none'}">` +
    (stale ? `<aside class="stale-banner"><ul>${stale}</ul></aside>` : '') +
    `<div class="report-body">${e.html}</div>` +
    `<section class="figures"><table><tbody>${rows}</tbody></table></section></article>`,
  );
}

// Calm (2021-06-15, 2024-05-15), the repo spike, the March 2020 dash for cash, the late-Oct 2025
// squeeze, and the fixture's latest edition (which also reports refresh failures).
export const GOLDEN_EDITIONS: readonly [Locale, string][] = [
  ['zh', '2019-09-17'], ['en', '2019-09-17'],
  ['en', '2020-03-17'],
  ['zh', '2021-06-15'],
  ['en', '2024-05-15'],
  ['zh', '2025-10-31'], ['en', '2025-10-31'],
  ['en', '2025-11-20'],
];

let snap: Snapshot;
beforeAll(async () => {
  snap = await fixtureSnapshot();
});

describe('golden editions (fixture snapshot)', () => {
  it.each(GOLDEN_EDITIONS)('%s edition of %s', (locale, date) => {
    const file = `content/reports/${locale}.md`;
    const e = editionOf(snap, locale, date, readFileSync(file, 'utf8'), file);
    expectGolden(`editions/${date}.${locale}.html`, editionDocument(e));
  });
});
