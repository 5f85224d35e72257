import { defineFamily, perPrefix } from '../family.ts';
import { CHANNELS, PILLARS, type Channel, type Pillar } from '../signals.ts';

/**
 * The stress signals as figures: each pillar's level, each channel's level and the overall regime
 * (0 green, 1 amber, 2 red), and which channel set the regime. Set by the timeline after every
 * other family, from signals.ts's rules.
 */
export const signal = defineFamily({
  id: 'signal',
  doc: 'Signals: 0 green, 1 amber, 2 red (formats `signal`, `regime`).',
  bases: {},
  metrics: {
    ...perPrefix(['signal'], Object.fromEntries([...PILLARS, 'overall'].map((p) => [p, () => ({
      kind: 'signal', doc: p === 'overall' ? 'the overall regime: the worst channel' : `the ${p} pillar`,
    })])) as { readonly [P in Pillar | 'overall']: () => { kind: 'signal'; doc: string } }),
    ...perPrefix(['channel'], Object.fromEntries(CHANNELS.map((c) => [c, () => ({ kind: 'signal', doc: `the ${c} channel` })])) as
      { readonly [C in Channel]: () => { kind: 'signal'; doc: string } }),
    'signal.held': { kind: 'flag', doc: '1 when the overall regime is held from the previous edition, whose own reading was worse than today\'s (a reading eases only when a second edition confirms it)' },
    'channel.worst': { kind: 'count', doc: 'the channel that set the overall regime: 1 repo and reserves, 2 bank funding, 3 dash for cash; 0 when calm' },
  },
});
