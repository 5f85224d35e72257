import { parseTwoColumnCsv, type SourceObservation } from './csv.ts';

/**
 * Parses FRED's fredgraph.csv for one series. The date column was `DATE` until Dec 2024 and is
 * `observation_date` since; both are accepted. The value column must be the requested id.
 */
export function parseFredCsv(text: string, id: string, origin: string): SourceObservation[] {
  return parseTwoColumnCsv(text, { series: id, origin, dateColumns: ['observation_date', 'DATE'], valueColumn: id });
}
