// The editions on which the reading changed: the overall verdict or any pillar's level. Feeds a
// second RSS feed for readers who want a notice when the state of dollar funding moves, not a
// daily item. Pure: a function of the timeline's entries.
import type { Locale } from '../core/locale.ts';
import { PILLAR_NAMES, ruleText } from '../i18n/report.ts';
import { ui } from '../i18n/ui.ts';
import type { SignalResult, SignalRule } from '../metrics/signals.ts';
import type { EditionMetrics } from '../metrics/timeline.ts';
import { formatDate, regimeName, signalName } from '../report/format.ts';
import type { FeedItem } from './feed.ts';
import { localePath } from './paths.ts';

export interface LevelChange {
  readonly pillar: SignalResult['pillar'];
  readonly from: number | null;
  readonly to: number | null;
  /** The rule that set the new level. */
  readonly rule: SignalRule;
}

export interface RegimeChange {
  readonly asOf: string;
  /** The edition before, whose reading this one changed. */
  readonly previous: string;
  /** Overall first when it moved, then the pillars in their usual order. */
  readonly changes: readonly LevelChange[];
}

export const REGIME_FEED_LENGTH = 40;

/** Every edition whose overall verdict or pillar levels differ from the edition before it, oldest first. */
export function regimeChanges(editions: readonly EditionMetrics[]): RegimeChange[] {
  const sorted = [...editions].sort((a, b) => (a.asOf < b.asOf ? -1 : 1));
  const out: RegimeChange[] = [];
  for (let i = 1; i < sorted.length; i++) {
    const before = new Map(sorted[i - 1]!.signals.map((s) => [s.pillar, s.level]));
    const changes = sorted[i]!.signals
      .filter((s) => (before.get(s.pillar) ?? null) !== s.level)
      .map((s) => ({ pillar: s.pillar, from: before.get(s.pillar) ?? null, to: s.level, rule: s.rule }))
      .sort((a, b) => Number(b.pillar === 'overall') - Number(a.pillar === 'overall'));
    if (changes.length) out.push({ asOf: sorted[i]!.asOf, previous: sorted[i - 1]!.asOf, changes });
  }
  return out;
}

/** Feed items for the latest changes, newest first, in the reader's language. */
export function regimeFeedItems(changes: readonly RegimeChange[], locale: Locale): FeedItem[] {
  const t = ui(locale);
  const zh = locale === 'zh';
  const colon = zh ? '：' : ': ';
  const level = (pillar: string, l: number | null) =>
    l === null ? (zh ? '无读数' : 'no reading') : pillar === 'overall' ? regimeName(l, locale) : signalName(l, locale);
  return [...changes].reverse().slice(0, REGIME_FEED_LENGTH).map((c) => {
    const overall = c.changes.find((x) => x.pillar === 'overall');
    const lines = c.changes.map((x) => {
      const why = x.to !== null && x.to > 0 ? ` (${ruleText(x.rule, locale)})` : '';
      return `${PILLAR_NAMES[locale][x.pillar]}${colon}${level(x.pillar, x.from)} → ${level(x.pillar, x.to)}${why}`;
    });
    // The Chinese label ends in a full-width colon: no space after it.
    const headline = overall
      ? `${t.regimeLabel}${zh ? '' : ' '}${level('overall', overall.from)} → ${level('overall', overall.to)}`
      : zh ? '分项读数变化' : 'A pillar moved';
    return {
      title: `${formatDate(c.asOf, locale)} · ${headline}`,
      link: localePath(locale, `/reports/${c.asOf}/`),
      pubDate: new Date(`${c.asOf}T12:00:00Z`),
      description: `${lines.join(zh ? '；' : '; ')}${zh ? `（与 ${formatDate(c.previous, locale)}相比）` : ` (against ${formatDate(c.previous, locale)})`}`,
    };
  });
}
