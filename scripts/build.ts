// The one way to build the site. `npm run build`, `build:publish`, `daily` (scripts/daily.ts),
// `bench` (through `npm run build`) and the e2e tests all start Astro here, so every build runs
// with the heap cap that was measured (ARCHITECTURE.md, "Build cost"), set in this file only.
// Usage: node scripts/build.ts [astro build options, e.g. --outDir dist-x]
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

/**
 * Node flags of the build: its old generation is capped where the build was measured. Passed in
 * NODE_OPTIONS, as `npm run build` always did, so any Node process Astro starts inherits them too.
 */
export const BUILD_NODE_OPTIONS = '--max-old-space-size=768';

const ASTRO = fileURLToPath(new URL('../node_modules/astro/bin/astro.mjs', import.meta.url));

/** The command and arguments that build the site with the launcher's settings. */
export function astroBuildCommand(astroArgs: readonly string[]): { command: string; args: string[] } {
  return { command: process.execPath, args: [ASTRO, 'build', ...astroArgs] };
}

/** The environment of a build: the caller's, with the heap cap added and Astro's telemetry off. */
export const buildEnv = (env: NodeJS.ProcessEnv = process.env): NodeJS.ProcessEnv => ({
  ...env, ASTRO_TELEMETRY_DISABLED: '1', NODE_OPTIONS: [env.NODE_OPTIONS, BUILD_NODE_OPTIONS].filter(Boolean).join(' '),
});

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const { command, args } = astroBuildCommand(process.argv.slice(2));
  const child = spawn(command, args, { env: buildEnv(), stdio: 'inherit' });
  child.on('error', (err) => {
    console.error(`build: could not start Astro (${ASTRO}): ${err.message}. Is node_modules installed (npm ci)?`);
    process.exit(127);
  });
  child.on('close', (code, signal) => process.exit(code ?? (signal ? 128 : 1)));
}
