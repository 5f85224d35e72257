// The editions' cut-off, a fact the catalog's event dates and the metrics' publication dates
// both read: an edition dated D holds what was public by this hour of D, New York time.

/** Editions are cut at 18:00 New York time: "as published by the evening of D". */
export const CUTOFF_ET = '18:00';
