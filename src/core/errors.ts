import { redactUrl, scrubSecrets, secretsOf } from './redact.ts';

/**
 * An input problem worth a person's attention: which series, which source (URL or file),
 * which line, and what to do. Thrown by parsers and validators; never swallowed.
 */
export class DataError extends Error {
  readonly series: string;
  readonly origin: string;
  readonly line: number | undefined;

  constructor(series: string, origin: string, line: number | undefined, problem: string) {
    // Origins are often request URLs: redacted here so no caller can leak a credential.
    const safe = redactUrl(origin);
    const where = line === undefined ? safe : `${safe}:${line}`;
    super(`${series}: ${scrubSecrets(problem, secretsOf(origin))} (${where})`);
    this.name = 'DataError';
    this.series = series;
    this.origin = safe;
    this.line = line;
  }
}
