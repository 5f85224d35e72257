// The daily workflow's shell steps, run as GitHub would run them but without GitHub: the data
// commit against a local bare repository, the tracking issue with a stand-in `gh` on PATH.
import { execFileSync, spawnSync } from 'node:child_process';
import { chmod, mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const COMMIT = resolve('scripts/ci/commit-snapshot.sh');
const TRACKING = resolve('scripts/ci/tracking-issue.sh');
let work: string;

beforeAll(async () => {
  work = await mkdtemp(join(tmpdir(), 'wf-scripts-'));
});
afterAll(async () => {
  if (work) await rm(work, { recursive: true, force: true });
});

const GIT_ENV = {
  GIT_AUTHOR_NAME: 't', GIT_AUTHOR_EMAIL: 't@example.org', GIT_COMMITTER_NAME: 't', GIT_COMMITTER_EMAIL: 't@example.org',
  GIT_CONFIG_GLOBAL: '/dev/null', GIT_CONFIG_NOSYSTEM: '1',
};
const git = (cwd: string, ...args: string[]) =>
  execFileSync('git', args, { cwd, env: { ...process.env, ...GIT_ENV }, encoding: 'utf8' }).trim();

/** origin (bare) with one commit of code and data; a runner clone checked out at that commit; a refreshed snapshot. */
async function repos(name: string) {
  const root = join(work, name);
  const origin = join(root, 'origin.git');
  const seed = join(root, 'seed');
  const runner = join(root, 'runner');
  await mkdir(root, { recursive: true });
  git(root, 'init', '-q', '--bare', '-b', 'main', origin);
  git(root, 'clone', '-q', origin, seed);
  await mkdir(join(seed, 'content/data'), { recursive: true });
  await writeFile(join(seed, 'content/data/SOFR.csv'), 'date,value\n2025-11-03,4.13\n');
  await writeFile(join(seed, 'content/data/manifest.json'), '{"v":1}\n');
  await writeFile(join(seed, 'README.md'), 'code\n');
  git(seed, 'add', '-A');
  git(seed, 'commit', '-qm', 'seed');
  git(seed, 'push', '-q', 'origin', 'HEAD:main');
  const base = git(seed, 'rev-parse', 'HEAD');
  git(root, 'clone', '-q', origin, runner);
  const refreshed = join(root, 'refreshed');
  await mkdir(join(refreshed, 'content/data'), { recursive: true });
  await writeFile(join(refreshed, 'content/data/SOFR.csv'), 'date,value\n2025-11-03,4.13\n2025-11-04,4.22\n');
  await writeFile(join(refreshed, 'content/data/manifest.json'), '{"v":2}\n');
  await writeFile(join(refreshed, 'daily-commit-message.txt'), 'data: 1 new row, 0 revisions through 2025-11-04\n\n[skip ci]\n');
  const run = () => spawnSync('bash', [COMMIT], {
    cwd: runner, encoding: 'utf8',
    env: { ...process.env, ...GIT_ENV, BRANCH: 'main', BASE_SHA: base, REFRESHED: refreshed, MESSAGE_FILE: join(refreshed, 'daily-commit-message.txt') },
  });
  /** Someone else pushes to main after the run's checkout. */
  const pushMeanwhile = async (file: string, text: string) => {
    git(seed, 'pull', '-q', 'origin', 'main');
    await mkdir(join(seed, file, '..'), { recursive: true });
    await writeFile(join(seed, file), text);
    git(seed, 'add', '-A');
    git(seed, 'commit', '-qm', `change ${file}`);
    git(seed, 'push', '-q', 'origin', 'HEAD:main');
    return git(seed, 'rev-parse', 'HEAD');
  };
  const show = (path: string) => git(root, '--git-dir', origin, 'show', `main:${path}`);
  return { origin, runner, base, run, pushMeanwhile, show, root };
}

describe('commit-snapshot.sh', () => {
  it('commits the refreshed snapshot on the tip, keeping code pushed since the checkout', async () => {
    const r = await repos('code-meanwhile');
    await r.pushMeanwhile('src/new.ts', 'export {};\n');
    const out = r.run();
    expect(out.status, out.stderr + out.stdout).toBe(0);
    expect(r.show('content/data/SOFR.csv')).toContain('2025-11-04,4.22');
    expect(r.show('src/new.ts')).toBe('export {};');
    expect(git(r.root, '--git-dir', r.origin, 'log', '-1', '--format=%s%n%b', 'main')).toMatch(/^data: 1 new row, 0 revisions through 2025-11-04\n+\[skip ci\]/);
  });

  it('commits nothing, warns and leaves no rebase behind when content/data changed on the branch meanwhile', async () => {
    const r = await repos('data-meanwhile');
    const theirs = await r.pushMeanwhile('content/data/SOFR.csv', 'date,value\n2025-11-03,4.13\n2025-11-04,4.21\n');
    const out = r.run();
    expect(out.status, out.stderr).toBe(0);
    expect(out.stdout).toMatch(/^::warning title=Snapshot not committed::content\/data changed on main since this run checked out/m);
    expect(git(r.root, '--git-dir', r.origin, 'rev-parse', 'main')).toBe(theirs);
    expect(r.show('content/data/SOFR.csv')).toContain('2025-11-04,4.21');
    expect(git(r.runner, 'status', '--porcelain=v2', '--branch')).not.toMatch(/rebase/);
    expect(spawnSync('git', ['-C', r.runner, 'rev-parse', '--verify', '-q', 'REBASE_HEAD']).status).not.toBe(0);
  });

  it('says so and commits nothing when the refreshed snapshot equals the branch', async () => {
    const r = await repos('same');
    await writeFile(join(r.root, 'refreshed/content/data/SOFR.csv'), 'date,value\n2025-11-03,4.13\n');
    await writeFile(join(r.root, 'refreshed/content/data/manifest.json'), '{"v":1}\n');
    const out = r.run();
    expect(out.status).toBe(0);
    expect(out.stdout).toMatch(/nothing to commit/);
    expect(git(r.root, '--git-dir', r.origin, 'rev-parse', 'main')).toBe(r.base);
  });
});

describe('tracking-issue.sh', () => {
  let bin: string;
  let calls: string;
  beforeAll(async () => {
    bin = join(work, 'bin');
    calls = join(work, 'gh-calls.txt');
    await mkdir(bin, { recursive: true });
    // A stand-in for the GitHub CLI: records its arguments; FAKE_GH says how `issue list` answers.
    await writeFile(join(bin, 'gh'), [
      '#!/usr/bin/env bash',
      'printf "%s\\0" "$*" >> "$GH_CALLS"', // NUL-separated: bodies span lines
      'if [ "$1 $2" = "issue list" ]; then',
      '  case "$FAKE_GH" in',
      '    disabled) echo "the \'someone/usd-liquidity\' repository has disabled issues" >&2; exit 1 ;;',
      '    broken) echo "HTTP 502: Bad Gateway (https://api.github.com/graphql)" >&2; exit 1 ;;',
      '    open) echo 7 ;;',
      '  esac',
      'fi',
      'exit 0',
    ].join('\n'));
    await chmod(join(bin, 'gh'), 0o755);
  });

  async function track(env: Record<string, string>) {
    await rm(calls, { force: true });
    const out = spawnSync('bash', [TRACKING], {
      encoding: 'utf8',
      env: {
        PATH: `${bin}:${process.env.PATH}`, GH_CALLS: calls, TITLE: 'Daily run failing', RUN_URL: 'https://github.com/o/r/actions/runs/1',
        FAILED: 'false', BEHIND: '', DAILY_RESULT: 'success', DAILY_EXIT: '0', COMMIT_RESULT: 'success', DEPLOY_RESULT: 'success', ...env,
      },
    });
    const made = await readFile(calls, 'utf8').catch(() => '');
    return { status: out.status, stdout: out.stdout, calls: made.split('\0').filter(Boolean) };
  }

  it('warns and succeeds on a repository with Issues turned off (a fork), whatever happened', async () => {
    const r = await track({ FAKE_GH: 'disabled', FAILED: 'true', DAILY_EXIT: '3', DAILY_RESULT: 'failure' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::warning title=Tracking issue not updated::Issues are turned off for this repository/m);
    expect(r.calls).toHaveLength(1);
  });

  it('warns and succeeds when gh fails for another reason', async () => {
    const r = await track({ FAKE_GH: 'broken', FAILED: 'true' });
    expect(r.status).toBe(0);
    expect(r.stdout).toMatch(/^::warning title=Tracking issue not updated::gh could not list issues: HTTP 502/m);
  });

  it('opens the issue for a configuration error, naming it as such', async () => {
    const r = await track({ FAKE_GH: 'none', FAILED: 'true', DAILY_EXIT: '5', DAILY_RESULT: 'failure' });
    expect(r.status).toBe(0);
    expect(r.calls[1]).toMatch(/^issue create --title Daily run failing --body .*set up wrong \(npm run daily exit 5, configuration\)/s);
  });

  it('comments on the open issue when series are days behind, even though the run published', async () => {
    const r = await track({ FAKE_GH: 'open', BEHIND: 'TGA (fiscaldata) last 2025-10-01, 9 business days late\nSOFR_P1 (nyfed) last 2025-10-20, 4 business days late' });
    expect(r.calls[1]).toMatch(/^issue comment 7 --body .*no new data for longer than their schedule allows/s);
    expect(r.calls[1]).toContain('- TGA (fiscaldata) last 2025-10-01, 9 business days late\n- SOFR_P1 (nyfed)');
  });

  it('closes the open issue once a run succeeds with every series on schedule', async () => {
    const r = await track({ FAKE_GH: 'open' });
    expect(r.calls[1]).toMatch(/^issue close 7 --comment Recovered/);
  });

  it('does nothing when all is well and no issue is open', async () => {
    const r = await track({ FAKE_GH: 'none' });
    expect(r.calls).toHaveLength(1);
  });
});
