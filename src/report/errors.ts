/** A template problem, located so that a maintainer can go straight to it. */
export class TemplateError extends Error {
  readonly file: string;
  readonly line: number;
  readonly column: number;

  constructor(file: string, line: number, column: number, problem: string) {
    super(`${file}:${line}:${column}: ${problem}`);
    this.name = 'TemplateError';
    this.file = file;
    this.line = line;
    this.column = column;
  }
}

/** Line and column of `offset` inside a node's text that starts at (line, column). */
export function locate(text: string, offset: number, line: number, column: number): { line: number; column: number } {
  const before = text.slice(0, offset);
  const breaks = before.split('\n').length - 1;
  return breaks === 0
    ? { line, column: column + offset }
    : { line: line + breaks, column: offset - before.lastIndexOf('\n') };
}
