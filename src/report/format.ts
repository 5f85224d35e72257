import type { Locale } from '../catalog/series.ts';
import type { Figure, FigureKind } from '../metrics/figure.ts';

// Locale formatting of figures. Pure; every number a reader sees passes through here.

const numberFormat = (locale: Locale, digits: number, signed = false) =>
  new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
    minimumFractionDigits: digits,
    maximumFractionDigits: digits,
    signDisplay: signed ? 'exceptZero' : 'auto',
  });

const dateFormat = (locale: Locale) =>
  new Intl.DateTimeFormat(locale === 'zh' ? 'zh-CN' : 'en-US', {
    year: 'numeric', month: locale === 'zh' ? 'long' : 'short', day: 'numeric', timeZone: 'UTC',
  });

/** An ISO date as a reader in `locale` writes it: 2025年10月31日 / Oct 31, 2025. */
export function formatDate(iso: string, locale: Locale): string {
  return dateFormat(locale).format(new Date(`${iso}T00:00:00Z`));
}

/** Rate in percent: 4.22%. */
export function formatPct(value: number, locale: Locale): string {
  return `${numberFormat(locale, 2).format(value)}%`;
}

/** Spread in basis points, signed: +22 bp / +22 个基点. */
export function formatBp(value: number, locale: Locale): string {
  const n = numberFormat(locale, 0, true).format(value);
  return locale === 'zh' ? `${n} 个基点` : `${n} bp`;
}

/**
 * US dollar amount given in $ billions. English: $51.8bn, $1.00tn. Chinese counts in 亿 (1e8)
 * and 万亿 (1e12): 518 亿美元, 1.00 万亿美元.
 */
export function formatUsdBn(bn: number, locale: Locale): string {
  const abs = Math.abs(bn);
  if (locale === 'zh') {
    return abs >= 1000
      ? `${numberFormat(locale, 2).format(bn / 1000)} 万亿美元`
      : `${numberFormat(locale, abs >= 10 ? 0 : 1).format(bn * 10)} 亿美元`;
  }
  if (abs >= 1000) return `$${numberFormat(locale, 2).format(bn / 1000)}tn`;
  return `$${numberFormat(locale, abs >= 10 ? 1 : 2).format(bn)}bn`; // small balances keep two digits
}

type Formatter = (figure: Figure, locale: Locale) => string;

interface FormatDef {
  /** Which figure kinds the format may be applied to; undefined: any. */
  readonly kinds?: readonly FigureKind[];
  readonly apply: Formatter;
}

/** The formats a template may name after `|`. */
export const FORMATS: Readonly<Record<string, FormatDef>> = {
  pct: { kinds: ['pct'], apply: (f, l) => formatPct(f.value, l) },
  bp: { kinds: ['bp'], apply: (f, l) => formatBp(f.value, l) },
  bn: { kinds: ['usd_bn'], apply: (f, l) => formatUsdBn(f.value, l) },
  date: { apply: (f, l) => formatDate(f.date, l) },
};
