import type { Locale } from '../core/locale.ts';

// Dates as readers write them, built from the ISO text: the same strings Intl gives for zh-CN
// (long month) and en-US (short month) in UTC, without its cost, which every edition would pay
// again for the same few thousand dates (tests/unit/format.test.ts compares the two every day).

const MONTHS_EN = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'] as const;

/** An ISO date as a reader in `locale` writes it: 2025年10月31日 / Oct 31, 2025. */
export function formatDate(iso: string, locale: Locale): string {
  const year = iso.slice(0, 4);
  const month = Number(iso.slice(5, 7));
  const day = Number(iso.slice(8, 10));
  return locale === 'zh' ? `${year}年${month}月${day}日` : `${MONTHS_EN[month - 1]} ${day}, ${year}`;
}
