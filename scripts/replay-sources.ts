// Dev tool: serves the recorded NY Fed and FiscalData answers in a data folder (default
// ../shared/data) on 127.0.0.1, so `npm run update` can be run against real wire formats
// without the network. NY Fed and FiscalData requests get the recorded bodies with the elements
// outside the asked window left out (and HTTP 400 for a query unlike the recorded ones); FRED
// requests are answered from the folder's fred/*.csv values, the OFR FSI from its ofr/fsi.csv.
//
// Usage: npm run replay-sources -- [data-folder] [--port 8787]
// Then, in another shell (never against content/data unless you mean to):
//   cp -r content/data /tmp/snap && SNAPSHOT_DIR=/tmp/snap FRED_BASE_URL=http://127.0.0.1:8787 \
//     NYFED_BASE_URL=http://127.0.0.1:8787 FISCALDATA_BASE_URL=http://127.0.0.1:8787 OFR_BASE_URL=http://127.0.0.1:8787 FRED_MIN_INTERVAL_MS=0 npm run update
import { readdirSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parseFredCsv } from '../src/sources/fred.ts';
import { parseOfrFsi } from '../src/sources/ofr.ts';
import { loadRecorded } from '../tests/fakes/recorded.ts';
import { OFR_WORLD_KEYS, startFakeSources, type World } from '../tests/fakes/sources-server.ts';

const args = process.argv.slice(2);
const portAt = args.indexOf('--port');
const port = portAt >= 0 ? Number(args[portAt + 1]) : 8787;
const root = resolve(args.find((a, i) => !a.startsWith('--') && i !== portAt + 1) ?? '../shared/data');

const recorded = loadRecorded(root);
if (recorded.length === 0) {
  console.error(`replay-sources: no recorded NY Fed or FiscalData answers under ${root}/nyfed or ${root}/fiscaldata`);
  process.exit(1);
}

// FRED: the folder's fredgraph-style CSVs (observation_date,<ID>) as the values to serve.
const world: Record<string, World[string]> = {};
let fredDir: string[] = [];
try {
  fredDir = readdirSync(join(root, 'fred')).filter((n) => n.endsWith('.csv'));
} catch {
  // no FRED folder: FRED requests get empty answers
}
for (const name of fredDir) {
  const id = name.replace(/\.csv$/, '');
  const file = join(root, 'fred', name);
  world[id] = parseFredCsv(readFileSync(file, 'utf8'), id, file).map((o) => [o.date, o.value] as const);
}

// OFR: the folder's ofr/fsi.csv, every column, served back in OFR's layout.
const ofrFile = join(root, 'ofr', 'fsi.csv');
let ofrText: string | undefined;
try {
  ofrText = readFileSync(ofrFile, 'utf8');
} catch {
  // no OFR file: the FSI request gets a header-only answer
}
if (ofrText) for (const [key, obs] of parseOfrFsi<string>(ofrText, OFR_WORLD_KEYS, ofrFile)) world[key] = obs.map((o) => [o.date, o.value] as const);

const server = await startFakeSources(world, { replay: recorded, port });
console.log(`replay-sources: serving ${recorded.length} recorded answers from ${root} on ${server.url}`);
for (const r of recorded) {
  const k = r.kind;
  const what = k.source === 'nyfed-rate' ? `${k.rate} type=${k.type}` : k.source === 'fiscaldata' ? k.account : 'repo operations';
  console.log(`  ${r.file.slice(root.length + 1)}: ${what}, ${r.elements.length} rows, ${r.elements.at(-1)?.date} … ${r.elements[0]?.date}`.replace(/(\d{4}-\d\d-\d\d) … (\d{4}-\d\d-\d\d)/, (m, a, b) => (a < b ? m : `${b} … ${a}`)));
}
console.log(`  FRED: ${Object.keys(world).sort().join(', ') || 'none'} (values from ${root}/fred)`);
console.log(`Run: SNAPSHOT_DIR=<a copy of content/data> FRED_BASE_URL=${server.url} NYFED_BASE_URL=${server.url} ` +
  `FISCALDATA_BASE_URL=${server.url} OFR_BASE_URL=${server.url} FRED_MIN_INTERVAL_MS=0 npm run update`);
console.log('Ctrl-C stops the server.');

const stop = () => void server.close().then(() => process.exit(0));
process.on('SIGINT', stop);
process.on('SIGTERM', stop);
