/**
 * An input problem worth a person's attention: which series, which source (URL or file),
 * which line, and what to do. Thrown by parsers and validators; never swallowed.
 */
export class DataError extends Error {
  readonly series: string;
  readonly origin: string;
  readonly line: number | undefined;

  constructor(series: string, origin: string, line: number | undefined, problem: string) {
    const where = line === undefined ? origin : `${origin}:${line}`;
    super(`${series}: ${problem} (${where})`);
    this.name = 'DataError';
    this.series = series;
    this.origin = origin;
    this.line = line;
  }
}
