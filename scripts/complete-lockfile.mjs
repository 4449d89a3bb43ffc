#!/usr/bin/env node
/**
 * Our npm registry mirror serves only the platform packages this machine kind can use, so
 * `npm install` writes a lockfile without the other platforms' optional binaries (biome, rollup)
 * and `npm ci` then refuses it as out of sync. This adds those entries, marked optional with their
 * os/cpu/libc, so `npm ci` skips them on this platform without fetching anything.
 * Run after every `npm install` that changes package-lock.json: `node scripts/complete-lockfile.mjs`.
 */
import fs from 'node:fs';

const file = new URL('../package-lock.json', import.meta.url);
const lock = JSON.parse(fs.readFileSync(file, 'utf8'));
const pkgs = lock.packages;

const OS = [
  'android',
  'darwin',
  'freebsd',
  'linux',
  'openbsd',
  'openharmony',
  'win32',
  'sunos',
  'aix',
  'netbsd',
];
const CPU = ['arm64', 'x64', 'ia32', 'arm', 'loong64', 'ppc64', 'riscv64', 's390x', 'mips64el', 'wasm32'];

function platformOf(name) {
  const base = name.split('/').pop() ?? name;
  const parts = base.split('-');
  const os = parts.find((p) => OS.includes(p));
  let cpu = parts.find((p) => CPU.includes(p));
  if (!cpu && base.includes('arm-')) cpu = 'arm';
  if (!os || !cpu) return null;
  const libc = base.includes('musl')
    ? ['musl']
    : os === 'linux' && base.includes('gnu')
      ? ['glibc']
      : undefined;
  return { os: [os], cpu: [cpu], ...(libc && { libc }) };
}

let added = 0;
for (const [path, entry] of Object.entries(pkgs)) {
  for (const [dep, version] of Object.entries(entry.optionalDependencies ?? {})) {
    const key = `node_modules/${dep}`;
    const nested = `${path}/node_modules/${dep}`;
    if (pkgs[key] || pkgs[nested]) continue;
    const platform = platformOf(dep);
    if (!platform) continue;
    pkgs[key] = { version, ...(entry.dev && { dev: true }), optional: true, ...platform };
    added++;
  }
}
const sorted = Object.fromEntries(
  Object.entries(pkgs).sort(([a], [b]) => (a === '' ? -1 : b === '' ? 1 : a.localeCompare(b))),
);
lock.packages = sorted;
fs.writeFileSync(file, `${JSON.stringify(lock, null, 2)}\n`);
console.log(`complete-lockfile: added ${added} optional platform entries`);
