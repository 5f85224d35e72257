import type { APIRoute } from 'astro';
import { seriesDef, type SeriesId } from '../../catalog/series.ts';
import { loadSnapshot } from '../../site/edition.ts';
import { seriesToCsv } from '../../snapshot/snapshot.ts';

// Public-domain series (rates, balances, Treasury data) can be downloaded as committed;
// copyrighted prices never are.
export async function getStaticPaths() {
  const snap = await loadSnapshot();
  return snap.manifest.series
    .filter((m) => seriesDef(m.id as SeriesId).license === 'public')
    .map((m) => ({ params: { id: m.id } }));
}

export const GET: APIRoute = async ({ params }) => {
  const snap = await loadSnapshot();
  const obs = snap.series.get(params.id as string) ?? [];
  return new Response(seriesToCsv(obs), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
