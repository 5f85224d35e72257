import { execFileSync } from 'node:child_process';
// The machine-readable downloads, on the frozen fixture snapshot: figures.json per edition, series
// JSON, the public snapshot archive; and that no copyrighted price leaves the site as a value.
import { unzipSync, strFromU8 } from 'fflate';
import { beforeAll, describe, expect, it } from 'vitest';
import { SERIES, seriesDef } from '../../src/catalog/series.ts';
import { makeFigure, type Figure } from '../../src/metrics/figure.ts';
import { computeEdition, metricCatalog, type EditionMetrics } from '../../src/metrics/timeline.ts';
import {
  catalogDocument, editionFigureKeys, FIGURES_SCHEMA, figuresDocument, isPublicSeries, publicSeriesIds, restatesPrice,
  seriesDocument, snapshotFiles, type FiguresDocument,
} from '../../src/site/downloads.ts';
import { Build } from '../../src/site/build.ts';
import { composeEdition, editionDates, latestEditionDate } from '../../src/site/edition.ts';
import { zipSync } from '../../src/site/zip.ts';
import type { MetricKey } from '../../src/metrics/registry.ts';
import { TemplateError } from '../../src/report/errors.ts';
import { Snapshot } from '../../src/snapshot/snapshot.ts';
import { catchError, fixtureSnapshot, fixtureText, seriesEndingAt } from '../helpers.ts';

const COPYRIGHTED = SERIES.filter((s) => s.license === 'copyrighted').map((s) => s.id as string);
const TEMPLATES = (['zh', 'en'] as const).map((l) => ({ file: `content/reports/${l}.md`, markdown: fixtureText(`../../content/reports/${l}.md`) }));
/** A late-October 2025 squeeze edition and a pre-SRF one (2019 repo turmoil). */
const SQUEEZE = '2025-11-03';

let snap: Snapshot;
let keys: MetricKey[];
let timeline: ReadonlyMap<string, EditionMetrics>;
beforeAll(async () => {
  snap = await fixtureSnapshot();
  keys = editionFigureKeys(TEMPLATES, metricCatalog(snap));
  // every edition date in one pass (seconds), shared by the tests below
  timeline = new Build(snap, { reportsDir: 'content/reports', chartThread: false }).timeline;
});

const doc = (date: string): FiguresDocument =>
  figuresDocument(snap, timeline.get(date) as EditionMetrics, keys, date === latestEditionDate(snap));

describe('editionFigureKeys', () => {
  const kinds = new Map([['sofr.latest', 'pct'], ['sofr.chg1d', 'bp'], ['rrp.latest', 'usd_bn'], ['tga.latest', 'usd_bn'], ['signal.funding', 'signal']] as const);

  it('takes placeholders and conditions, the verdict\'s inputs and every signal, in catalog order', () => {
    const markdown = ':::when{has="tga.latest"}\n{{ sofr.latest | pct }} at https://fred.stlouisfed.org, not sofr.chg1d\n:::';
    const k = editionFigureKeys([{ file: 't.md', markdown }], kinds);
    // rrp.latest is a rule input; sofr.chg1d is only prose, not a placeholder; the URL is not a metric.
    expect(k).toEqual(['sofr.latest', 'rrp.latest', 'tga.latest', 'signal.funding']);
  });

  it('reads the names as the template check does: an unknown one fails with its place', () => {
    const err = catchError(() => editionFigureKeys([{ file: 't.md', markdown: 'Text\n\n{{ sofr.lates | pct }}\n' }], metricCatalog(snap)));
    expect(err).toBeInstanceOf(TemplateError);
    expect((err as Error).message).toMatch(/t\.md:3:1.*unknown metric "sofr\.lates"/);
  });

  it('covers every figure the real templates name', () => {
    for (const t of TEMPLATES) {
      for (const m of t.markdown.matchAll(/\{\{\s*([a-zA-Z0-9.]+)/g)) expect(keys).toContain(m[1]);
    }
  });
});

describe('figuresDocument', () => {
  it('gives each figure its value, unit, observation date, series and stale flag', () => {
    const d = doc(SQUEEZE);
    expect(d).toMatchObject({
      schema: FIGURES_SCHEMA, edition: SQUEEZE, cutoff: { date: SQUEEZE, time: '18:00', timeZone: 'America/New_York' },
      pages: { zh: `/reports/${SQUEEZE}/`, en: `/en/reports/${SQUEEZE}/` }, glossary: '/downloads/catalog.json',
    });
    // The same numbers the edition page prints (tests/unit/edition.test.ts): SOFR of Oct 31, ON RRP of Nov 3.
    expect(d.figures.find((f) => f.key === 'sofr.latest')).toEqual(
      { key: 'sofr.latest', value: 4.22, unit: 'percent', date: '2025-10-31', series: ['SOFR'], stale: false });
    const rrp = fixtureText('snapshot/series/RRPONTSYD.csv').split('\n').find((l) => l.startsWith('2025-11-03,'))?.split(',')[1];
    expect(d.figures.find((f) => f.key === 'rrp.latest')).toMatchObject({ value: Number(rrp), unit: 'usd_bn', date: '2025-11-03' });
    expect(d.figures.map((f) => f.key)).toEqual(keys);
    expect(d.series.SOFR).toEqual({ publisher: seriesDef('SOFR').publisher, licence: 'public' });
    // Figures derived from copyrighted prices carry their owner's notice.
    expect(d.series.SP500).toMatchObject({ licence: 'copyrighted', notice: seriesDef('SP500').notice });
  });

  it('says each pillar\'s level with the rule that decided it, and the regime the edition page shows', () => {
    const m = timeline.get(SQUEEZE) as EditionMetrics;
    const d = doc(SQUEEZE);
    expect(d.pillars.map((p) => [p.pillar, p.level, p.rule])).toEqual(
      m.signals.filter((s) => s.pillar !== 'overall').map((s) => [s.pillar, s.level, s.rule]));
    const page = composeEdition({ snap, locale: 'en', metrics: m, template: '{{ sofr.latest | pct }}', file: 't.md' });
    expect(d.regime.level).toBe(page.regime);
    expect(d.regime.levelName?.en).toMatch(/^(calm|tight|stressed)$/);
    const fired = d.pillars.find((p) => p.level !== null && p.level > 0);
    expect(fired, 'the squeeze edition has a non-green pillar').toBeDefined();
    expect(fired?.reads.length).toBeGreaterThan(0);
    for (const k of fired?.reads ?? []) expect(d.figures.find((f) => f.key === k)?.value).not.toBeNull();
  });

  it('marks stale figures and lists the series behind schedule', () => {
    // The fixture with the target range's source stopped early: its spreads go stale.
    const stopped = seriesEndingAt(snap, 'DFEDTARU', '2025-10-15');
    const d = figuresDocument(stopped, computeEdition(stopped, '2025-11-20'), keys, true);
    expect(d.staleSeries).toContain('DFEDTARU');
    expect(d.figures.find((f) => f.key === 'sofrTop.latest')).toMatchObject({ stale: true, date: '2025-10-15' });
    expect(d.figures.find((f) => f.key === 'rrp.latest')?.stale).toBe(false);
  });

  it('round-trips through JSON with nothing lost (no undefined, NaN or Infinity)', () => {
    const d = doc(SQUEEZE);
    expect(JSON.parse(JSON.stringify(d))).toEqual(d);
    for (const f of d.figures) if (f.value !== null) expect(Number.isFinite(f.value)).toBe(true);
  });

  it('leaves out any figure that could restate a copyrighted price, keeps drawdowns', () => {
    const m = timeline.get(SQUEEZE) as EditionMetrics;
    const priceLevel = makeFigure(6851.97, 'pct', '2025-10-31', ['SP500'], false);
    // Figures are keyed by the registry, which has no price level: put one under a registry key.
    const key: MetricKey = 'nasdaq.corrNetLiq';
    const withLevel: EditionMetrics = { ...m, figures: { ...m.figures, [key]: priceLevel } };
    expect(restatesPrice(priceLevel)).toBe(true);
    const d = figuresDocument(snap, withLevel, [...new Set([...keys, key])], false);
    expect(d.figures.map((f) => f.key)).not.toContain(key);
    expect(d.figures.find((f) => f.key === 'sp500.drawdown')?.value).toBeTypeOf('number');
  });

  it('publishes figures built on copyrighted prices at the precision the page prints, others in full', () => {
    const m = timeline.get(SQUEEZE) as EditionMetrics;
    const d = doc(SQUEEZE);
    for (const [key, decimals] of [['sp500.drawdown', 1], ['nasdaq.drawdown', 1], ['btc.drawdown', 1], ['nasdaq.corrNetLiq', 2]] as const) {
      const exact = (m.figures[key] as Figure).value;
      expect(d.figures.find((f) => f.key === key)?.value, key).toBe(Number(exact.toFixed(decimals)));
    }
    expect(d.figures.find((f) => f.key === 'fiscal.netDrain3m')?.value).toBe((m.figures['fiscal.netDrain3m'] as Figure).value);
  });
});

describe('seriesDocument', () => {
  it('carries the catalog entry, provenance, status and every observation of a public series', () => {
    const meta = snap.manifest.series.find((m) => m.id === 'SOFR')!;
    const d = seriesDocument(snap, 'SOFR', latestEditionDate(snap));
    expect(d).toMatchObject({
      schema: 'usd-liquidity-series/1', id: 'SOFR', title: seriesDef('SOFR').title, unit: 'percent', frequency: 'daily',
      source: 'fred', publisher: seriesDef('SOFR').publisher, licence: 'public', attribution: meta.provenance.attribution,
      provenance: { originalUrl: meta.provenance.originalUrl, via: meta.provenance.via, retrieved: meta.provenance.retrieved },
      status: { refresh: 'ok', behindSchedule: false }, first: meta.first, last: meta.last, rows: meta.rows, csv: '/downloads/SOFR.csv',
    });
    // The same rows as the committed CSV, read here without the snapshot code.
    const csv = fixtureText('snapshot/series/SOFR.csv').trim().split('\n').slice(1).map((l) => l.split(','));
    expect(d.observations.map(([date, v]) => [date, String(v)])).toEqual(csv);
  });

  it('refuses a copyrighted series, naming it', () => {
    for (const id of COPYRIGHTED.filter((id) => snap.series.has(id))) {
      expect(catchError(() => seriesDocument(snap, id, SQUEEZE)).message).toContain(`"${id}" is not public`);
    }
  });

  it('treats a series as public only when the manifest agrees with the catalog', () => {
    const disputed = new Snapshot({
      ...snap,
      manifest: { ...snap.manifest, series: snap.manifest.series.map((m) => (m.id === 'EFFR' ? { ...m, provenance: { ...m.provenance, license: 'copyrighted' as const } } : m)) },
    });
    expect(isPublicSeries(snap, 'EFFR')).toBe(true);
    expect(isPublicSeries(disputed, 'EFFR')).toBe(false);
    expect(publicSeriesIds(disputed)).not.toContain('EFFR');
  });
});

describe('the public snapshot archive', () => {
  it('holds a README, the public manifest and one CSV per public series, and reads back whole', () => {
    const asOf = latestEditionDate(snap);
    const files = snapshotFiles(snap, asOf);
    const zip = zipSync(files, asOf);
    const back = unzipSync(zip);
    const folder = `usd-liquidity-snapshot-${asOf}`;
    expect(Object.keys(back).sort()).toEqual(files.map((f) => f.name).sort());
    for (const f of files) expect(strFromU8(back[f.name] as Uint8Array)).toBe(f.data);
    const manifest = JSON.parse(strFromU8(back[`${folder}/manifest.json`] as Uint8Array)) as { series: { id: string }[] };
    expect(manifest.series.map((s) => s.id)).toEqual(publicSeriesIds(snap));
    expect(strFromU8(back[`${folder}/series/SOFR.csv`] as Uint8Array)).toBe(fixtureText('snapshot/series/SOFR.csv'));
    expect(strFromU8(back[`${folder}/README.txt`] as Uint8Array)).toContain('copyrighted');
    // Same input, same bytes: the archive is stamped with the edition date, not the build time.
    expect(zipSync(files, asOf)).toEqual(zip);
  });

  it('gives the same bytes in any time zone (ZIP times have none: the date is written as it reads)', () => {
    const script = "import { zipSync } from './src/site/zip.ts'; " +
      "process.stdout.write(Buffer.from(zipSync([{ name: 'a/b.csv', data: 'date,value\\n2025-11-04,4.22\\n' }], '2025-11-20')).toString('hex'));";
    const inZone = (tz: string) => execFileSync(process.execPath, ['--input-type=module', '-e', script], { env: { ...process.env, TZ: tz }, encoding: 'utf8' });
    const [east, west] = [inZone('Pacific/Kiritimati'), inZone('America/Adak')];
    expect(east).toBe(west);
    // The MS-DOS date field (2025-11-20) in the local header, little-endian at offset 12.
    const day = Buffer.from(east, 'hex').readUInt16LE(12);
    expect([(day >> 9) + 1980, (day >> 5) & 15, day & 31]).toEqual([2025, 11, 20]);
  });
});

describe('no copyrighted price in any download', () => {
  it('holds for every edition\'s figures.json, every series JSON and CSV, the archive and the catalog', () => {
    const raw = new Map(COPYRIGHTED.map((id) => [id, snap.series.get(id) ?? []]));
    expect([...raw.values()].some((o) => o.length > 0), 'the fixture holds copyrighted prices to look for').toBe(true);
    // A raw price value at its own date: what a leak would look like in any file. (Values alone
    // collide by chance: the Fed's assets in $bn once equalled a Bitcoin close.)
    const pairs = new Set([...raw.values()].flatMap((obs) => obs.map((o) => `${o.date} ${o.value}`)));
    const valuesOf = new Map([...raw].map(([id, obs]) => [id, new Set(obs.map((o) => o.value))]));

    let derived = 0;
    const leaks: string[] = [];
    for (const date of editionDates(snap)) {
      for (const f of doc(date).figures) {
        if (f.value === null) continue;
        // A figure built on a price must not equal any of that price's values either.
        const own = f.series.filter((id) => COPYRIGHTED.includes(id));
        if (own.length) derived++;
        if (pairs.has(`${f.date} ${f.value}`) || own.some((id) => valuesOf.get(id)?.has(f.value as number))) leaks.push(`${date} ${f.key} = ${f.value}`);
      }
    }
    expect(leaks).toEqual([]);
    expect(derived, 'drawdowns and correlations were checked').toBeGreaterThan(1000);
    const ids = publicSeriesIds(snap);
    expect(ids.some((id) => COPYRIGHTED.includes(id))).toBe(false);
    for (const id of ids) {
      for (const [date, v] of seriesDocument(snap, id, SQUEEZE).observations) if (pairs.has(`${date} ${v}`)) leaks.push(`${id}.json ${date}`);
    }
    const files = snapshotFiles(snap, SQUEEZE);
    for (const f of files) {
      expect(COPYRIGHTED.some((id) => f.name.endsWith(`/${id}.csv`)), f.name).toBe(false);
      for (const line of f.data.split('\n')) if (pairs.has(line.replace(',', ' '))) leaks.push(`${f.name}: ${line}`);
    }
    expect(leaks).toEqual([]);
    const catalog = JSON.stringify(catalogDocument(snap, keys, metricCatalog(snap)));
    for (const id of COPYRIGHTED) expect(catalog).not.toContain(`/downloads/${id}.`);
  });
});
