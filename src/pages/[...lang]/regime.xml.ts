import rss from '@astrojs/rss';
import type { APIRoute } from 'astro';
import { LANG_PARAMS, localeOfParam, ui } from '../../i18n/ui.ts';
import { editionDates, loadSnapshot, timelineOf } from '../../site/edition.ts';
import { feedHome } from '../../site/feed.ts';
import { regimeChanges, regimeFeedItems } from '../../site/regime-changes.ts';

export function getStaticPaths() {
  return LANG_PARAMS.map(({ lang }) => ({ params: { lang } }));
}

/** One item per edition on which the overall verdict or a pillar changed (beside the daily /rss.xml). */
export const GET: APIRoute = async (context) => {
  const locale = localeOfParam(context.params.lang);
  const t = ui(locale);
  const snap = await loadSnapshot();
  const timeline = timelineOf(snap);
  const editions = editionDates(snap).map((d) => timeline.get(d)).filter((m) => m !== undefined);
  return rss({
    title: `${t.siteName} · ${t.regimeFeedTitle}`,
    description: t.regimeFeedDescription,
    site: feedHome(context.site, locale),
    items: regimeFeedItems(regimeChanges(editions), locale),
    customData: `<language>${t.htmlLang}</language>`,
  });
};
