// The one shape of the site's RSS routes (/rss.xml, /regime.xml, in both languages): the
// page's language, every edition's metrics in date order, and the channel on that language's home.
import rss from '@astrojs/rss';
import type { APIContext } from 'astro';
import type { Locale } from '../core/locale.ts';
import { localeOfParam, ui } from '../i18n/ui.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { currentBuild } from './build.ts';
import { feedHome, type FeedItem } from './feed.ts';

export interface FeedContent {
  readonly title: string;
  readonly description: string;
  readonly items: FeedItem[];
}

export async function feedResponse(
  context: APIContext, content: (editions: EditionMetrics[], locale: Locale) => FeedContent,
): Promise<Response> {
  const locale = localeOfParam(context.params.lang);
  const build = await currentBuild();
  const timeline = build.timeline;
  const editions = build.dates.map((d) => timeline.get(d)).filter((m) => m !== undefined);
  const { title, description, items } = content(editions, locale);
  return rss({
    title, description, items,
    // The channel links to this language's home page; item links are resolved against it.
    site: feedHome(context.site, locale),
    customData: `<language>${ui(locale).htmlLang}</language>`,
  });
}
