import type { APIRoute } from 'astro';
import { editionDates, loadSnapshot, timelineOf } from '../../site/edition.ts';
import { verdictHistoryCsv } from '../../site/verdict-history.ts';

// Every edition's verdict and pillar levels, as published: the archive as one table.
export const GET: APIRoute = async () => {
  const snap = await loadSnapshot();
  return new Response(verdictHistoryCsv(editionDates(snap), timelineOf(snap)), { headers: { 'content-type': 'text/csv; charset=utf-8' } });
};
