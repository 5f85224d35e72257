import type { APIRoute } from 'astro';
import { publicSeriesIds } from '../../site/downloads.ts';
import { currentBuild } from '../../site/build.ts';
import { seriesToCsv } from '../../snapshot/snapshot.ts';

// Public-domain series (rates, balances, Treasury data) can be downloaded as committed;
// copyrighted prices never are. Plain "date,value" with no comment lines, so every CSV reader
// takes it as is: provenance is in /downloads/<id>.json and the snapshot's manifest.json.
export async function getStaticPaths() {
  return publicSeriesIds((await currentBuild()).snap).map((id) => ({ params: { id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const { snap } = await currentBuild();
  const obs = snap.series.get(params.id as string) ?? [];
  return new Response(seriesToCsv(obs), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
