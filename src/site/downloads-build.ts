// Build wiring for the download routes: the committed snapshot, its timeline and the report
// templates, from the Build (site/build.ts), which keeps what is made once per build. The shaping
// itself is in downloads.ts (pure).
import { LANG_PARAMS } from '../i18n/ui.ts';
import type { MetricKey } from '../metrics/registry.ts';
import { metricCatalog } from '../metrics/timeline.ts';
import { currentBuild, type Build } from './build.ts';
import { catalogDocument, editionFigureKeys, figuresDocument, seriesDocument, snapshotFiles } from './downloads.ts';
import { zipSync } from './zip.ts';

/** The edition figure keys, from both report templates (made once per build). */
const figureKeys = (build: Build): Promise<MetricKey[]> => build.once('figureKeys', async () => {
  const templates = await Promise.all(LANG_PARAMS.map(async ({ locale }) => ({ file: build.templateFile(locale), markdown: await build.template(locale) })));
  return editionFigureKeys(templates, metricCatalog(build.snap));
});

/** `/reports/<date>/figures.json`, compact (2,100 of them). */
export async function editionFiguresJson(date: string): Promise<string> {
  const build = await currentBuild();
  const m = build.timeline.get(date);
  if (!m) throw new Error(`figures.json: ${date} is not an edition date (no SOFR print that day)`);
  return JSON.stringify(figuresDocument(build.snap, m, await figureKeys(build), date === build.latest));
}

/** `/downloads/catalog.json`: titles of the figure keys and series (the figures.json glossary). */
export async function catalogJson(): Promise<string> {
  const build = await currentBuild();
  return `${JSON.stringify(catalogDocument(build.snap, await figureKeys(build), metricCatalog(build.snap)), null, 1)}\n`;
}

/** `/downloads/<id>.json`. */
export async function seriesJson(id: string): Promise<string> {
  const build = await currentBuild();
  return JSON.stringify(seriesDocument(build.snap, id, build.latest));
}

/** `/downloads/snapshot.zip`, stamped with the latest edition's date (made once per build: pages show its size). */
export async function snapshotZip(): Promise<Uint8Array<ArrayBuffer>> {
  const build = await currentBuild();
  return build.once('snapshotZip', () => zipSync(snapshotFiles(build.snap, build.latest), build.latest));
}

export const SNAPSHOT_ZIP = '/downloads/snapshot.zip';
