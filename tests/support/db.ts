/**
 * A fresh database per test file, copied from the run's migrated template: a PGlite loaded from
 * the template dump, or a PostgreSQL database created WITH TEMPLATE and dropped afterwards.
 */

import { randomBytes } from 'node:crypto';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import pg from 'pg';
import { inject } from 'vitest';
import { type AppContext, DEFAULT_SETTINGS } from '../../src/app/context.ts';
import { type Database, openDatabase } from '../../src/store/db.ts';
import { LocalFileStorage } from '../../src/store/file-storage.ts';
import { adminUrl, engine } from './engine.ts';

export interface TestDatabase extends Database {
  /** The attachment directory of this test database (removed on close). */
  filesDir: string;
  ctx: AppContext;
  /** Sets the clock the use cases see. */
  setNow(date: Date | string): void;
}

export async function testDatabase(): Promise<TestDatabase> {
  const database = engine() === 'pglite' ? await fromPgliteTemplate() : await fromPgTemplate();
  let now = new Date('2025-04-01T10:00:00+02:00');
  const filesDir = fs.mkdtempSync(path.join(os.tmpdir(), 'fora-files-'));
  const files = new LocalFileStorage(filesDir);
  return {
    ...database,
    filesDir,
    close: async () => {
      await database.close();
      fs.rmSync(filesDir, { recursive: true, force: true });
    },
    ctx: { db: database.db, now: () => now, files, settings: { ...DEFAULT_SETTINGS } },
    setNow: (d) => {
      now = typeof d === 'string' ? new Date(d) : d;
    },
  };
}

async function fromPgliteTemplate(): Promise<Database> {
  const file = inject('pgliteTemplate');
  const blob = new Blob([fs.readFileSync(file)]);
  return openDatabase({ kind: 'pglite', dataDir: null, loadDataDir: blob });
}

async function fromPgTemplate(): Promise<Database> {
  const template = inject('pgTemplate');
  const name = `${template.replace('_tpl_', '_t_')}_${randomBytes(4).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl() });
  await admin.connect();
  try {
    await admin.query(`CREATE DATABASE ${name} TEMPLATE ${template}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl());
  url.pathname = `/${name}`;
  const database = await openDatabase({ kind: 'postgres', url: url.toString() });
  return {
    ...database,
    close: async () => {
      await database.close();
      const dropper = new pg.Client({ connectionString: adminUrl() });
      await dropper.connect();
      await dropper.query(`DROP DATABASE IF EXISTS ${name} WITH (FORCE)`);
      await dropper.end();
    },
  };
}
