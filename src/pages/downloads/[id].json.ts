import type { APIRoute } from 'astro';
import { publicSeriesIds } from '../../site/downloads.ts';
import { seriesJson } from '../../site/downloads-build.ts';
import { currentBuild } from '../../site/build.ts';

// Public series only, as for the CSV: the observations with their catalog entry and provenance.
export async function getStaticPaths() {
  return publicSeriesIds((await currentBuild()).snap).map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await seriesJson(params.id as string), { headers: { 'content-type': 'application/json; charset=utf-8' } });
