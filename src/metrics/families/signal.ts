import { defineFamily, perPrefix } from '../family.ts';
import { PILLARS, type Pillar } from '../signals.ts';

/**
 * The stress signals as figures: each pillar's level and the overall regime (0 green, 1 amber,
 * 2 red). Set by the timeline after every other family, from signals.ts's rules.
 */
export const signal = defineFamily({
  id: 'signal',
  doc: 'Signals: 0 green, 1 amber, 2 red (formats `signal`, `regime`).',
  bases: {},
  metrics: perPrefix(['signal'], Object.fromEntries([...PILLARS, 'overall'].map((p) => [p, () => ({
    kind: 'signal', doc: p === 'overall' ? 'the overall regime' : `the ${p} pillar`,
  })])) as { readonly [P in Pillar | 'overall']: () => { kind: 'signal'; doc: string } }),
});
