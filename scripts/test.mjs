#!/usr/bin/env node
/**
 * `npm test`: builds the web app, runs every test on PGlite, then the browser tests (tests/browser,
 * serially, on PGlite, with Debian's chromium), then the store and use-case tests again on PostgreSQL.
 * PostgreSQL comes from FORA_TEST_PG_URL (default: the local server's `test` database); each run
 * creates its own databases and drops them. Outside CI an unreachable server is reported on one
 * line and that half is skipped; with CI=true it fails the run.
 */
import { spawnSync } from 'node:child_process';
import pg from 'pg';

const PG_URL = process.env.FORA_TEST_PG_URL ?? 'postgres://postgres@127.0.0.1:5432/test';
const CI = process.env.CI === 'true' || process.env.CI === '1';
const extra = process.argv.slice(2);

function vitest(env, args) {
  const r = spawnSync(process.execPath, ['node_modules/vitest/vitest.mjs', 'run', ...args, ...extra], {
    stdio: 'inherit',
    env: { ...process.env, ...env },
  });
  return r.status ?? 1;
}

async function reachable(url) {
  const client = new pg.Client({ connectionString: url, connectionTimeoutMillis: 3000 });
  try {
    await client.connect();
    const { rows } = await client.query('show server_version');
    await client.end();
    return rows[0]?.server_version ?? 'unknown';
  } catch (err) {
    return { error: err.message };
  }
}

// Debian tools the tests read documents back with or drive a browser with; installed here so `npm test`
// works on a fresh machine.
const DEBIAN_TOOLS = { pdftotext: 'poppler-utils', chromium: 'chromium' };
for (const [tool, pkg] of Object.entries(DEBIAN_TOOLS)) {
  if (spawnSync('sh', ['-c', `command -v ${tool}`]).status === 0) continue;
  console.log(`Installing ${pkg} (for ${tool})...`);
  const root = process.getuid?.() === 0;
  const run = (args) =>
    spawnSync(root ? args[0] : 'sudo', root ? args.slice(1) : ['-n', ...args], { stdio: 'inherit' });
  run(['apt-get', 'update', '-qq']);
  if (run(['apt-get', 'install', '-y', '-qq', pkg]).status !== 0) {
    console.error(`Could not install ${pkg}; install it (apt-get install ${pkg}) and run again.`);
    process.exit(1);
  }
}

console.log('== Web app build (vite) ==');
const build = spawnSync(process.execPath, ['node_modules/vite/bin/vite.js', 'build', '--logLevel', 'warn'], {
  stdio: 'inherit',
});
if (build.status !== 0) {
  console.error('The web app does not build (npm run build:ui).');
  process.exit(1);
}

console.log('== Fora tests on PGlite (all kinds) ==');
const first = vitest({ FORA_TEST_DB: 'pglite' }, []);

console.log('== Browser tests (chromium, PGlite, one file at a time) ==');
const browser = vitest({ FORA_TEST_DB: 'pglite' }, [
  '--config',
  'vitest.browser.config.ts',
  '--passWithNoTests',
]);

const version = await reachable(PG_URL);
let second = 0;
const safeUrl = PG_URL.replace(/\/\/[^@/]*@/, '//***@');
if (typeof version === 'string') {
  console.log(`== Store, use-case and end-to-end tests on PostgreSQL ${version} (${safeUrl}) ==`);
  second = vitest({ FORA_TEST_DB: 'postgres', FORA_TEST_PG_URL: PG_URL }, [
    'tests/store',
    'tests/app',
    'tests/e2e',
  ]);
} else if (CI) {
  console.error(`PostgreSQL at ${safeUrl} is unreachable (${version.error}); CI requires it.`);
  second = 1;
} else {
  console.log(`PostgreSQL at ${safeUrl} unreachable (${version.error}): skipping the PostgreSQL half.`);
}
process.exit(first || browser || second);
