import type { APIRoute } from 'astro';
import { LANG_PARAMS, ui } from '../../i18n/ui.ts';
import { feedResponse } from '../../site/feed-route.ts';
import { regimeChanges, regimeFeedItems } from '../../site/regime-changes.ts';

export function getStaticPaths() {
  return LANG_PARAMS.map(({ lang }) => ({ params: { lang } }));
}

/** One item per edition on which the overall verdict or a pillar changed (beside the daily /rss.xml). */
export const GET: APIRoute = (context) => feedResponse(context, (editions, locale) => ({
  title: `${ui(locale).siteName} · ${ui(locale).regimeFeedTitle}`,
  description: ui(locale).regimeFeedDescription,
  items: regimeFeedItems(regimeChanges(editions), locale),
}));
