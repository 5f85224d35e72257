// Items for the RSS feeds: the latest editions, each summarised by its signals.
import type { Locale } from '../core/locale.ts';
import { PILLAR_NAMES, ruleText } from '../i18n/report.ts';
import { ui } from '../i18n/ui.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { formatDate, regimeName, signalName } from '../report/format.ts';
import { localePath } from './paths.ts';

export interface FeedItem {
  readonly title: string;
  readonly link: string;
  readonly pubDate: Date;
  readonly description: string;
}

export const FEED_LENGTH = 60;

/** The feed channel's link: this language's home page on the site (`/` or `/en/`). */
export function feedHome(site: URL | undefined, locale: Locale): string {
  // astro.config.mjs always sets `site`; its absence means the config was bypassed.
  if (!site) throw new Error('feed: the build has no site URL (astro.config.mjs `site`); set SITE_URL');
  return new URL(localePath(locale, '/'), site).href;
}

export function feedItems(editions: readonly EditionMetrics[], locale: Locale): FeedItem[] {
  const t = ui(locale);
  const sep = locale === 'zh' ? '；' : '; ';
  return [...editions].sort((a, b) => (a.asOf < b.asOf ? 1 : -1)).slice(0, FEED_LENGTH).map((m) => {
    const overall = m.figures['signal.overall'];
    const pillars = m.signals
      .filter((s) => s.pillar !== 'overall' && s.level !== null)
      .map((s) => `${PILLAR_NAMES[locale][s.pillar]}${locale === 'zh' ? '：' : ': '}${signalName(s.level as number, locale)} (${ruleText(s.rule, locale)})`);
    return {
      // The Chinese label ends in a full-width colon: no space after it.
      title: `${t.siteName} · ${formatDate(m.asOf, locale)}${overall ? ` · ${t.regimeLabel}${locale === 'zh' ? '' : ' '}${regimeName(overall.value, locale)}` : ''}`,
      link: localePath(locale, `/reports/${m.asOf}/`),
      // Editions are dated in US Eastern terms; noon UTC keeps the calendar day in every reader's zone.
      pubDate: new Date(`${m.asOf}T12:00:00Z`),
      description: pillars.join(sep),
    };
  });
}
