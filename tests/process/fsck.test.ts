/**
 * `fora fsck` as a real process on a PGlite data directory: it names a row whose file is missing
 * (not repairable, exit code 1), lists orphaned files and unfinished uploads, `--repair` removes
 * those, and an orphan younger than `--grace` is left alone as a possible upload in flight.
 * (PGlite only: fsck's comparison is the same on PostgreSQL, which crash-safety.test.ts runs.)
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { callerOf } from '../../src/app/context.ts';
import { contextFor, loadConfig } from '../../src/config.ts';
import { openDatabase } from '../../src/store/db.ts';
import { envFor, fora, type Place } from '../support/process.ts';

let place: Place;
let filesDir: string;
const attachments: { id: string; key: string; name: string }[] = [];

beforeAll(async () => {
  place = { dataDir: fs.mkdtempSync(path.join(os.tmpdir(), 'fora-fsck-')) };
  filesDir = path.join(place.dataDir, 'files');
  const demo = await fora(place, 'demo');
  expect(demo.status, demo.stderr).toBe(0);
  const config = loadConfig(envFor(place));
  const database = await openDatabase(config.database);
  try {
    const ctx = contextFor(database, config);
    const [item] = (
      (await database.db.execute(
        sql`SELECT i.id, o.slug FROM items i JOIN organisations o ON o.id = i.org_id ORDER BY i.title LIMIT 1`,
      )) as unknown as { rows: { id: string; slug: string }[] }
    ).rows;
    if (!item) throw new Error('no demo item');
    for (const name of ['budget.txt', 'referat.txt']) {
      const a = await addAttachment(ctx, callerOf({ kind: 'operator', label: 'test' }), item.slug, item.id, {
        name,
        body: Readable.from([Buffer.from(`Indhold af ${name}\n`)]),
      });
      const { rows } = (await database.db.execute(
        sql`SELECT storage_key AS key FROM attachments WHERE id = ${a.id}`,
      )) as unknown as { rows: { key: string }[] };
      attachments.push({ id: a.id, key: rows[0]?.key as string, name });
    }
  } finally {
    await database.close();
  }
}, 120_000);
afterAll(() => fs.rmSync(place.dataDir, { recursive: true, force: true }));

const stored = (key: string) => path.join(filesDir, key.slice(0, 2), key);

describe('fora fsck', () => {
  it('finds nothing wrong in a sound installation', async () => {
    const r = await fora(place, 'fsck');
    expect([r.status, r.stdout]).toEqual([0, 'files with their row: 2\nfsck: no problems\n']);
  }, 60_000);

  it('names a missing file, removes orphans with --repair, and leaves recent ones alone', async () => {
    const lost = attachments[0] as (typeof attachments)[number];
    fs.rmSync(stored(lost.key));
    const orphan = '0a1b2c3d-0000-4000-8000-000000000001';
    fs.mkdirSync(path.join(filesDir, '0a'), { recursive: true });
    fs.writeFileSync(stored(orphan), 'ingen række');
    const temp = '0a1b2c3d-0000-4000-8000-000000000002.part';
    fs.writeFileSync(path.join(filesDir, 'tmp', temp), 'halvt upload');

    const check = await fora(place, 'fsck');
    expect(check.status).toBe(1);
    expect(check.stdout).toContain(`MISSING file ${lost.key} of attachment ${lost.id} (${lost.name})`);
    expect(check.stdout).toContain(`orphan ${orphan} (no row refers to it)`);
    expect(check.stdout).toContain(`orphan tmp/${temp} (unfinished upload)`);
    expect(check.stdout).toContain('fsck: 1 missing, 2 orphans (fora fsck --repair removes them)');

    // Within a grace period the orphans could be uploads in flight: reported, not removed.
    const careful = await fora(place, 'fsck', '--repair', '--grace', '10');
    expect(careful.stdout).toContain(`recent ${orphan} (no row refers to it): younger than 10 minutes`);
    expect(fs.existsSync(stored(orphan))).toBe(true);
    expect(fs.existsSync(path.join(filesDir, 'tmp', temp))).toBe(true);

    const repair = await fora(place, 'fsck', '--repair');
    expect(repair.stdout).toContain(`removed orphan ${orphan}`);
    expect(repair.stdout).toContain(`removed orphan tmp/${temp}`);
    expect(fs.existsSync(stored(orphan))).toBe(false);
    expect(fs.existsSync(path.join(filesDir, 'tmp', temp))).toBe(false);
    // The missing file cannot be repaired: still reported, still a failure.
    expect(repair.status).toBe(1);
    expect(repair.stdout).toContain('fsck: 1 missing, 0 orphans');
    expect(fs.existsSync(stored((attachments[1] as (typeof attachments)[number]).key))).toBe(true);
  }, 120_000);

  it('refuses to run beside a server holding the data directory', async () => {
    fs.writeFileSync(path.join(place.dataDir, 'fora.lock'), String(process.pid));
    try {
      const r = await fora(place, 'fsck');
      expect(r.status).toBe(3);
      expect(r.stderr).toMatch(/data directory is in use/);
    } finally {
      fs.rmSync(path.join(place.dataDir, 'fora.lock'));
    }
  }, 60_000);
});
