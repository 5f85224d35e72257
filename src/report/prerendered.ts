// The shape of prerendered template HTML (remarkPrerender), which remarkPlaceholders fills.
import type { Html } from 'mdast';

/** A placeholder taken out of prerendered HTML, where it stands as a numbered slot. */
export interface Slot {
  readonly key: string;
  readonly format: string | undefined;
  /** Where it was written, for errors that only a date can raise (no data on or before it). */
  readonly line: number;
  readonly column: number;
}

declare module 'mdast' {
  interface HtmlData {
    /** Set on prerendered HTML: the placeholders its slots stand for, by number. */
    slots?: readonly Slot[];
    /** Set on a prerendered heading: its level, so an empty section can still be found. */
    heading?: number;
  }
}

/** Prerendered HTML of a part of a template whose only date-dependent pieces are its slots. */
export type PrerenderedHtml = Html & { data: { slots: readonly Slot[] } };

// Private-use characters, which no template may contain, mark the slots: HTML serialisation
// leaves them as they are, and no figure's markup contains them.
export const SLOT_OPEN = '\uE000';
export const SLOT_CLOSE = '\uE001';
export const SLOT = /\uE000(\d+)\uE001/g;
export const slotMark = (n: number): string => `${SLOT_OPEN}${n}${SLOT_CLOSE}`;

export const isPrerendered = (node: { type: string; data?: unknown }): node is PrerenderedHtml =>
  node.type === 'html' && (node as Html).data?.slots !== undefined;
