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

const signedFormats = new Map<Locale, (v: number) => string>();
export const signed = (locale: Locale): ((v: number) => string) => {
  let format = signedFormats.get(locale);
  if (!format) {
    const f = new Intl.NumberFormat(locale === 'zh' ? 'zh-CN' : 'en-US', { maximumFractionDigits: 0, signDisplay: 'exceptZero' });
    signedFormats.set(locale, (format = (v: number) => f.format(v).replace('-', '−')));
  }
  return format;
};

