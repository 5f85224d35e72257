import { mkdtemp, readdir, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { cutSnapshot } from '../../scripts/cut-fixture.ts';
import { Snapshot } from '../../src/snapshot/snapshot.ts';
import { writeSnapshot } from '../../src/snapshot/store.ts';
import { FIXTURE_CUT, FIXTURE_DIR, fixtureSnapshot, memorySnapshot } from '../helpers.ts';

describe('cutSnapshot', () => {
  it('keeps only observations up to the cut, drops emptied series and rewrites extents and freshness', () => {
    const src = memorySnapshot({ SOFR: [['2025-10-30', 4.04], ['2025-10-31', 4.22], ['2025-11-03', 4.13]], BGCR: [['2025-11-03', 4.1]] });
    const meta = (id: string, first: string, last: string, rows: number) => ({
      id, file: `series/${id}.csv`, unit: 'percent', frequency: 'daily', first, last, rows, sha256: '0'.repeat(64), status: 'stale' as const,
      lastSuccess: '2026-01-01T00:00:00.000Z', staleReason: 'HTTP 500',
      provenance: { source: 'fred', originalUrl: 'https://example.org/x', via: 'test', retrieved: '2026-01-01', attribution: 'x', license: 'public' as const },
    });
    const snap = new Snapshot({
      ...src,
      manifest: {
        ...src.manifest,
        series: [meta('SOFR', '2025-10-30', '2025-11-03', 3), meta('BGCR', '2025-11-03', '2025-11-03', 1)],
        revisions: [
          { series: 'SOFR', date: '2025-10-30', old: 4.03, new: 4.04, recorded: '2025-10-31T20:00:00.000Z' },
          { series: 'SOFR', date: '2025-10-31', old: 4.2, new: 4.22, recorded: '2025-11-03T20:00:00.000Z' },
        ],
      },
    });
    const { snapshot, dropped } = cutSnapshot(snap, '2025-10-31');
    expect(dropped).toEqual(['BGCR']);
    expect(snapshot.series.get('SOFR')?.map((o) => o.date)).toEqual(['2025-10-30', '2025-10-31']);
    expect(snapshot.manifest.series).toHaveLength(1);
    expect(snapshot.manifest.series[0]).toMatchObject({
      id: 'SOFR', first: '2025-10-30', last: '2025-10-31', rows: 2, status: 'ok', staleReason: null, lastSuccess: '2025-10-31T22:00:00.000Z',
    });
    expect(snapshot.manifest.revisions.map((r) => r.date)).toEqual(['2025-10-30']); // the later one was recorded after the cut
  });

  it('reproduces the committed fixture byte for byte when re-cut at its own date', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'cut-'));
    const fixture = await fixtureSnapshot();
    expect(fixture.manifest.series.every((m) => m.last <= FIXTURE_CUT)).toBe(true);
    await writeSnapshot(dir, cutSnapshot(fixture, FIXTURE_CUT).snapshot);
    for (const f of ['manifest.json', ...(await readdir(join(dir, 'series'))).map((n) => `series/${n}`)]) {
      expect(await readFile(join(dir, f), 'utf8'), f).toBe(await readFile(join(FIXTURE_DIR, f), 'utf8'));
    }
  });
});
