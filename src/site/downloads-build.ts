// Build wiring for the download routes: the committed snapshot, its cached timeline and the
// report templates, read once per build. The shaping itself is in downloads.ts (pure).
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { LANG_PARAMS } from '../i18n/ui.ts';
import type { MetricKey } from '../metrics/registry.ts';
import { metricCatalog } from '../metrics/timeline.ts';
import { catalogDocument, editionFigureKeys, figuresDocument, seriesDocument, snapshotFiles } from './downloads.ts';
import { latestEditionDate, loadSnapshot, REPORTS_DIR, timelineOf } from './edition.ts';
import { zipSync } from './zip.ts';

let keys: Promise<MetricKey[]> | undefined;
/** The edition figure keys, from both report templates (read once). */
async function figureKeys(): Promise<MetricKey[]> {
  keys ??= (async () => {
    const snap = await loadSnapshot();
    const templates = await Promise.all(LANG_PARAMS.map(async ({ locale }) => {
      const file = resolve(`${REPORTS_DIR}/${locale}.md`);
      return { file, markdown: await readFile(file, 'utf8') };
    }));
    return editionFigureKeys(templates, metricCatalog(snap));
  })();
  return keys;
}

/** `/reports/<date>/figures.json`, compact (2,100 of them). */
export async function editionFiguresJson(date: string): Promise<string> {
  const snap = await loadSnapshot();
  const m = timelineOf(snap).get(date);
  if (!m) throw new Error(`figures.json: ${date} is not an edition date (no SOFR print that day)`);
  return JSON.stringify(figuresDocument(snap, m, await figureKeys(), date === latestEditionDate(snap)));
}

/** `/downloads/catalog.json`: titles of the figure keys and series (the figures.json glossary). */
export async function catalogJson(): Promise<string> {
  const snap = await loadSnapshot();
  return `${JSON.stringify(catalogDocument(snap, await figureKeys(), metricCatalog(snap)), null, 1)}\n`;
}

/** `/downloads/<id>.json`. */
export async function seriesJson(id: string): Promise<string> {
  const snap = await loadSnapshot();
  return JSON.stringify(seriesDocument(snap, id, latestEditionDate(snap)));
}

let zip: Promise<Uint8Array<ArrayBuffer>> | undefined;
/** `/downloads/snapshot.zip`, stamped with the latest edition's date (built once: pages show its size). */
export function snapshotZip(): Promise<Uint8Array<ArrayBuffer>> {
  zip ??= loadSnapshot().then((snap) => {
    const asOf = latestEditionDate(snap);
    return zipSync(snapshotFiles(snap, asOf), asOf);
  });
  return zip;
}

export const SNAPSHOT_ZIP = '/downloads/snapshot.zip';
