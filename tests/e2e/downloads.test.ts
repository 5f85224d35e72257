// The downloads as a reader gets them from the built site (dist/, built once by the globalSetup):
// every figures.json parses with its schema and matches its edition page; every series CSV has the
// same rows as its JSON; the snapshot ZIP opens in a ZIP reader we did not write and holds the
// same CSVs; pages link all of it; no copyrighted price is downloadable. Value-free: it checks the
// files against each other and the committed snapshot, so new data cannot break it.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { SERIES, seriesDef, type SeriesId } from '../../src/catalog/series.ts';
import { PILLARS } from '../../src/metrics/signals.ts';
import { buildSite } from './a11y-site.ts';

let dir = inject('builtSite');
let ownBuild = false;

const SOFR_LAST = readFileSync('content/data/series/SOFR.csv', 'utf8').trim().split('\n').at(-1)?.split(',')[0] as string;

beforeAll(async () => {
  // Without the shared build (this file run alone), build a small site of our own.
  if (!dir) {
    dir = await mkdtemp(join(tmpdir(), 'usd-liquidity-downloads-'));
    ownBuild = true;
    await buildSite(dir, `${SOFR_LAST.slice(0, 8)}01`);
  }
});

afterAll(async () => {
  if (ownBuild) await rm(dir, { recursive: true, force: true });
});

const read = (path: string) => readFileSync(join(dir, path), 'utf8');
const COPYRIGHTED = SERIES.filter((s) => s.license === 'copyrighted').map((s) => s.id as string);
const manifest = JSON.parse(readFileSync('content/data/manifest.json', 'utf8')) as { series: { id: string }[] };
const PUBLIC = manifest.series.map((s) => s.id).filter((id) => !COPYRIGHTED.includes(id));

/** "date,value" rows of a CSV text; throws on a bad header or line, naming it. */
function csvRows(text: string, where: string): [string, number][] {
  const [header, ...lines] = text.trimEnd().split('\n');
  if (header !== 'date,value') throw new Error(`${where}: header is "${header}", expected "date,value"`);
  return lines.map((l, i) => {
    const [date = '', value = '', ...extra] = l.split(',');
    if (!/^\d{4}-\d{2}-\d{2}$/.test(date) || value === '' || !Number.isFinite(Number(value)) || extra.length) {
      throw new Error(`${where}:${i + 2}: "${l}" is not an ISO date and a number`);
    }
    return [date, Number(value)];
  });
}

interface FiguresFile {
  schema: string;
  edition: string;
  cutoff: { date: string; time: string; timeZone: string };
  regime: { level: number | null; rule: string };
  pillars: { pillar: string; level: number | null; rule: string; reads: string[] }[];
  figures: { key: string; value: number | null; unit: string | null; date: string | null; series: string[]; stale: boolean }[];
  staleSeries: string[];
  series: Record<string, { licence: string; notice?: string }>;
}

describe('figures.json', () => {
  it('exists for every edition page, parses with its schema and agrees with the page', { timeout: 180_000 }, () => {
    const dates = readdirSync(join(dir, 'reports')).filter((d) => /^\d{4}-\d{2}-\d{2}$/.test(d));
    expect(dates.length).toBeGreaterThan(10);
    const catalog = JSON.parse(read('downloads/catalog.json')) as { metrics: Record<string, unknown>; series: Record<string, { downloads?: unknown }> };
    let keys: string[] | undefined;
    for (const date of dates) {
      const f = JSON.parse(read(`reports/${date}/figures.json`)) as FiguresFile;
      expect(f).toMatchObject({ schema: 'usd-liquidity-edition-figures/1', edition: date, cutoff: { date, time: '18:00', timeZone: 'America/New_York' } });
      // Every pillar of the methodology, the channel pillars (lender of last resort, dash for cash) included.
      expect(f.pillars.map((p) => p.pillar)).toEqual([...PILLARS]);
      // Same keys in every edition, each titled in the glossary.
      keys ??= f.figures.map((x) => x.key);
      expect(f.figures.map((x) => x.key), date).toEqual(keys);
      for (const x of f.figures) {
        expect(catalog.metrics[x.key], x.key).toBeDefined();
        if (x.value === null) continue;
        expect(Number.isFinite(x.value), `${date} ${x.key}`).toBe(true);
        expect(x.date! <= date, `${date} ${x.key} dated ${x.date}`).toBe(true);
        for (const id of x.series) expect(f.series[id], `${date} ${x.key}: ${id}`).toBeDefined();
      }
      // The page shows the same verdict and links this file, in both languages.
      for (const page of [`reports/${date}/index.html`, `en/reports/${date}/index.html`]) {
        const html = read(page);
        expect(html).toContain(`href="/reports/${date}/figures.json"`);
        const shown = /data-regime="(\d)"/.exec(html)?.[1];
        expect(shown === undefined ? null : Number(shown), page).toBe(f.regime.level);
      }
    }
    // Copyrighted series appear only as sources of derived figures, never with a download.
    for (const id of COPYRIGHTED) expect(catalog.series[id]?.downloads).toBeUndefined();
  });

  it('the home page links the latest edition\'s file', () => {
    expect(read('index.html')).toMatch(/href="\/reports\/\d{4}-\d{2}-\d{2}\/figures\.json"/);
  });
});

describe('series downloads', () => {
  it('offers CSV and JSON for every public series, with the same rows, and nothing for copyrighted ones', () => {
    const files = readdirSync(join(dir, 'downloads'));
    for (const id of PUBLIC) {
      const rows = csvRows(read(`downloads/${id}.csv`), `${id}.csv`);
      const json = JSON.parse(read(`downloads/${id}.json`)) as {
        schema: string; id: string; licence: string; rows: number; provenance: { originalUrl: string }; columns: string[]; observations: [string, number][];
      };
      expect(json).toMatchObject({ schema: 'usd-liquidity-series/1', id, licence: 'public', columns: ['date', 'value'] });
      expect(json.provenance.originalUrl).toMatch(/^https:\/\//);
      expect(json.observations, id).toEqual(rows);
      expect(json.rows).toBe(rows.length);
    }
    for (const id of COPYRIGHTED) expect(files.filter((f) => f.startsWith(`${id}.`)), id).toEqual([]);
  });

  it('never carries a copyrighted price, in any file under downloads/ or any figures.json', { timeout: 120_000 }, () => {
    const prices = new Set<string>();
    for (const id of COPYRIGHTED) {
      const path = `content/data/series/${id}.csv`;
      if (existsSync(path)) for (const [d, v] of csvRows(readFileSync(path, 'utf8'), path)) prices.add(`${d},${v}`);
    }
    expect(prices.size).toBeGreaterThan(0);
    const leaks: string[] = [];
    for (const id of PUBLIC) {
      for (const [d, v] of csvRows(read(`downloads/${id}.csv`), id)) if (prices.has(`${d},${v}`)) leaks.push(`${id}.csv ${d}`);
    }
    for (const date of readdirSync(join(dir, 'reports')).filter((d) => /^\d{4}-/.test(d))) {
      const f = JSON.parse(read(`reports/${date}/figures.json`)) as FiguresFile;
      for (const x of f.figures) if (x.value !== null && prices.has(`${x.date},${x.value}`)) leaks.push(`${date} ${x.key}`);
    }
    expect(leaks).toEqual([]);
  });
});

describe('snapshot.zip', () => {
  it('opens in another ZIP reader and holds the README, the public manifest and the same CSVs', () => {
    const entries = unzipSync(new Uint8Array(readFileSync(join(dir, 'downloads/snapshot.zip'))));
    const names = Object.keys(entries);
    const folder = names[0]?.split('/')[0] as string;
    expect(folder).toMatch(/^usd-liquidity-snapshot-\d{4}-\d{2}-\d{2}$/);
    expect(names.sort()).toEqual([`${folder}/README.txt`, `${folder}/manifest.json`, ...PUBLIC.map((id) => `${folder}/series/${id}.csv`)].sort());
    for (const id of PUBLIC) expect(strFromU8(entries[`${folder}/series/${id}.csv`] as Uint8Array), id).toBe(read(`downloads/${id}.csv`));
    const m = JSON.parse(strFromU8(entries[`${folder}/manifest.json`] as Uint8Array)) as { format: string; series: { id: string; provenance: { license: string } }[] };
    expect(m.format).toBe('usd-liquidity-snapshot/1');
    expect(m.series.map((s) => s.id)).toEqual(PUBLIC);
    expect(m.series.every((s) => s.provenance.license === 'public')).toBe(true);
  });
});

describe('links to the downloads', () => {
  it('the data page links every public CSV and JSON and the ZIP, and names each copyright owner', () => {
    for (const page of ['data/index.html', 'en/data/index.html']) {
      const html = read(page);
      expect(html).toContain('href="/downloads/snapshot.zip"');
      for (const id of PUBLIC) {
        expect(html, `${page}: ${id}`).toContain(`href="/downloads/${id}.csv"`);
        expect(html, `${page}: ${id}`).toContain(`href="/downloads/${id}.json"`);
      }
      for (const id of COPYRIGHTED.filter((x) => manifest.series.some((s) => s.id === x))) {
        expect(html).not.toContain(`/downloads/${id}.`);
        const notice = seriesDef(id as SeriesId).notice as string;
        expect(html, `${page}: ${id} notice`).toContain(notice.replace(/&/g, '&amp;'));
      }
    }
  });

  it('indicator pages link the series\' CSV, JSON and the ZIP; copyrighted ones show the notice and no download', () => {
    const sofr = read('en/indicators/SOFR/index.html');
    for (const href of ['/downloads/SOFR.csv', '/downloads/SOFR.json', '/downloads/snapshot.zip']) expect(sofr).toContain(`href="${href}"`);
    const sp = read('indicators/SP500/index.html');
    expect(sp).not.toContain('href="/downloads/');
    expect(sp).toContain((seriesDef('SP500').notice as string).replace(/&/g, '&amp;'));
  });
});
