/**
 * What a figure measures; the report checks that a format fits it.
 * pct: a rate in percent; bp: a spread or rate change in basis points; usd_bn: a balance in $bn;
 * usd_bn_delta: a change of a balance in $bn; pct_chg: a percent change (drawdowns);
 * share: a fraction 0…1; count: whole days; corr: a correlation −1…1; rank: a percentile 0…100;
 * signal: 0 green, 1 amber, 2 red; flag: 1 yes, 0 no.
 */
export type FigureKind =
  | 'pct' | 'bp' | 'usd_bn' | 'usd_bn_delta' | 'pct_chg' | 'share' | 'count' | 'corr' | 'rank' | 'signal' | 'flag';

/**
 * One computed number with the date it describes and the series it comes from. `S` is the
 * series id type: the metrics layer fills it with the catalog's ids (metrics/figure.ts); the
 * report layer reads figures without needing the catalog.
 */
export interface Figure<S extends string = string> {
  readonly value: number;
  readonly kind: FigureKind;
  /** The observation date the value describes (<= the as-of date). */
  readonly date: string;
  readonly series: readonly S[];
  /** One of its series is behind its publication schedule at the edition date (metrics/freshness.ts). */
  readonly stale: boolean;
}
