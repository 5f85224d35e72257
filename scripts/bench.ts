// Prints speed and size numbers for the build: the full site build (wall time and peak memory),
// a trivial Astro build of the same page count in a temp dir with the same Astro, their ratio,
// the gzip size of three page types, then micro-benchmarks of the build stages.
// Numbers only; no pass/fail. Usage: npm run bench   (BENCH_RUNS=1 for one pair of builds instead
// of three; BENCH_MICRO=0 skips the micro lines). It replaces dist/ with a fresh full build.
import { spawn } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, stat, symlink, writeFile } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { performance } from 'node:perf_hooks';
import { gzipSync } from 'node:zlib';

const ROOT = resolve(import.meta.dirname, '..');
const ASTRO = join(ROOT, 'node_modules', 'astro', 'bin', 'astro.mjs');
const line = (label: string, value: string) => console.log(`${label.padEnd(44)} ${value}`);
const mib = (bytes: number) => `${(bytes / 2 ** 20).toFixed(0)} MiB`;
/** Wall time, CPU time and peak memory of a run; on a busy machine the CPU time is the steadier number. */
const describe = (r: RunResult) =>
  `${r.seconds.toFixed(1)} s wall, ${r.cpuSeconds === null ? 'n/a' : `${r.cpuSeconds.toFixed(1)} s`} CPU, peak ${r.peakRss === null ? 'n/a' : mib(r.peakRss)}`;

interface RunResult {
  readonly seconds: number;
  /** User + system CPU seconds of the run's processes (last /proc sample; null off Linux). */
  readonly cpuSeconds: number | null;
  /** Largest peak resident set of any process of the run (VmHWM), in bytes; null off Linux. */
  readonly peakRss: number | null;
}

/** Direct and indirect children of `pid`, from /proc (Linux). */
async function descendants(pid: number): Promise<number[]> {
  const children = await readFile(`/proc/${pid}/task/${pid}/children`, 'utf8').catch(() => '');
  const ids = children.split(/\s+/).filter(Boolean).map(Number);
  return [...ids, ...(await Promise.all(ids.map(descendants))).flat()];
}

// Kernel clock ticks per second for /proc/<pid>/stat times (USER_HZ, 100 on Linux).
const USER_HZ = 100;
async function cpuTicks(pid: number): Promise<number> {
  const stat = await readFile(`/proc/${pid}/stat`, 'utf8').catch(() => '');
  const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
  return Number(fields[11] ?? 0) + Number(fields[12] ?? 0); // utime, stime
}

async function highWaterMark(pid: number): Promise<number> {
  const status = await readFile(`/proc/${pid}/status`, 'utf8').catch(() => '');
  const kb = /VmHWM:\s+(\d+) kB/.exec(status)?.[1];
  return kb ? Number(kb) * 1024 : 0;
}

/**
 * Runs a build command in `cwd` as a child process and measures its wall time and peak memory.
 * The peak is each process's own high-water mark, polled while it runs, so no spike is missed.
 */
async function timedBuild(cwd: string, command: string, args: readonly string[]): Promise<RunResult> {
  const t0 = performance.now();
  const child = spawn(command, args, {
    cwd, env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' }, stdio: ['ignore', 'pipe', 'pipe'],
  });
  let log = '';
  const keep = (b: Buffer) => { log = (log + b.toString()).slice(-4000); };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let peak: number | null = process.platform === 'linux' ? 0 : null;
  const ticks = new Map<number, number>();
  const poll = async () => {
    if (peak === null || child.pid === undefined) return;
    for (const pid of [child.pid, ...(await descendants(child.pid))]) {
      peak = Math.max(peak, await highWaterMark(pid));
      ticks.set(pid, Math.max(ticks.get(pid) ?? 0, await cpuTicks(pid)));
    }
  };
  const timer = setInterval(() => void poll(), 100);
  const code = await new Promise<number | null>((done) => child.on('exit', (c) => { void poll(); done(c); }));
  clearInterval(timer);
  const seconds = (performance.now() - t0) / 1000;
  if (code !== 0) throw new Error(`bench: ${command} ${args.join(' ')} in ${cwd} exited with ${code}; last output:\n${log}`);
  const cpuSeconds = peak === null ? null : [...ticks.values()].reduce((a, b) => a + b, 0) / USER_HZ;
  return { seconds, cpuSeconds, peakRss: peak };
}

async function htmlPages(dir: string): Promise<number> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries.filter((e) => e.isFile() && e.name.endsWith('.html')).length;
}

/** A minimal Astro project with one route that makes `pages` small pages. */
async function trivialProject(pages: number): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'bench-trivial-astro-'));
  await mkdir(join(dir, 'src', 'pages'), { recursive: true });
  await symlink(join(ROOT, 'node_modules'), join(dir, 'node_modules'), 'dir');
  await writeFile(join(dir, 'package.json'), '{"name":"bench-trivial","private":true,"type":"module"}\n');
  await writeFile(join(dir, 'astro.config.mjs'),
    "import { defineConfig } from 'astro/config';\nexport default defineConfig({ output: 'static', build: { format: 'directory' }, devToolbar: { enabled: false } });\n");
  await writeFile(join(dir, 'src', 'pages', '[n].astro'), `---
export function getStaticPaths() {
  return Array.from({ length: ${pages} }, (_, i) => ({ params: { n: String(i) } }));
}
const { n } = Astro.params;
---
<!doctype html>
<html lang="en"><head><meta charset="utf-8" /><title>Page {n}</title></head>
<body><h1>Page {n}</h1><p>A trivial page for timing Astro alone.</p></body></html>
`);
  return dir;
}

async function gzipSize(file: string): Promise<string> {
  try {
    const html = await readFile(file);
    return `${(gzipSync(html).length / 1024).toFixed(1).padStart(6)} KiB gzip  (${(html.length / 1024).toFixed(1)} KiB raw)  ${file.slice(ROOT.length + 1)}`;
  } catch {
    return `missing: ${file}`;
  }
}

async function dirSize(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(join(entry.parentPath, entry.name))).size;
  }
  return { files, bytes };
}

const load = () => loadavg().map((l) => l.toFixed(2)).join(' ');
line('machine', `${cpus().length} CPUs, Node ${process.version}, load average ${load()}`);

// 1 and 2. The full build, exactly as `npm run build` runs it, and Astro alone (the same number of
// minimal pages, same Astro, same Node), alternated BENCH_RUNS times (default 3): on a shared
// machine one pair varies by 10% or more from hour to hour, so the ratio is taken of the medians.
const RUNS = Math.max(1, Number(process.env.BENCH_RUNS ?? 3) || 3);
// npm runs the package.json script (with its Node options); npm_execpath is npm's own CLI.
const npm = process.env.npm_execpath;
const fullRuns: RunResult[] = [];
const trivialRuns: RunResult[] = [];
let pages = 0;
for (let run = 1; run <= RUNS; run++) {
  // From a clean dist/ as on CI (Astro would otherwise spend seconds deleting the last build's
  // 4,000+ files inside the timing).
  await rm(join(ROOT, 'dist'), { recursive: true, force: true });
  const full = await timedBuild(ROOT, npm ? process.execPath : 'npm', [...(npm ? [npm] : []), 'run', '--silent', 'build']);
  pages = await htmlPages(join(ROOT, 'dist'));
  fullRuns.push(full);
  line(`full build (npm run build), run ${run}/${RUNS}`, `${describe(full)}, ${pages} HTML pages`);
  const trivialDir = await trivialProject(pages);
  try {
    const trivial = await timedBuild(trivialDir, process.execPath, [ASTRO, 'build']);
    trivialRuns.push(trivial);
    line(`trivial Astro build, same page count, ${run}/${RUNS}`, `${describe(trivial)}, ${await htmlPages(join(trivialDir, 'dist'))} HTML pages`);
  } finally {
    await rm(trivialDir, { recursive: true, force: true });
  }
}
/** The median of the runs: wall and CPU each on its own, peak memory the largest seen. */
const median = (runs: readonly RunResult[]): RunResult => {
  const mid = (xs: number[]) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor((s.length - 1) / 2)] as number; };
  const cpus = runs.map((r) => r.cpuSeconds);
  const peaks = runs.map((r) => r.peakRss);
  return {
    seconds: mid(runs.map((r) => r.seconds)),
    cpuSeconds: cpus.every((c) => c !== null) ? mid(cpus as number[]) : null,
    peakRss: peaks.every((p) => p !== null) ? Math.max(...(peaks as number[])) : null,
  };
};
const full = median(fullRuns);
const trivial = median(trivialRuns);
line(`full build, median of ${RUNS}`, describe(full));
line(`trivial Astro build, median of ${RUNS}`, describe(trivial));
const cpuRatio = full.cpuSeconds && trivial.cpuSeconds ? `, ${(full.cpuSeconds / trivial.cpuSeconds).toFixed(1)}x CPU` : '';
line('ratio full / trivial (medians)', `${(full.seconds / trivial.seconds).toFixed(1)}x wall${cpuRatio}`);
line('load average after the builds', load());

// 3. What a reader downloads.
const { readSnapshot } = await import('../src/snapshot/store.ts');
const { editionDates } = await import('../src/site/edition.ts');
const snap = await readSnapshot(join(ROOT, 'content/data'));
const latest = editionDates(snap).at(-1) as string;
line('home page (zh)', await gzipSize(join(ROOT, 'dist', 'index.html')));
line('edition (en, latest)', await gzipSize(join(ROOT, 'dist', 'en', 'reports', latest, 'index.html')));
line('indicator page (zh, SOFR)', await gzipSize(join(ROOT, 'dist', 'indicators', 'SOFR', 'index.html')));
const dist = await dirSize(join(ROOT, 'dist'));
line('dist/', `${(dist.bytes / 2 ** 20).toFixed(1)} MiB in ${dist.files} files`);

// 4. Stage micro-benchmarks (in this process, after the builds).
if (process.env.BENCH_MICRO !== '0') {
  const { computeFigures } = await import('../src/metrics/figures.ts');
  const { computeTimeline } = await import('../src/metrics/timeline.ts');
  const { rateRangeWindow } = await import('../src/metrics/windows.ts');
  const { rateRangePlot } = await import('../src/charts/rateRange.ts');
  const { renderPlot } = await import('../src/charts/render.ts');
  const { Build } = await import('../src/site/build.ts');
  const build = new Build(snap, { reportsDir: join(ROOT, 'content/reports'), chartThread: false });
  const report = (label: string, ms: number, runs: number) => line(label, `${ms.toFixed(3).padStart(9)} ms/run  (${runs} runs)`);
  const time = <T>(label: string, runs: number, fn: () => T): T => {
    let out: T = fn(); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) out = fn();
    report(label, (performance.now() - t0) / runs, runs);
    return out;
  };
  const timeAsync = async (label: string, runs: number, fn: () => Promise<unknown>) => {
    await fn(); // warm-up
    const t0 = performance.now();
    for (let i = 0; i < runs; i++) await fn();
    report(label, (performance.now() - t0) / runs, runs);
  };
  const dates = editionDates(snap);
  time('computeFigures, one as-of date', 5, () => computeFigures(snap, latest));
  time(`timeline, all ${dates.length} edition dates (one pass)`, 1, () => computeTimeline(snap, dates));
  const rows = time('rateRangeWindow (180 rows)', 200, () => rateRangeWindow(snap, latest, 180));
  const labels = { y: '%', sofr: 'SOFR', range: 'range', iorb: 'IORB', ariaLabel: 'a', ariaDescription: 'd' };
  const svg = time('render rates chart to SVG', 50, () => renderPlot(rateRangePlot(rows, labels)));
  line('rates chart SVG size', `${(svg.length / 1024).toFixed(1).padStart(9)} KiB`);
  await timeAsync('Build.edition zh (template + 2 charts + tables)', 20, () => build.edition('zh'));
  await timeAsync('Build.edition en, 2025-11-05', 20, () => build.edition('en', '2025-11-05'));
}
