import { readFile } from 'node:fs/promises';
import { beforeAll, describe, expect, it } from 'vitest';
import { editionFromPool } from '../../src/site/edition-pool.ts';
import { editionOf } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { FIXTURE_DIR, fixtureSnapshot } from '../helpers.ts';

// The optional worker pool (EDITION_WORKERS) must build the very editions the main thread builds.
let snap: Snapshot;
beforeAll(async () => {
  // Workers read SNAPSHOT_DIR when they start, which is on the first request.
  process.env.SNAPSHOT_DIR = FIXTURE_DIR;
  snap = await fixtureSnapshot();
});

describe('edition worker pool', () => {
  it('gives the same editions as building in-process, in both languages', async () => {
    const dates = ['2025-10-31', '2025-11-04'];
    const jobs = dates.flatMap((date) => (['zh', 'en'] as const).map((locale) => ({ locale, date })));
    const fromPool = await Promise.all(jobs.map(({ locale, date }) => editionFromPool(locale, date, 2)));
    for (const [i, { locale, date }] of jobs.entries()) {
      const file = `content/reports/${locale}.md`;
      const local = editionOf(snap, locale, date, await readFile(file, 'utf8'), file);
      expect(fromPool[i]).toEqual(local);
      expect(local.html).toContain('<figure class="chart"');
    }
  }, 120_000); // two workers start: each loads the modules and computes its timeline

  it('fails with the worker\'s own error message', async () => {
    await expect(editionFromPool('en', '2025-11-01', 2)).rejects.toThrow(/2025-11-01 is not an edition date/);
  }, 120_000);
});
