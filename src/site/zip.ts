// A minimal ZIP writer (PKWARE APPNOTE 6.3: local headers, central directory, end record; no
// ZIP64, so under 4 GB and 65,535 files) on node:zlib's raw deflate and CRC-32. Entries carry a
// fixed timestamp so the same files always give the same bytes (reproducible builds).
import { crc32, deflateRawSync } from 'node:zlib';

export interface ZipEntry {
  /** Path inside the archive, '/'-separated. */
  readonly name: string;
  readonly data: Uint8Array | string;
}

/** MS-DOS date and time fields of a YYYY-MM-DD date at midnight. */
function dosDateTime(date: string): { time: number; day: number } {
  const [y, m, d] = date.split('-').map(Number) as [number, number, number];
  if (y < 1980) throw new Error(`zip: ${date} is before 1980, which a ZIP timestamp cannot hold`);
  return { time: 0, day: ((y - 1980) << 9) | (m << 5) | d };
}

/** The archive as bytes; `date` stamps every entry. Deflates an entry unless that makes it bigger. */
export function zipSync(entries: readonly ZipEntry[], date: string): Uint8Array<ArrayBuffer> {
  const { time, day } = dosDateTime(date);
  const locals: Buffer[] = [];
  const centrals: Buffer[] = [];
  let offset = 0;
  for (const e of entries) {
    const name = Buffer.from(e.name, 'utf8');
    const raw = typeof e.data === 'string' ? Buffer.from(e.data, 'utf8') : Buffer.from(e.data);
    const packed = deflateRawSync(raw, { level: 9 });
    const deflate = packed.length < raw.length;
    const body = deflate ? packed : raw;
    const crc = crc32(raw);
    // Fields shared by the local and central headers, from "version needed" to "extra length".
    const common = Buffer.alloc(26);
    common.writeUInt16LE(20, 0); // version needed: 2.0 (deflate)
    common.writeUInt16LE(0x0800, 2); // flag bit 11: names are UTF-8
    common.writeUInt16LE(deflate ? 8 : 0, 4);
    common.writeUInt16LE(time, 6);
    common.writeUInt16LE(day, 8);
    common.writeUInt32LE(crc, 10);
    common.writeUInt32LE(body.length, 14);
    common.writeUInt32LE(raw.length, 18);
    common.writeUInt16LE(name.length, 22);
    common.writeUInt16LE(0, 24);
    const local = Buffer.concat([u32(0x04034b50), common, name, body]);
    const central = Buffer.alloc(46);
    central.writeUInt32LE(0x02014b50, 0);
    central.writeUInt16LE(20, 4); // version made by: 2.0, MS-DOS attributes
    common.copy(central, 6);
    // comment length, disk number, internal and external attributes stay 0
    central.writeUInt32LE(offset, 42);
    centrals.push(central, name);
    locals.push(local);
    offset += local.length;
  }
  const directory = Buffer.concat(centrals);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(directory.length, 12);
  end.writeUInt32LE(offset, 16);
  return new Uint8Array(Buffer.concat([...locals, directory, end]));
}

function u32(n: number): Buffer {
  const b = Buffer.alloc(4);
  b.writeUInt32LE(n, 0);
  return b;
}
