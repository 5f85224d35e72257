// The report's repo-operation, SOFR-distribution and general-collateral paragraphs on real data:
// the repo series come from excerpts of the NY Fed's recorded answers (tests/fixtures/import/),
// read by the importer; the rates are the NY Fed's published values for 2025-10-31. They are laid
// over the frozen fixture snapshot, which supplies the rest of the report, and only they are pinned.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { computeEdition } from '../../src/metrics/timeline.ts';
import { composeEdition } from '../../src/site/edition.ts';
import { SHARED_DATA_PLAN, importGroup } from '../../src/snapshot/import.ts';
import type { Observation } from '../../src/core/observation.ts';
import { Snapshot } from '../../src/snapshot/snapshot.ts';
import { fixtureSnapshot } from '../helpers.ts';

const REPO = ['SRF_TOTAL', 'SRF_TREASURY', 'SRF_AGENCY', 'SRF_MBS'];
// nyfed/sofr.json, bgcr.json, tgcr.json (see ../shared/data/README.md), 2025-10-31.
const RATES: Record<string, number> = { SOFR_P1: 4.05, SOFR_P25: 4.15, SOFR_P75: 4.29, SOFR_P99: 4.35, BGCR: 4.15, TGCR: 4.15 };

let live: Snapshot;
let withRepo: Snapshot;
let withoutRepo: Snapshot;
beforeAll(async () => {
  live = await fixtureSnapshot();
  const group = SHARED_DATA_PLAN.find((g) => g.key === 'nyfed:repo')!;
  const files = group.files.map((f) => ({ origin: f, text: readFileSync(new URL(`../fixtures/import/${f}`, import.meta.url), 'utf8') }));
  const repo = importGroup(group, files, '2026-11-28', '2026-11-28T00:00:00Z');
  const series = new Map<string, readonly Observation[]>(live.series);
  for (const { meta, obs } of repo) series.set(meta.id, obs);
  for (const [id, value] of Object.entries(RATES)) {
    series.set(id, [...(live.series.get(id) ?? []).filter((o) => o.date < '2025-10-31'), { date: '2025-10-31', value }]);
  }
  withRepo = new Snapshot({ ...live, series });
  withoutRepo = new Snapshot({ ...live, series: new Map([...live.series].filter(([id]) => !REPO.includes(id))) });
});

const edition = (snap: Snapshot, locale: 'zh' | 'en', asOf: string) => composeEdition({
  snap, locale, metrics: computeEdition(snap, asOf),
  template: readFileSync(`content/reports/${locale}.md`, 'utf8'), file: `content/reports/${locale}.md`,
});
const text = (html: string) => html.replace(/<svg[\s\S]*?<\/svg>/g, '').replace(/<[^>]+>/g, '').replace(/&amp;/g, '&');

describe('Standing Repo Facility take-up in the report', () => {
  it('reports 2025-10-31 as the highest SRF day since the data begins, with its MBS part (en)', () => {
    const t = text(edition(withRepo, 'en', '2025-10-31').html);
    expect(t).toContain('Take-up at the Standing Repo Facility (SRF) was $50.35bn on Oct 31, 2025.');
    expect(t).toContain('That was the highest daily take-up since Oct 30, 2025, when our daily SRF record begins'); // the excerpt's first SRF day
    expect(t).toContain("Of that day's take-up, $20.95bn (41.6%) was lent against mortgage-backed securities.");
    // 2020's temporary operations are named as such and kept out of the record.
    expect(t).toContain('the largest day was $276.50bn (Mar 12, 2020, all terms together)');
    expect(t).not.toContain('Our data do not include the Fed\'s daily repo operation results');
  });

  it('says the same in Chinese', () => {
    const html = edition(withRepo, 'zh', '2025-10-31').html;
    const t = text(html);
    expect(t).toContain('常备回购便利（SRF）2025年10月31日的使用量为 503.5 亿美元。');
    expect(t).toContain('这是 2025年10月30日以来的最高单日使用量（本站的 SRF 逐日记录从这一天开始');
    expect(html).toMatch(/<strong>这是 .*以来的最高单日使用量<\/strong>/); // bold, not literal asterisks
    expect(t).not.toContain('**');
    expect(t).toContain('以抵押贷款支持证券（MBS）作抵押的为 209.5 亿美元，占 41.6%');
    expect(t).toContain('单日最多为 2,765 亿美元（2020年3月12日，各期限合计）');
  });

  it('gives the highest day instead of a record claim once take-up falls back', () => {
    const t = text(edition(withRepo, 'en', '2025-11-03').html);
    expect(t).toContain('was $22.00bn on Nov 3, 2025');
    expect(t).toContain('The largest day since our daily SRF record begins (Oct 30, 2025) was $50.35bn, on Oct 31, 2025.');
    expect(t).not.toContain('That was the highest daily take-up');
  });

  it('shows 2020 as temporary open market operations, never as the SRF', () => {
    const t = text(edition(withRepo, 'en', '2020-03-12').html);
    expect(t).toContain('On Mar 12, 2020 those operations took $276.50bn');
    expect(t).not.toContain('Take-up at the Standing Repo Facility');
  });

  it('says the data is missing when the snapshot has none', () => {
    const t = text(edition(withoutRepo, 'zh', '2025-10-31').html);
    expect(t).toContain('本站数据不含这段时间美联储回购操作的逐日结果');
    expect(t).not.toContain('常备回购便利（SRF）2025');
  });
});

describe('SOFR distribution and general-collateral rates in the report', () => {
  it('reads the 99th percentile against the top of the range and the p25–p75 spread, dated (en)', () => {
    const t = text(edition(withRepo, 'en', '2025-11-03').html);
    expect(t).toContain('On Oct 31, 2025 the 1st percentile was 4.05% and the 99th 4.35%; the middle half of the volume traded between 4.15% and 4.29%, a spread of 14 bp.');
    expect(t).toContain('the 99th percentile sat 35 bp above the top of the range.');
    expect(t).toContain('The two general-collateral benchmarks for Oct 31, 2025: TGCR, which covers tri-party repo only, was 4.15%; BGCR, which adds FICC\'s GCF repo, was 4.15%.');
  });

  it('and in Chinese', () => {
    const t = text(edition(withRepo, 'zh', '2025-11-03').html);
    expect(t).toContain('2025年10月31日，第 1 百分位为 4.05%');
    expect(t).toContain('第 99 百分位比区间上限高 35 个基点。');
    expect(t).toContain('居中一半的成交落在 4.15% 与 4.29% 之间，上下相差 14 个基点。');
    expect(t).toContain('一般抵押品回购的两项基准（2025年10月31日）：仅含三方回购的 TGCR 为 4.15%');
  });
});
