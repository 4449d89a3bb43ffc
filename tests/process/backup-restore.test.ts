/**
 * The restore drill: the demo plus stored attachments, `fora backup`, `fora restore` into a fresh
 * place, and every table and every file compared by content hash. A restore refuses a target that
 * holds data unless --force, and a damaged backup fails without leaving anything behind. On PGlite
 * and on PostgreSQL (each in a database made for the test and dropped after).
 */
import { createHash } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { Readable } from 'node:stream';
import { sql } from 'drizzle-orm';
import { afterAll, describe, expect, it } from 'vitest';
import { addAttachment } from '../../src/app/add-attachment.ts';
import { callerOf } from '../../src/app/context.ts';
import { contextFor, loadConfig } from '../../src/config.ts';
import { pgTableCount, walkFiles } from '../../src/store/backup-database.ts';
import { type Database, openDatabase } from '../../src/store/db.ts';
import { listTar } from '../../src/store/tar.ts';
import { canonical } from '../support/archive-compare.ts';
import { envFor, fora, freshPgDatabase, type Place } from '../support/process.ts';

const sha256 = (b: Buffer | string) => createHash('sha256').update(b).digest('hex');
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const c of cleanups.reverse()) await c();
});

async function place(engine: 'pglite' | 'postgres', label: string): Promise<Place> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), `fora-${label}-`));
  cleanups.push(() => fs.rmSync(dataDir, { recursive: true, force: true }));
  if (engine === 'pglite') return { dataDir };
  const db = await freshPgDatabase(label);
  cleanups.push(db.drop);
  return { dataDir, databaseUrl: db.url };
}

async function withDatabase<T>(p: Place, fn: (database: Database) => Promise<T>): Promise<T> {
  const config = loadConfig(envFor(p));
  const database = await openDatabase(config.database);
  try {
    return await fn(database);
  } finally {
    await database.close();
  }
}

const rowsOf = (r: unknown) => (r as { rows: Record<string, unknown>[] }).rows;

/** Per table (public and drizzle schemas): row count and SHA-256 of the sorted rows; per file: SHA-256. */
async function snapshot(p: Place) {
  const tables = await withDatabase(p, async ({ db }) => {
    const out: Record<string, { rows: number; sha256: string }> = {};
    const names = rowsOf(
      await db.execute(
        sql`SELECT table_schema AS s, table_name AS t FROM information_schema.tables
            WHERE table_schema IN ('public', 'drizzle') AND table_type = 'BASE TABLE' ORDER BY 1, 2`,
      ),
    );
    for (const { s, t } of names) {
      const rows = rowsOf(
        await db.execute(
          sql`SELECT row_to_json(x)::text AS j FROM ${sql.identifier(s as string)}.${sql.identifier(t as string)} x`,
        ),
      ).map((r) => canonical(JSON.parse(r.j as string)));
      rows.sort();
      out[`${s}.${t}`] = { rows: rows.length, sha256: sha256(rows.join('\n')) };
    }
    return out;
  });
  const filesDir = path.join(p.dataDir, 'files');
  const files = Object.fromEntries(
    walkFiles(filesDir)
      .filter((f) => !f.startsWith('tmp/'))
      .map((f) => [f, sha256(fs.readFileSync(path.join(filesDir, f)))]),
  );
  return { tables, files };
}

/** Three attachments stored on demo items, through the use case. */
async function attachFiles(p: Place): Promise<void> {
  const config = loadConfig(envFor(p));
  await withDatabase(p, async (database) => {
    const ctx = contextFor(database, config);
    const items = rowsOf(
      await database.db.execute(
        sql`SELECT i.id, o.slug FROM items i JOIN organisations o ON o.id = i.org_id ORDER BY i.title LIMIT 3`,
      ),
    );
    for (const [n, i] of items.entries()) {
      await addAttachment(
        ctx,
        callerOf({ kind: 'operator', label: 'test' }),
        i.slug as string,
        i.id as string,
        {
          name: `bilag-${n}.txt`,
          body: Readable.from([Buffer.from(`Bilag nummer ${n}: økonomi og trivsel\n`.repeat(200 * (n + 1)))]),
        },
      );
    }
  });
}

describe.each(['pglite', 'postgres'] as const)('backup and restore on %s', (engine) => {
  it('restores the demo and its files into a fresh place, table for table and file for file', async () => {
    const source = await place(engine, 'bsrc');
    const demo = await fora(source, 'demo');
    expect(demo.status, demo.stderr).toBe(0);
    await attachFiles(source);
    const original = await snapshot(source);
    expect(Object.keys(original.files)).toHaveLength(3);
    expect(original.tables['public.items']?.rows).toBeGreaterThan(0);

    const backup = path.join(source.dataDir, '..', `${path.basename(source.dataDir)}.tar`);
    cleanups.push(() => fs.rmSync(backup, { force: true }));
    const made = await fora(source, 'backup', '-o', backup);
    expect(made.status, made.stderr).toBe(0);
    expect(made.stdout).toContain(`${engine} database, 3 files`);

    const target = await place(engine, 'bdst');
    const restored = await fora(target, 'restore', backup);
    expect(restored.status, restored.stderr).toBe(0);
    expect(await snapshot(target)).toEqual(original);

    // A target that holds data is replaced only on request.
    const refused = await fora(target, 'restore', backup);
    expect(refused.status).toBe(1);
    expect(refused.stderr).toContain('only with --force');
    const forced = await fora(target, 'restore', '--force', backup);
    expect(forced.status, forced.stderr).toBe(0);
    expect(await snapshot(target)).toEqual(original);

    // One changed byte in a stored file: refused, and the fresh target is left empty.
    const damaged = `${backup}.damaged`;
    cleanups.push(() => fs.rmSync(damaged, { force: true }));
    fs.copyFileSync(backup, damaged);
    const entry = listTar(damaged).find((e) => e.name.startsWith('files/'));
    if (!entry) throw new Error('no file in the backup');
    const fd = fs.openSync(damaged, 'r+');
    fs.writeSync(fd, Buffer.from('X'), 0, 1, entry.offset + 5);
    fs.closeSync(fd);
    const empty = await place(engine, 'bbad');
    const bad = await fora(empty, 'restore', damaged);
    expect(bad.status).toBe(1);
    expect(bad.stderr).toContain(`${entry.name} does not match its SHA-256`);
    expect(fs.readdirSync(empty.dataDir)).toEqual([]);
    if (empty.databaseUrl) expect(await pgTableCount(empty.databaseUrl)).toBe(0);
  }, 300_000);
});
