/** `fora export` run as a real process on a PGlite data directory holding the demo. */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { fora as runFora } from '../support/process.ts';

let dataDir: string;
let outDir: string;
const fora = (...args: string[]) => runFora({ dataDir }, ...args);

beforeAll(async () => {
  dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-export-cli-'));
  outDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-export-out-'));
  const demo = await fora('demo');
  expect(demo.status).toBe(0);
}, 120_000);
afterAll(() => {
  fs.rmSync(dataDir, { recursive: true, force: true });
  fs.rmSync(outDir, { recursive: true, force: true });
});

describe('fora export', () => {
  it('writes one forum as a zip holding the manifest and prints what it wrote', async () => {
    const zip = path.join(outDir, 'cf.zip');
    const r = await fora('export', '--org', 'albertslund', '--forum', 'CF', '-o', zip);
    expect(r.stderr).toBe('');
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${zip}: albertslund (forum CF)`);
    expect(r.stdout).toMatch(/meetings \d+, cases \d+, items \d+/);
    const manifest = JSON.parse(
      Buffer.from(unzipSync(fs.readFileSync(zip))['fora-archive.json'] ?? []).toString(),
    );
    expect(manifest.scope).toEqual({ organisation: 'albertslund', forum: 'CF' });
    expect(manifest.organisations[0].forums.map((f: { shortName: string }) => f.shortName)).toEqual(['CF']);
    expect(manifest.organisations[0].items.length).toBeGreaterThan(0);
  }, 60_000);

  it('writes everything to a folder', async () => {
    const dir = path.join(outDir, 'alt');
    const r = await fora('export', '-o', dir);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain(`${dir}: albertslund, ishoej`);
    const manifest = JSON.parse(fs.readFileSync(path.join(dir, 'fora-archive.json'), 'utf8'));
    expect(
      manifest.organisations.map((o: { organisation: { slug: string } }) => o.organisation.slug),
    ).toEqual(['albertslund', 'ishoej']);
  }, 60_000);

  it('answers usage for a forum without its organisation, and an error for an unknown one', async () => {
    const usage = await fora('export', '--forum', 'CF', '-o', path.join(outDir, 'x.zip'));
    expect(usage.status).toBe(2);
    expect(usage.stderr).toContain('fora export [--org <slug>]');
    const unknown = await fora('export', '--org', 'nowhere', '-o', path.join(outDir, 'y.zip'));
    expect(unknown.status).toBe(1);
    expect(unknown.stderr).toContain('fora: Organisation not found');
    expect(fs.existsSync(path.join(outDir, 'y.zip'))).toBe(false);
  }, 60_000);
});
