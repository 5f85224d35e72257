import { mkdtemp, readFile, writeFile, readdir } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { SHARED_DATA_PLAN, attributionFor, importGroup } from '../../src/snapshot/import.ts';
import { SNAPSHOT_FORMAT } from '../../src/snapshot/manifest.ts';
import { readSnapshot, writeSnapshot } from '../../src/snapshot/store.ts';
import { fixtureText } from '../helpers.ts';

const NOW = '2025-11-05T12:00:00.000Z';
/** Imports one FRED csv text as the plan's SOFR group does. */
const importSofr = (text: string, origin: string, retrieved: string) => {
  const group = SHARED_DATA_PLAN.find((g) => g.key === 'fred:SOFR');
  if (!group) throw new Error('no plan group fred:SOFR');
  return importGroup(group, [{ text, origin }], retrieved, NOW)[0]!;
};

describe('importGroup (FRED csv)', () => {
  it('turns a FRED csv into a snapshot series with provenance', () => {
    const { meta, obs } = importSofr(fixtureText('fred/SOFR.csv'), 'fixtures/fred/SOFR.csv', '2025-11-05');
    expect(obs).toHaveLength(6);
    expect(obs[4]).toEqual({ date: '2025-10-31', value: 4.22 });
    expect(meta).toMatchObject({
      id: 'SOFR', file: 'series/SOFR.csv', unit: 'percent', frequency: 'daily',
      first: '2025-10-27', last: '2025-11-03', rows: 6, status: 'ok', staleReason: null, lastSuccess: NOW,
    });
    expect(meta.provenance.originalUrl).toBe('https://fred.stlouisfed.org/graph/fredgraph.csv?id=SOFR');
    expect(meta.provenance.retrieved).toBe('2025-11-05');
    expect(meta.provenance.attribution).toContain('retrieved from FRED, Federal Reserve Bank of St. Louis');
  });

  it('refuses data dated after the import date (point-in-time)', () => {
    expect(() => importSofr(fixtureText('fred/SOFR.csv'), 'SOFR.csv', '2025-10-31'))
      .toThrow('SOFR: date 2025-11-03 is in the future (today is 2025-10-31) (SOFR.csv:7)');
  });

  it('carries the owner notice for copyrighted series', () => {
    expect(attributionFor('SP500')).toMatch(/S&P Dow Jones Indices LLC.*Copyright/);
    expect(attributionFor('SOFR')).not.toMatch(/Copyright/);
  });
});

describe('snapshot files', () => {
  /** A snapshot folder holding the SOFR fixture only. */
  async function sofrSnapshot() {
    const dir = await mkdtemp(join(tmpdir(), 'snap-'));
    const sofr = importSofr(fixtureText('fred/SOFR.csv'), 'SOFR.csv', '2025-11-05');
    await writeSnapshot(dir, {
      manifest: { format: SNAPSHOT_FORMAT, series: [sofr.meta], revisions: [] },
      series: new Map([['SOFR', sofr.obs]]),
    });
    return { dir, sofr };
  }

  it('round-trips through write and read, one diff-friendly CSV per series', async () => {
    const { dir, sofr } = await sofrSnapshot();
    expect(await readFile(join(dir, 'series/SOFR.csv'), 'utf8')).toBe(
      'date,value\n2025-10-27,4.27\n2025-10-28,4.31\n2025-10-29,4.27\n2025-10-30,4.04\n2025-10-31,4.22\n2025-11-03,4.13\n',
    );
    expect(await readdir(join(dir, 'series'))).toEqual(['SOFR.csv']); // no temp files left behind
    const back = await readSnapshot(dir);
    expect(back.series.get('SOFR')).toEqual(sofr.obs);
    expect(back.manifest.series[0]?.provenance.via).toContain('public mirror sphynxkatt0-arch/cot-report@2780e04b');
  });

  it('refuses a series file that disagrees with the manifest', async () => {
    const { dir } = await sofrSnapshot();
    await writeFile(join(dir, 'series/SOFR.csv'), 'date,value\n2025-10-27,4.27\n');
    await expect(readSnapshot(dir)).rejects.toThrow(/SOFR: file holds 1 rows .* but the manifest says 6 rows/);
  });

  it('explains how to create a missing snapshot', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'snap-'));
    await expect(readSnapshot(dir)).rejects.toThrow(/no manifest at .*manifest.json\. Run `npm run import-snapshot/);
  });
});
