// Golden editions: the report body, figures table and stale banner the site composes for an
// edition (src/site/edition.ts), on the frozen fixture snapshot, for calm and stressed dates.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, it } from 'vitest';
import type { Locale } from '../../src/core/locale.ts';
import { editionOf } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';
import { editionDocument } from './edition-document.ts';
import { expectGolden } from './golden.ts';

// Calm (2021-06-15, 2024-05-15), the repo spike (2019-09-18 shows the 09-17 print), the March 2020 dash for cash, the late-Oct 2025
// squeeze, the fixture's latest edition (which also reports refresh failures), and 2021-10-15, whose
// rates chart spans the switch from IOER to IORB (2021-07-29) and names both rates.
const GOLDEN_EDITIONS: readonly [Locale, string][] = [
  ['zh', '2019-09-18'], ['en', '2019-09-18'],
  ['en', '2020-03-17'],
  ['zh', '2021-06-15'],
  ['zh', '2021-10-15'], ['en', '2021-10-15'],
  ['en', '2024-05-15'],
  ['zh', '2025-10-31'], ['en', '2025-10-31'],
  ['zh', '2025-11-04'], ['en', '2025-11-04'],
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
