// The report's repo-operation paragraphs, driven by data in the NY Fed's real format: the
// committed snapshot has no repo operations yet, so this proves the "has data" branch works.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeEdition } from '../../src/metrics/timeline.ts';
import { composeEdition } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { readSnapshot } from '../../src/snapshot/store.ts';
import { parseRepoOperations } from '../../src/sources/nyfed.ts';
import { fixtureText } from '../helpers.ts';

let withRepo: Snapshot;
beforeAll(async () => {
  const snap = await readSnapshot('content/data');
  const repo = parseRepoOperations(fixtureText('recorded/nyfed/rp-results-search_2025-10-28_2025-12-31_excerpt.json'), 'fixture');
  const series = new Map(snap.series);
  for (const [id, obs] of repo) series.set(id, obs.map(({ date, value }) => ({ date, value })));
  withRepo = { ...snap, series };
});

const edition = (snap: Snapshot, locale: 'zh' | 'en', asOf: string) => composeEdition({
  snap, locale, metrics: computeEdition(snap, asOf),
  template: readFileSync(`content/reports/${locale}.md`, 'utf8'), file: `content/reports/${locale}.md`,
});

describe('repo operations in the report', () => {
  it('reports a record day, its size and the MBS share', () => {
    const e = edition(withRepo, 'en', '2025-10-31');
    expect(e.html).toContain('That was a record.');
    expect(e.html).toMatch(/data-metric="srf.latest"[^>]*>\$50\.4bn</);
    expect(e.html).toMatch(/data-metric="srf.mbsShare"[^>]*>41\.6%</); // (15.95 + 5.00) / 50.35
    expect(e.html).not.toContain('does not yet hold');
    const signals = computeEdition(withRepo, '2025-10-31').signals.find((s) => s.pillar === 'facility');
    expect(signals).toMatchObject({ level: 2, rule: 'facility.large' });
  });

  it('says the data is missing when the snapshot has none', async () => {
    const e = edition(await readSnapshot('content/data'), 'zh', '2025-10-31');
    expect(e.html).toContain('本快照尚不包含纽约联储回购操作');
    expect(e.html).not.toMatch(/class="fig[^"]*" data-metric="srf\./); // the episodes table row says "no data" instead
  });
});
