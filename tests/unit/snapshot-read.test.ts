// The committed snapshot is checked when the build reads it: each fault a hand edit or a bad merge
// can bring gets a clear error naming the file (and line or field), never wrong figures.
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { beforeEach, describe, expect, it } from 'vitest';
import { readSnapshot } from '../../src/snapshot/store.ts';
import { FIXTURE_DIR } from '../helpers.ts';

let dir: string;
const sofrPath = () => join(dir, 'series/SOFR.csv');

/** Edits the copy's SOFR.csv line by line (1-based line numbers as an editor shows them). */
async function editSofr(f: (lines: string[]) => string[]): Promise<void> {
  const lines = (await readFile(sofrPath(), 'utf8')).split('\n');
  await writeFile(sofrPath(), f(lines).join('\n'));
}

async function editManifest(f: (m: { series: Record<string, unknown>[] }) => void): Promise<void> {
  const m = JSON.parse(await readFile(join(dir, 'manifest.json'), 'utf8'));
  f(m);
  await writeFile(join(dir, 'manifest.json'), JSON.stringify(m, null, 2));
}

beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), 'snapshot-read-'));
  await cp(FIXTURE_DIR, dir, { recursive: true });
});

describe('reading the committed snapshot', () => {
  it('accepts the fixture as committed', async () => {
    const snap = await readSnapshot(dir);
    expect(snap.series.get('SOFR')?.find((o) => o.date === '2025-10-31')?.value).toBe(4.22);
  });

  it('refuses a value outside the catalog bounds (a typo), naming file and line', async () => {
    await editSofr((l) => l.map((x) => (x === '2025-10-31,4.22' ? '2025-10-31,42.2' : x)));
    await expect(readSnapshot(dir)).rejects.toThrow(
      `SOFR: value 42.2 on 2025-10-31 is outside the plausible range -1…25 (percent); check the source (${sofrPath()}:1897)`,
    );
  });

  it('refuses two swapped rows', async () => {
    await editSofr((l) => l.map((x, i) => (i === 1895 ? l[1896]! : i === 1896 ? l[1895]! : x)));
    await expect(readSnapshot(dir)).rejects.toThrow(`SOFR: date 2025-10-30 is out of order (after 2025-10-31) (${sofrPath()}:1897)`);
  });

  it('refuses a duplicate date', async () => {
    await editSofr((l) => [...l.slice(0, 1897), l[1896]!, ...l.slice(1897)]);
    await expect(readSnapshot(dir)).rejects.toThrow(`SOFR: duplicate date 2025-10-31 (${sofrPath()}:1898)`);
  });

  it('refuses a file whose checksum differs from the manifest, saying what to do', async () => {
    await editSofr((l) => l.map((x) => (x === '2025-10-31,4.22' ? '2025-10-31,4.23' : x))); // plausible, but not what was fetched
    const err = await readSnapshot(dir).then(() => undefined, (e: Error) => e);
    expect(err?.message).toMatch(/^SOFR: the file's sha256 is [0-9a-f]{64} but the manifest records [0-9a-f]{64}: it was changed outside/);
    expect(err?.message).toContain('restore the file from git');
    expect(err?.message).toContain("put the new sha256 in the manifest's entry for SOFR");
    expect(err?.message).toContain(`(${sofrPath()})`);
  });

  it('refuses a manifest that is not JSON, naming the file', async () => {
    const text = await readFile(join(dir, 'manifest.json'), 'utf8');
    await writeFile(join(dir, 'manifest.json'), text.slice(0, 500));
    await expect(readSnapshot(dir)).rejects.toThrow(new RegExp(`^snapshot: ${join(dir, 'manifest.json')} is not valid JSON \\(`));
  });

  it('refuses a manifest field of the wrong shape, naming file, series and field', async () => {
    await editManifest((m) => void (m.series[1]!.rows = 'many'));
    await expect(readSnapshot(dir)).rejects.toThrow(`${join(dir, 'manifest.json')} is not a valid manifest: field series[1] (EFFR).rows:`);
  });

  it('refuses a manifest without checksums', async () => {
    await editManifest((m) => void delete m.series[0]!.sha256);
    await expect(readSnapshot(dir)).rejects.toThrow('is not a valid manifest: field series[0] (SOFR).sha256:');
  });

  it('refuses a bad lastSuccess with the field named, not "Invalid time value"', async () => {
    await editManifest((m) => void (m.series[0]!.lastSuccess = '2025-13-45T99:00:00Z'));
    await expect(readSnapshot(dir)).rejects.toThrow(
      'is not a valid manifest: field series[0] (SOFR).lastSuccess: expected an ISO timestamp such as 2025-11-06T12:00:00.000Z',
    );
  });

  it('refuses an impossible date in the manifest', async () => {
    await editManifest((m) => void (m.series[0]!.first = '2018-02-30'));
    await expect(readSnapshot(dir)).rejects.toThrow('field series[0] (SOFR).first: expected a real date written YYYY-MM-DD');
  });

  it('ignores, and says so, a staging area an update left before its commit point', async () => {
    await mkdir(join(dir, '.staging/series'), { recursive: true });
    await writeFile(join(dir, '.staging/series/SOFR.csv'), 'date,value\n2025-10-31,99\n');
    const notes: string[] = [];
    const snap = await readSnapshot(dir, { log: (n) => void notes.push(n) });
    expect(snap.series.get('SOFR')?.find((o) => o.date === '2025-10-31')?.value).toBe(4.22);
    expect(notes).toEqual([expect.stringMatching(/ignoring .*\.staging, left by an update that stopped before its commit point/)]);
  });

  it('refuses a damaged journal rather than guess which files are new', async () => {
    await mkdir(join(dir, '.staging'), { recursive: true });
    await writeFile(join(dir, '.staging/journal.json'), '{"renames": ["../../etc/passwd"]}');
    await expect(readSnapshot(dir)).rejects.toThrow(/journal\.json is damaged, so an interrupted update cannot be finished\. Restore .* from git/);
  });
});
