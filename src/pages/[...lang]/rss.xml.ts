import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LANG_PARAMS, localeOfParam, ui } from '../../i18n/ui.ts';
import { editionDates, loadSnapshot, timelineOf } from '../../site/edition.ts';
import { feedHome, feedItems, FEED_LENGTH } from '../../site/feed.ts';

export function getStaticPaths() {
  return LANG_PARAMS.map(({ lang }) => ({ params: { lang } }));
}

export const GET: APIRoute = async (context) => {
  const locale = localeOfParam(context.params.lang);
  const t = ui(locale);
  const snap = await loadSnapshot();
  const timeline = timelineOf(snap);
  const recent = editionDates(snap).slice(-FEED_LENGTH).map((d) => timeline.get(d)).filter((m) => m !== undefined);
  return rss({
    title: t.siteName,
    description: t.tagline,
    // The channel links to this language's home page; item links are resolved against it.
    site: feedHome(context.site, locale),
    items: feedItems(recent, locale),
    customData: `<language>${t.htmlLang}</language>`,
  });
};
