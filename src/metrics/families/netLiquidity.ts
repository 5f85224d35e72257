import { netLiquiditySeries } from '../derived.ts';
import { defineFamily, level } from '../family.ts';

/** The Fed's balance sheet and the usual "net liquidity" shorthand. */
export const netLiquidity = defineFamily({
  id: 'netLiquidity',
  doc: 'Balances in $bn; changes in $bn.',
  bases: {
    fedAssets: level('WALCL', 'Fed total assets (Wednesday)'),
    netLiq: {
      kind: 'usd_bn', series: ['WALCL', 'WTREGEN', 'RRPONTSYD'],
      derive: (s) => netLiquiditySeries(s('WALCL'), s('WTREGEN'), s('RRPONTSYD')),
      doc: 'net liquidity: Fed total assets − TGA (weekly average) − ON RRP, on balance-sheet Wednesdays',
    },
  },
  metrics: {},
});
