import type { Locale } from '../core/locale.ts';
import type { SourceId } from '../catalog/series.ts';

// What an edition tells readers when some of its figures are behind: which, from which source,
// since when, and what that does to the day's reading. Written for readers: no error text, no
// address, no status code (those are for maintainers, on /data/ under "technical details").

const list = (items: readonly string[], l: Locale) =>
  new Intl.ListFormat(l === 'zh' ? 'zh-CN' : 'en-US', { type: 'conjunction' }).format(items);

export const STALE_WORDS = {
  zh: {
    // Every source, checked by tsc (a cast here once let a new source print nothing).
    source: { fred: 'FRED（圣路易斯联储经济数据库）', nyfed: '纽约联储', fiscaldata: '美国财政部', binance: '币安', ofr: '美国财政部金融研究办公室（OFR）' } satisfies Record<SourceId, string>,
    /** Some figures are behind their schedule. */
    leadBehind: '部分数据没有按时更新，以下数字停留在较早的日期：',
    /** The last refresh failed, but what we hold is still on schedule. */
    leadFailed: '最近一次数据更新未能从以下来源取得新数据：',
    /** One source, every series with the same latest date. */
    group: (source: string, date: string) => `${source}（最新数据截至 ${date}）：`,
    /** One line of a source whose series stopped on different days. */
    since: (date: string) => `最新数据截至 ${date}：`,
    seriesSep: '、',
    end: '。',
    rulesUnchecked: '依赖这些数据的信号规则今天无法检验，本期判断只依据仍然最新的数据。',
    unjudged: (pillars: readonly string[]) => `${list(pillars, 'zh')}今日暂不判定。`,
    partly: (pillars: readonly string[]) => `部分输入数据已过期，${list(pillars, 'zh')}只按其余规则判断。`,
    noRule: '本期信号判断不依赖这些数据；正文与数据表中引用它们的地方描述的是较早的情况。',
    onSchedule: '现有数据仍在其正常发布周期内，今天的判断不受影响；如果更新持续失败，相关数字届时会标为“数据偏旧”。',
    /** An indicator page whose series' last refresh failed. */
    indicatorFailed: (source: string) => `最近一次从${source}更新未能取得新数据，详见`,
    /** In the signals table, after a rule that speaks for its whole pillar: what it could not read today. */
    notChecked: (figures: readonly string[]) => `（今日未能核对，数据偏旧：${figures.join('、')}）`,
    more: '各序列的更新状态见',
    moreLink: '数据状态页',
  },
  en: {
    source: { fred: 'FRED (St. Louis Fed)', nyfed: 'New York Fed', fiscaldata: 'US Treasury', binance: 'Binance', ofr: 'Office of Financial Research (OFR)' } satisfies Record<SourceId, string>,
    leadBehind: 'Some figures are behind: what we hold from the sources below stops at an earlier date.',
    leadFailed: 'The latest data refresh could not get new data from these sources:',
    group: (source: string, date: string) => `${source} (latest data: ${date}): `,
    since: (date: string) => `Latest data ${date}: `,
    // English titles hold commas ("SOFR, 1st percentile"), so series are set apart by semicolons.
    seriesSep: '; ',
    end: '.',
    rulesUnchecked: 'Signal rules that depend on these figures could not be checked today, so this reading rests on the data that are current.',
    unjudged: (pillars: readonly string[]) => `No reading today for ${list(pillars.map((p) => p.toLowerCase()), 'en')}.`,
    partly: (pillars: readonly string[]) => `Some inputs are out of date, so ${list(pillars.map((p) => p.toLowerCase()), 'en')} ${pillars.length === 1 ? 'is' : 'are'} read from the other rules only.`,
    noRule: 'Today\'s signals do not depend on these figures; where the report cites them, it describes an earlier day.',
    onSchedule: 'The data we hold are still within their normal publication cycle, so today\'s reading is unaffected; if the refresh keeps failing, these figures will be marked as stale.',
    indicatorFailed: (source: string) => `The latest refresh from ${source} brought no new data; see the`,
    notChecked: (figures: readonly string[]) => ` (not checked today, data out of date: ${figures.join('; ')})`,
    more: 'Every series\' status is on the',
    moreLink: 'data status page',
  },
} as const;
