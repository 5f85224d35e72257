// Shared look of every chart: sizes, colours and font, so pages stay consistent.
export const THEME = {
  width: 720,
  height: 320,
  marginLeft: 48,
  marginRight: 56,
  font: '"Noto Sans CJK SC", "Noto Sans SC", "PingFang SC", "Microsoft YaHei", system-ui, sans-serif',
  colors: {
    primary: '#b4232c',
    secondary: '#1f5c99',
    band: '#9bb7d4',
    muted: '#6b7280',
  },
} as const;

/**
 * Labels for a UTC time axis in the page's language, in the shape of Plot's default: the finest
 * unit the ticks step by, with the next unit under the first tick and wherever it changes
 * (Mar / 2025, Apr, …; zh 3月 / 2025年, 4月, …). Plot's own labels are always English.
 */
export function timeTickFormat(locale: 'zh' | 'en'): (d: Date, i: number, ticks: readonly Date[]) => string {
  return TICK_FORMATS[locale];
}
// Made once per locale, when the module loads: building Intl formatters for every chart cost
// more than drawing its axis.
const TICK_FORMATS: Readonly<Record<'zh' | 'en', (d: Date, i: number, ticks: readonly Date[]) => string>> = {
  zh: makeTimeTickFormat('zh'),
  en: makeTimeTickFormat('en'),
};

function makeTimeTickFormat(locale: 'zh' | 'en'): (d: Date, i: number, ticks: readonly Date[]) => string {
  const tag = locale === 'zh' ? 'zh-CN' : 'en-US';
  const month = new Intl.DateTimeFormat(tag, { month: locale === 'zh' ? 'numeric' : 'short', timeZone: 'UTC' });
  const day = new Intl.DateTimeFormat(tag, { day: 'numeric', timeZone: 'UTC' });
  const year = (d: Date) => (locale === 'zh' ? `${d.getUTCFullYear()}年` : String(d.getUTCFullYear()));
  return (d, i, ticks) => {
    const prev = i > 0 ? ticks[i - 1] : undefined;
    if (ticks.every((t) => t.getUTCMonth() === 0 && t.getUTCDate() === 1)) return String(d.getUTCFullYear());
    if (ticks.every((t) => t.getUTCDate() === 1)) {
      return !prev || prev.getUTCFullYear() !== d.getUTCFullYear() ? `${month.format(d)}\n${year(d)}` : month.format(d);
    }
    return !prev || prev.getUTCMonth() !== d.getUTCMonth() ? `${day.format(d)}\n${month.format(d)}` : day.format(d);
  };
}
