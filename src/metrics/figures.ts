import type { Snapshot } from '../snapshot/snapshot.ts';
import { computeEdition, type Figures } from './timeline.ts';

export { toBp } from './derived.ts';
export type { Figures } from './timeline.ts';

/** The figures of one edition, from observations public by asOf's cut-off only. */
export function computeFigures(snap: Snapshot, asOf: string): Figures {
  return computeEdition(snap, asOf).figures;
}
