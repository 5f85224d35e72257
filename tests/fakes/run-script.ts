// Test-only: runs one of the project's CLIs (scripts/*.ts) as a child process, without blocking
// the test process, which may be serving the fake sources the child fetches from.
import { spawn } from 'node:child_process';
import { TEST_TODAY } from './update-options.ts';

export interface ScriptRun {
  readonly code: number | null;
  /** stdout and stderr, interleaved as they came. */
  readonly out: string;
}

/** The environment of a CLI run against the fake sources at `url`: fixed clock, fast retries, no pacing. */
export const fakeSourcesEnv = (url: string): Record<string, string> => ({
  UPDATE_TODAY: TEST_TODAY, UPDATE_TIMEOUT_MS: '2000', UPDATE_ATTEMPTS: '2', UPDATE_RETRY_BASE_MS: '1', FRED_MIN_INTERVAL_MS: '0',
  FRED_BASE_URL: url, NYFED_BASE_URL: url, FISCALDATA_BASE_URL: url, OFR_BASE_URL: url,
});

/** Runs `script` with `args` and only PATH plus `env` in its environment (so no real key leaks in). */
export function runScript(script: string, args: readonly string[], env: Record<string, string>): Promise<ScriptRun> {
  const child = spawn(process.execPath, [script, ...args], { env: { PATH: process.env.PATH ?? '', ...env } });
  let out = '';
  child.stdout.on('data', (d) => (out += d));
  child.stderr.on('data', (d) => (out += d));
  return new Promise((ok) => child.on('close', (code) => ok({ code, out })));
}
