import { z } from 'zod';
import { isIsoDate } from '../core/dates.ts';

// The committed snapshot is one CSV per series plus this manifest, so that a daily data commit
// reads as a short, reviewable diff. See content/data/README.md for the format.

export const SNAPSHOT_FORMAT = 'usd-liquidity-snapshot/1';

const isoDate = z.string().refine(isIsoDate, 'expected a real date written YYYY-MM-DD');
// A timestamp as toISOString() writes it; a bad one would otherwise surface in the build as
// "Invalid time value" far from the manifest.
const isoTimestamp = z.string().refine(
  (t) => /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d{1,3})?Z$/.test(t) && isIsoDate(t.slice(0, 10)) && !Number.isNaN(Date.parse(t)),
  'expected an ISO timestamp such as 2025-11-06T12:00:00.000Z',
);

export const ProvenanceSchema = z.object({
  /** Which source layer delivered the data (catalog SourceId). */
  source: z.string().min(1),
  /** The official URL the numbers come from: the request on the source's own host, never with a key. */
  originalUrl: z.string().url(),
  /** The address actually fetched, when it was not originalUrl (a mirror or test server; no key). */
  fetchedUrl: z.string().url().optional(),
  /** How this copy reached us when it was not fetched from originalUrl directly (e.g. an import). */
  via: z.string().min(1),
  /** Date (ISO) the data were retrieved or imported. */
  retrieved: isoDate,
  attribution: z.string().min(1),
  license: z.enum(['public', 'copyrighted']),
});

export const SeriesMetaSchema = z.object({
  id: z.string().min(1),
  file: z.string().regex(/^series\/[A-Za-z0-9_]+\.csv$/),
  unit: z.string().min(1),
  frequency: z.string().min(1),
  first: isoDate,
  last: isoDate,
  rows: z.number().int().positive(),
  /** sha256 (hex) of the CSV file's bytes; checked on every read, so a hand edit cannot slip into a build. */
  sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected the sha256 of the file as 64 lowercase hex digits'),
  /** ok: last refresh succeeded; stale: the last refresh failed and the data may be behind. */
  status: z.enum(['ok', 'stale']),
  /** ISO timestamp of the last successful refresh or import. */
  lastSuccess: isoTimestamp,
  staleReason: z.string().nullable(),
  provenance: ProvenanceSchema,
});

export const RevisionSchema = z.object({
  series: z.string(),
  date: isoDate,
  old: z.number(),
  new: z.number(),
  recorded: z.string(),
});

/** A row the source stopped serving; the snapshot keeps it (an update never deletes). */
export const WithdrawalSchema = z.object({
  series: z.string(),
  date: isoDate,
  /** The value kept. */
  value: z.number(),
  /** When an update first found it missing. */
  recorded: z.string(),
});

export const ManifestSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  series: z.array(SeriesMetaSchema),
  revisions: z.array(RevisionSchema),
  /** Absent until a source first withdraws a row, so older manifests stay valid and unchanged. */
  withdrawn: z.array(WithdrawalSchema).optional(),
  /**
   * The vintage store (`revisions.csv`, see vintages.ts): present once a first revision is kept, so
   * a snapshot never revised stays as it was; its rows and sha256 are checked on every read.
   */
  vintages: z.object({
    file: z.literal('revisions.csv'),
    rows: z.number().int().positive(),
    sha256: z.string().regex(/^[0-9a-f]{64}$/, 'expected the sha256 of the file as 64 lowercase hex digits'),
  }).optional(),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type SeriesMeta = z.infer<typeof SeriesMetaSchema>;
export type Withdrawal = z.infer<typeof WithdrawalSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
