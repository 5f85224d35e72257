import type { Locale } from '../core/locale.ts';
import type { EpisodeId } from '../metrics/episodes.ts';

// The words of the episode panels, given by the page in its language, and the page's signed
// number format for ticks (+20, −10).

export interface EpisodeWords {
  /** Panel names by episode id ("now" = this edition). */
  readonly names: Readonly<Record<EpisodeId, string>>;
  /** The y unit after the top tick. */
  readonly unit: string;
  /** Under a panel's name: its day 0 (formatted date). */
  readonly day0: (date: string) => string;
  /** Accessible name of a panel: its name, day 0, lowest and highest value (formatted). */
  readonly panel: (name: string, date: string, low: string, high: string) => string;
  /** The label of a peak cut off the scale, given the formatted value. */
  readonly peak: (value: string) => string;
  /** In place of a panel with no observation in its window. */
  readonly noData: (span: number) => string;
  /** What the axes measure, above the panels (the panels carry no axis titles). */
  readonly axes: string;
}

function signedFormat(tag: string): (v: number) => string {
  const f = new Intl.NumberFormat(tag, { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
  return (v: number) => f.format(v).replace('-', '−');
}
/** Signed whole numbers with a true minus sign, per language (immutable, made once). */
const SIGNED: Readonly<Record<Locale, (v: number) => string>> = { zh: signedFormat('zh-CN'), en: signedFormat('en-US') };
export const signed = (locale: Locale): ((v: number) => string) => SIGNED[locale];

