import type { Locale } from '../core/locale.ts';
import type { Figure } from '../core/figure.ts';
import type { FigureKind } from '../core/figure.ts';
import { formatDate } from './date-text.ts';

// Locale formatting of figures. Pure; every number a reader sees passes through here.

// Intl formatters are costly to construct (a fifth of an edition's build time when made per
// call), and a figure needs only a few: they are made once, here, for each locale.
const numberFormats = (locale: Locale) => {
  const tag = locale === 'zh' ? 'zh-CN' : 'en-US';
  const fixed = (digits: number, signed: boolean) => new Intl.NumberFormat(tag, {
    minimumFractionDigits: digits, maximumFractionDigits: digits, signDisplay: signed ? 'exceptZero' : 'auto',
  });
  return {
    /** By fraction digits (0–4): unsigned, then signed. */
    plain: [0, 1, 2, 3, 4].map((d) => fixed(d, false)),
    signed: [0, 1, 2, 3, 4].map((d) => fixed(d, true)),
    upToOne: new Intl.NumberFormat(tag, { minimumFractionDigits: 0, maximumFractionDigits: 1 }),
  };
};
const NUMBER_FORMATS: Record<Locale, ReturnType<typeof numberFormats>> = { zh: numberFormats('zh'), en: numberFormats('en') };

const numberFormat = (locale: Locale, digits: number, signed = false): Intl.NumberFormat => {
  const f = NUMBER_FORMATS[locale][signed ? 'signed' : 'plain'][digits];
  if (!f) throw new Error(`format: no number format with ${digits} fraction digits`);
  return f;
};

export { formatDate };

/** Rate in percent: 4.22%. */
export function formatPct(value: number, locale: Locale): string {
  return `${numberFormat(locale, 2).format(value)}%`;
}

/** Spread in basis points, signed: +22 bp / +22 个基点. */
export function formatBp(value: number, locale: Locale): string {
  const n = numberFormat(locale, 0, true).format(value).replace('-', '−');
  return locale === 'zh' ? `${n} 个基点` : `${n} bp`;
}

/**
 * US dollar amount given in $ billions. English: $51.8bn, $1.00tn. Chinese counts in 亿 (1e8)
 * and 万亿 (1e12): 518 亿美元, 1.00 万亿美元.
 */
export function formatUsdBn(bn: number, locale: Locale): string {
  const abs = Math.abs(bn);
  const small = smallUsd(bn, locale);
  if (small !== undefined) return small;
  if (locale === 'zh') {
    return abs >= 1000
      ? `${numberFormat(locale, 2).format(bn / 1000)} 万亿美元`
      : `${numberFormat(locale, abs >= 10 ? 0 : 1).format(bn * 10)} 亿美元`;
  }
  if (abs >= 1000) return `$${numberFormat(locale, 2).format(bn / 1000)}tn`;
  return `$${numberFormat(locale, abs >= 10 ? 1 : 2).format(bn)}bn`; // small balances keep two digits
}

/**
 * A $bn amount as operation results are quoted, to the $10mn: $50.35bn / 503.5 亿美元; under
 * $100mn in millions ($4mn / 400 万美元), so a small take-up does not read as zero.
 */
export function formatUsdBnExact(bn: number, locale: Locale): string {
  const abs = Math.abs(bn);
  if (abs >= 1000) return formatUsdBn(bn, locale);
  const small = smallUsd(bn, locale);
  if (small !== undefined) return small;
  return locale === 'en' ? `$${numberFormat(locale, 2).format(bn)}bn` : `${upTo(locale).format(bn * 10)} 亿美元`; // 2,765 / 503.5
}

const upTo = (locale: Locale) => NUMBER_FORMATS[locale].upToOne;

/**
 * Amounts under $100mn in millions ($4mn / 400 万美元) and nothing as $0 / 0 美元: "$0.00bn"
 * said both "nothing" and "too small to print" in one.
 */
function smallUsd(bn: number, locale: Locale): string | undefined {
  if (bn === 0) return locale === 'zh' ? '0 美元' : '$0';
  if (Math.abs(bn) >= 0.1) return undefined;
  return locale === 'zh' ? `${upTo(locale).format(bn * 1e5)} 万美元` : `$${upTo(locale).format(bn * 1000)}mn`;
}

/**
 * A share as a percentage, one decimal, with more where one decimal would misstate it: 0.02%
 * must not read as 0.0%, nor 99.97% as 100.0% (all of it).
 */
export function formatShare(share: number, locale: Locale): string {
  const pct = share * 100;
  const abs = Math.abs(pct);
  // Under 1%, two decimals as a rule, so that 0.02% does not read as 0.0%.
  let digits = abs < 1 ? 2 : 1;
  while (digits < 4 && abs !== 0 && abs !== 100 && (Number(abs.toFixed(digits)) === 0 || Number(abs.toFixed(digits)) === 100)) digits++;
  return `${numberFormat(locale, digits).format(pct).replace('-', '−')}%`;
}

type Formatter = (figure: Figure, locale: Locale) => string;

interface FormatDef {
  /** Which figure kinds the format may be applied to; undefined: any. */
  readonly kinds?: readonly FigureKind[];
  readonly apply: Formatter;
}

/** Signed dollar change: +$52.3bn / 增加 523 亿美元 is left to prose; here +523 亿美元. */
export function formatUsdBnSigned(bn: number, locale: Locale): string {
  const text = formatUsdBn(Math.abs(bn), locale);
  return bn > 0 ? `+${text}` : bn < 0 ? `−${text}` : text;
}

/** Percent change with sign and one decimal: −18.6%. */
export function formatPctChg(value: number, locale: Locale, signed = true): string {
  const n = numberFormat(locale, 1, signed).format(signed ? value : Math.abs(value));
  return `${n.replace('-', '−')}%`;
}

const SIGNAL: Record<Locale, readonly string[]> = { zh: ['绿色', '黄色', '红色'], en: ['green', 'amber', 'red'] };
const REGIME: Record<Locale, readonly string[]> = { zh: ['平稳', '偏紧', '紧张'], en: ['calm', 'tight', 'stressed'] };

export const signalName = (level: number, locale: Locale) => SIGNAL[locale][level] ?? '?';
export const regimeName = (level: number, locale: Locale) => REGIME[locale][level] ?? '?';

function ordinal(n: number): string {
  const r = Math.round(n);
  const suffix = r % 100 >= 11 && r % 100 <= 13 ? 'th' : (['th', 'st', 'nd', 'rd'][r % 10] ?? 'th');
  return `${r}${suffix}`;
}

/** The formats a template may name after `|`. */
export const FORMATS: Readonly<Record<string, FormatDef>> = {
  pct: { kinds: ['pct'], apply: (f, l) => formatPct(f.value, l) },
  bp: { kinds: ['bp'], apply: (f, l) => formatBp(f.value, l) },
  bpAbs: { kinds: ['bp'], apply: (f, l) => formatBp(Math.abs(f.value), l).replace('+', '') },
  bn: { kinds: ['usd_bn', 'usd_bn_delta'], apply: (f, l) => (f.kind === 'usd_bn_delta' ? formatUsdBnSigned(f.value, l) : formatUsdBn(f.value, l)) },
  bnExact: { kinds: ['usd_bn'], apply: (f, l) => formatUsdBnExact(f.value, l) },
  bnAbs: { kinds: ['usd_bn', 'usd_bn_delta'], apply: (f, l) => formatUsdBn(Math.abs(f.value), l) },
  pctchg: { kinds: ['pct_chg'], apply: (f, l) => formatPctChg(f.value, l) },
  pctchgAbs: { kinds: ['pct_chg'], apply: (f, l) => formatPctChg(f.value, l, false) },
  share: { kinds: ['share'], apply: (f, l) => formatShare(f.value, l) },
  shareAbs: { kinds: ['share'], apply: (f, l) => formatShare(Math.abs(f.value), l) },
  days: { kinds: ['count'], apply: (f, l) => (l === 'zh' ? `${f.value} 个交易日` : `${f.value} business day${f.value === 1 ? '' : 's'}`) },
  corr: { kinds: ['corr'], apply: (f, l) => numberFormat(l, 2, true).format(f.value).replace('-', '−') },
  rank: { kinds: ['rank'], apply: (f, l) => (l === 'zh' ? `第 ${Math.round(f.value)} 百分位` : `${ordinal(f.value)} percentile`) },
  signal: { kinds: ['signal'], apply: (f, l) => signalName(f.value, l) },
  regime: { kinds: ['signal'], apply: (f, l) => regimeName(f.value, l) },
  date: { apply: (f, l) => formatDate(f.date, l) },
};

/** The natural format of a figure kind, for tables. */
export const DEFAULT_FORMAT: Readonly<Record<FigureKind, string>> = {
  pct: 'pct', bp: 'bp', usd_bn: 'bn', usd_bn_delta: 'bn', pct_chg: 'pctchg', share: 'share',
  count: 'days', corr: 'corr', rank: 'rank', signal: 'signal', flag: 'date',
};

/**
 * A figure in its natural format. Repo operation amounts keep the $10mn their results are quoted
 * in; a size (`unsigned`, e.g. the 2-year yield's largest fall) is printed without a sign.
 */
export const formatFigure = (f: Figure, locale: Locale, unsigned = false) => {
  const operations = f.kind === 'usd_bn' && f.series.length > 0 && f.series.every((id) => id.startsWith('SRF_'));
  const name = operations ? 'bnExact' : unsigned && f.kind === 'bp' ? 'bpAbs' : DEFAULT_FORMAT[f.kind];
  return (FORMATS[name] as FormatDef).apply(f, locale);
};
