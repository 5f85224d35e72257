import type { APIRoute } from 'astro';
import { editionFiguresJson } from '../../../site/downloads-build.ts';
import { currentBuild } from '../../../site/build.ts';

// One language-neutral file per edition, beside its zh page; the en page links the same file.
export async function getStaticPaths() {
  return (await currentBuild()).pageDates.map((date) => ({ params: { date } }));
}

export const GET: APIRoute = async ({ params }) =>
  new Response(await editionFiguresJson(params.date as string), { headers: { 'content-type': 'application/json; charset=utf-8' } });
