// The snapshot ZIP, written with fflate. Entries carry a fixed timestamp so the same files always
// give the same bytes (reproducible builds), in every time zone.
import { strToU8, zipSync as fflateZip, type Zippable } from 'fflate';

export interface ZipEntry {
  /** Path inside the archive, '/'-separated. */
  readonly name: string;
  readonly data: Uint8Array | string;
}

/** The archive as bytes; `date` (YYYY-MM-DD) stamps every entry at midnight. */
export function zipSync(entries: readonly ZipEntry[], date: string): Uint8Array<ArrayBuffer> {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (y < 1980) throw new Error(`zip: ${date} is before 1980, which a ZIP timestamp cannot hold`);
  // fflate writes the local-time fields of mtime (ZIP's MS-DOS time has no zone): a local
  // midnight gives the same fields, so the same bytes, wherever the build runs.
  const mtime = new Date(y, m - 1, d);
  const files: Zippable = {};
  for (const e of entries) {
    if (e.name in files) throw new Error(`zip: ${e.name} is listed twice`);
    files[e.name] = [typeof e.data === 'string' ? strToU8(e.data) : e.data, { mtime }];
  }
  return new Uint8Array(fflateZip(files, { level: 9 }));
}
