/**
 * PGlite on a data directory flushes a commit to disk before it is acknowledged: PostgreSQL runs
 * with fsync on, and the flush reaches the real file (fsync on its descriptor). PGlite's defaults
 * have fsync off, which a killed process survives but a power cut may not (docs/operations.md).
 */
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { sql } from 'drizzle-orm';
import { afterAll, expect, it, vi } from 'vitest';
import { openDatabase } from '../../src/store/db.ts';

const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-durable-'));
afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }));

it('flushes every commit to disk before answering', async () => {
  const database = await openDatabase({ kind: 'pglite', dataDir });
  try {
    const settings = (await database.db.execute(
      sql`SELECT current_setting('fsync') AS fsync, current_setting('wal_sync_method') AS method`,
    )) as unknown as { rows: { fsync: string; method: string }[] };
    expect(settings.rows).toEqual([{ fsync: 'on', method: 'fsync' }]);
    const fsync = vi.spyOn(fs, 'fsyncSync');
    await database.db.execute(sql`CREATE TABLE durable_probe (n int)`);
    for (let n = 0; n < 5; n++) await database.db.execute(sql`INSERT INTO durable_probe VALUES (${n})`);
    // One flush of the WAL per commit at least (the table's creation and five inserts).
    expect(fsync.mock.calls.length).toBeGreaterThanOrEqual(6);
    fsync.mockRestore();
  } finally {
    await database.close();
  }
}, 60_000);
