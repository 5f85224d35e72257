import type { APIRoute } from 'astro';
import { snapshotZip } from '../../site/downloads-build.ts';

// Every public series in one file: the CSVs, their manifest (provenance) and a README.
export const GET: APIRoute = async () =>
  new Response(await snapshotZip(), { headers: { 'content-type': 'application/zip' } });
