import type { APIRoute } from 'astro';
import { LANG_PARAMS, localeOfParam } from '../../i18n/ui.ts';
import { lookAhead, typicalMoves } from '../../metrics/lookahead.ts';
import { calendarIcs, FEED_MARKET_DAYS } from '../../site/calendar-feed.ts';
import { currentBuild } from '../../site/build.ts';
import { feedHome } from '../../site/feed.ts';

export function getStaticPaths() {
  return LANG_PARAMS.map(({ lang }) => ({ params: { lang } }));
}

/** The days ahead of the latest edition that move money markets, for a calendar app. */
export const GET: APIRoute = async (context) => {
  const locale = localeOfParam(context.params.lang);
  const { snap, latest: asOf } = await currentBuild();
  const series = (id: string) => snap.series.get(id) ?? [];
  const moves = new Map(typicalMoves({ sofr: series('SOFR'), rangeTop: series('DFEDTARU'), tga: series('TGA_CLOSE') }, asOf).map((m) => [m.kind as string, m]));
  const body = calendarIcs({ locale, asOf, ahead: lookAhead(asOf, FEED_MARKET_DAYS), moves, home: String(feedHome(context.site, locale)) });
  return new Response(body, { headers: { 'content-type': 'text/calendar; charset=utf-8' } });
};
