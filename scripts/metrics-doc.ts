// Rewrites the metric list in content/reports/README.md from the metric families.
// Usage: npm run metrics:doc            (write)
//        npm run metrics:doc -- --check (exit 1 when the README is out of date)
import { readFileSync, writeFileSync } from 'node:fs';
import { metricListMarkdown, replaceMetricList } from '../src/metrics/doc.ts';

const FILE = 'content/reports/README.md';
const text = readFileSync(FILE, 'utf8');
const next = replaceMetricList(text, metricListMarkdown(), FILE);
if (process.argv.includes('--check')) {
  if (next !== text) {
    console.error(`${FILE}: the metric list is out of date; run \`npm run metrics:doc\``);
    process.exit(1);
  }
  console.log(`${FILE}: metric list up to date`);
} else if (next !== text) {
  writeFileSync(FILE, next);
  console.log(`${FILE}: metric list rewritten`);
} else {
  console.log(`${FILE}: metric list already up to date`);
}
