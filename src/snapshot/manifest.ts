import { z } from 'zod';

// The committed snapshot is one CSV per series plus this manifest, so that a daily data commit
// reads as a short, reviewable diff. See content/data/README.md for the format.

export const SNAPSHOT_FORMAT = 'usd-liquidity-snapshot/1';

const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'expected YYYY-MM-DD');

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
  /** ok: last refresh succeeded; stale: the last refresh failed and the data may be behind. */
  status: z.enum(['ok', 'stale']),
  /** ISO timestamp of the last successful refresh or import. */
  lastSuccess: z.string().min(1),
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

export const ManifestSchema = z.object({
  format: z.literal(SNAPSHOT_FORMAT),
  series: z.array(SeriesMetaSchema),
  revisions: z.array(RevisionSchema),
});

export type Provenance = z.infer<typeof ProvenanceSchema>;
export type SeriesMeta = z.infer<typeof SeriesMetaSchema>;
export type Manifest = z.infer<typeof ManifestSchema>;
