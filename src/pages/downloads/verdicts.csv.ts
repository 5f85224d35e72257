import type { APIRoute } from 'astro';
import { currentBuild } from '../../site/build.ts';
import { verdictHistoryCsv } from '../../site/verdict-history.ts';

// Every edition's verdict and pillar levels, as published: the archive as one table.
export const GET: APIRoute = async () => {
  const build = await currentBuild();
  return new Response(verdictHistoryCsv(build.dates, build.timeline), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
