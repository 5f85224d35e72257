// The report's repo-operation paragraphs, driven by data in the NY Fed's format (the recorded
// response in tests/fixtures/recorded/nyfed/) on top of the frozen fixture snapshot: the "has data" branch
// with the take-up injected, the "no data" branch with the repo series removed. Neither depends
// on whether the fixture itself holds repo operations.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeEdition } from '../../src/metrics/timeline.ts';
import { composeEdition } from '../../src/site/edition.ts';
import type { Snapshot } from '../../src/snapshot/snapshot.ts';
import { parseRepoOperations } from '../../src/sources/nyfed.ts';
import { fixtureSnapshot, fixtureText, withoutSeries } from '../helpers.ts';

const REPO = ['SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'];
const DAY = '2025-10-31';

let base: Snapshot;
let withRepo: Snapshot;
beforeAll(async () => {
  base = withoutSeries(await fixtureSnapshot(), ...REPO);
  const repo = parseRepoOperations(fixtureText('recorded/nyfed/rp-results-search_2025-10-28_2025-12-31_excerpt.json'), 'fixture');
  const series = new Map(base.series);
  for (const [id, obs] of repo) series.set(id, obs.map(({ date, value }) => ({ date, value })));
  withRepo = { ...base, series };
});

const edition = (snap: Snapshot, locale: 'zh' | 'en', asOf: string) => composeEdition({
  snap, locale, metrics: computeEdition(snap, asOf),
  template: readFileSync(`content/reports/${locale}.md`, 'utf8'), file: `content/reports/${locale}.md`,
});

/** The recorded take-up on DAY, read from the injected series (not from the code under test's figures). */
const onDay = (id: string) => withRepo.series.get(id)?.find((o) => o.date === DAY)?.value;

describe('repo operations in the report', () => {
  it('reports a record day, its size and the MBS share', () => {
    const total = onDay('SRF_TOTAL');
    const mbs = onDay('SRF_MBS');
    if (total === undefined || mbs === undefined) throw new Error(`the recorded repo response has no operations on ${DAY}`);
    // The record is within the data: no earlier day in the response took up more.
    expect(withRepo.series.get('SRF_TOTAL')!.filter((o) => o.date < DAY).every((o) => o.value < total)).toBe(true);
    const e = edition(withRepo, 'en', DAY);
    expect(e.html).toContain('That was a record.');
    expect(e.html).toMatch(new RegExp(`data-metric="srf.latest"[^>]*>\\$${total.toFixed(1).replace('.', '\\.')}bn<`));
    expect(e.html).toMatch(new RegExp(`data-metric="srf.mbsShare"[^>]*>${((mbs / total) * 100).toFixed(1).replace('.', '\\.')}%<`));
    expect(e.html).not.toContain('does not yet hold');
    const signals = computeEdition(withRepo, DAY).signals.find((s) => s.pillar === 'facility');
    expect(signals).toMatchObject({ level: 2, rule: 'facility.large' });
  });

  it('says the data is missing when the snapshot has none', () => {
    const e = edition(base, 'zh', DAY);
    expect(e.html).toContain('本快照尚不包含纽约联储回购操作');
    expect(e.html).not.toMatch(/class="fig[^"]*" data-metric="srf\./); // the episodes table row says "no data" instead
  });
});
