import type { APIRoute } from 'astro';
import { LANG_PARAMS, ui } from '../../i18n/ui.ts';
import { feedItems, FEED_LENGTH } from '../../site/feed.ts';
import { feedResponse } from '../../site/feed-route.ts';

export function getStaticPaths() {
  return LANG_PARAMS.map(({ lang }) => ({ params: { lang } }));
}

/** The latest editions, one item each. */
export const GET: APIRoute = (context) => feedResponse(context, (editions, locale) => ({
  title: ui(locale).siteName,
  description: ui(locale).tagline,
  items: feedItems(editions.slice(-FEED_LENGTH), locale),
}));
