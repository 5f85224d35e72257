import type { APIRoute } from 'astro';
import { catalogJson } from '../../site/downloads-build.ts';

// The glossary of every figures.json: figure and series titles in both languages, licences, links.
export const GET: APIRoute = async () =>
  new Response(await catalogJson(), { headers: { 'content-type': 'application/json; charset=utf-8' } });
